package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.map.MaliMap;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * Town names, largest towns first, each put at the first of eight places around its disc that
 * overlaps neither a disc nor a name already placed; a name that finds no room is left out (zoom
 * in to see it). Text keeps its size when the user zooms, so it stays legible.
 */
public final class TownLabelLayer extends FieldPortrayal2D {
    private RunView view;

    public void setView(RunView view) {
        this.view = view;
        setField(view);
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (view == null) {
            return;
        }
        java.awt.RenderingHints old = Ui.smooth(g);
        try {
            drawLayer(g, info);
        } finally {
            g.setRenderingHints(old);
        }
    }

    private void drawLayer(Graphics2D g, DrawInfo2D info) {
        double ui = Ui.scale(info);
        double pxPerCell = info.draw.width / MaliMap.WIDTH;
        List<TownAgent> towns = new ArrayList<>(view.model().towns());
        towns.sort(Comparator.comparingInt(TownAgent::getPopulation).reversed());
        List<Rectangle2D> taken = new ArrayList<>();
        for (TownAgent t : towns) {
            double r = TownPortrayal.radiusPx(t.getPopulation(), pxPerCell, ui);
            double x = px(info, t.centreX());
            double y = py(info, t.centreY());
            taken.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(12 * ui));
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * ui));
        Rectangle2D visible = info.clip;
        for (TownAgent t : towns) {
            double x = px(info, t.centreX());
            double y = py(info, t.centreY());
            if (!visible.contains(x, y)) {
                continue;
            }
            g.setFont(t.getPopulation() >= 20_000 ? bold : plain);
            FontMetrics fm = g.getFontMetrics();
            String name = t.getName();
            int w = fm.stringWidth(name);
            int a = fm.getAscent();
            int d = fm.getDescent();
            double gap = TownPortrayal.radiusPx(t.getPopulation(), pxPerCell, ui) + 2 * ui;
            double[][] spots = {
                {x + gap, y + a / 2.0 - 1}, {x - gap - w, y + a / 2.0 - 1}, {x - w / 2.0, y - gap - d},
                {x - w / 2.0, y + gap + a}, {x + gap * 0.7, y - gap * 0.7 - d}, {x + gap * 0.7, y + gap * 0.7 + a},
                {x - gap * 0.7 - w, y - gap * 0.7 - d}, {x - gap * 0.7 - w, y + gap * 0.7 + a}};
            for (double[] spot : spots) {
                Rectangle2D box = new Rectangle2D.Double(spot[0] - 1, spot[1] - a, w + 2, a + d);
                if (visible.contains(box) && taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    halo(g, name, (float) spot[0], (float) spot[1], ui);
                    break;
                }
            }
        }
    }

    static double px(DrawInfo2D info, double cellX) {
        return info.draw.x + cellX * info.draw.width / MaliMap.WIDTH;
    }

    static double py(DrawInfo2D info, double cellY) {
        return info.draw.y + cellY * info.draw.height / MaliMap.HEIGHT;
    }

    static void halo(Graphics2D g, String text, float x, float y, double ui) {
        Shape outline = g.getFont().createGlyphVector(g.getFontRenderContext(), text).getOutline(x, y);
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke((float) (3.0 * ui), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(Color.BLACK);
        g.fill(outline);
    }
}
