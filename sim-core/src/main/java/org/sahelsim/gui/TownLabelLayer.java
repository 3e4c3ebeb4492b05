package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.map.Labels;
import org.sahelsim.map.MaliMap;
import sim.portrayal.DrawInfo2D;

/**
 * Town names, largest towns first, each put at the first of eight places around its disc that
 * overlaps neither a disc nor a name already placed; a name that finds no room is left out (zoom
 * in to see it). Text keeps its size when the user zooms, so it stays legible.
 */
public final class TownLabelLayer extends ViewLayer {
    @Override
    protected void drawLayer(Graphics2D g, DrawInfo2D info) {
        double ui = Ui.scale(info);
        double pxPerCell = info.draw.width / MaliMap.WIDTH;
        List<TownAgent> towns = new ArrayList<>(view.model().world().towns());
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
            String name = t.getName();
            double gap = TownPortrayal.radiusPx(t.getPopulation(), pxPerCell, ui) + 2 * ui;
            Point2D at = Labels.place(g.getFontMetrics(), name, x, y, gap, taken, visible::contains);
            if (at != null) {
                halo(g, name, (float) at.getX(), (float) at.getY(), ui);
            }
        }
    }

    static double px(DrawInfo2D info, double cellX) {
        return info.draw.x + cellX * info.draw.width / MaliMap.WIDTH;
    }

    static double py(DrawInfo2D info, double cellY) {
        return info.draw.y + cellY * info.draw.height / MaliMap.HEIGHT;
    }

    private static void halo(Graphics2D g, String text, float x, float y, double ui) {
        Labels.halo(g, text, x, y, (float) (3.0 * ui), new Color(255, 255, 255, 220), Color.BLACK);
    }
}
