package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Side;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A town: a disc in the colour of the side that controls it, its area growing with the logarithm
 * of the population; a dashed red ring when it is contested. Clicking it opens MASON's inspector
 * on the {@link TownAgent} (population, sympathies, grievance, garrison, controller).
 */
public final class TownPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color CONTESTED = new Color(220, 20, 20);

    /** Radius in cells: about 0.6 for a village, 1.3 for Bamako. */
    static double radiusCells(int population) {
        return 0.45 + 0.26 * Math.max(0, Math.log10(Math.max(1, population)) - 3);
    }

    /** Radius in pixels at a scale of {@code pxPerCell}, never below what an eye can click. */
    static double radiusPx(int population, double pxPerCell, double uiScale) {
        return Math.max(2.6 * uiScale, radiusCells(population) * pxPerCell);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Ui.smoothly(g, () -> drawObject(object, g, info));
    }

    private void drawObject(Object object, Graphics2D g, DrawInfo2D info) {
        TownAgent t = (TownAgent) object;
        double ui = Ui.scale(info);
        double r = radiusPx(t.getPopulation(), info.draw.width, ui);
        Ellipse2D disc = new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
        Side side = t.getControlSide();
        g.setColor(Palette.side(side));
        g.fill(disc);
        g.setColor(side == Side.JIHADIST ? Color.WHITE : Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.1 * ui)));
        g.draw(disc);
        if (t.isContested()) {
            double rr = r + 2.5 * ui;
            g.setColor(CONTESTED);
            g.setStroke(new BasicStroke((float) (1.8 * ui), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                    new float[] {(float) (3 * ui), (float) (2 * ui)}, 0));
            g.draw(new Ellipse2D.Double(info.draw.x - rr, info.draw.y - rr, 2 * rr, 2 * rr));
        }
        if (info.selected) {
            double rs = r + 4 * ui;
            g.setColor(Color.YELLOW);
            g.setStroke(new BasicStroke((float) (2.5 * ui)));
            g.draw(new Ellipse2D.Double(info.draw.x - rs, info.draw.y - rs, 2 * rs, 2 * rs));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        TownAgent t = (TownAgent) object;
        double r = radiusPx(t.getPopulation(), range.draw.width, 1) + 1;
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        TownAgent t = (TownAgent) wrapper.getObject();
        return t.getName() + " (" + t.getController() + ")";
    }
}
