package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.map.Camp;
import org.sahelsim.map.Labels;
import org.sahelsim.map.MaliMap;
import org.sahelsim.world.DisplacedPopulation;
import sim.portrayal.DrawInfo2D;

/**
 * The displaced people today (civilians submodel): a blue disc on each town for the internally
 * displaced it hosts, a green disc and a tent for each camp abroad with its refugees; disc areas
 * in proportion to people (100,000 people: a disc of four cells' radius).
 */
public final class DisplacementLayer extends ViewLayer {
    static final Color IDPS = new Color(40, 110, 230);
    static final Color REFUGEES = new Color(30, 160, 70);
    /** Hosts of fewer displaced people than this get no disc. */
    static final int MIN_SHOWN = 500;

    @Override
    protected void drawLayer(Graphics2D g, DrawInfo2D info) {
        double ui = Ui.scale(info);
        double pxPerCell = info.draw.width / MaliMap.WIDTH;
        DisplacedPopulation c = view.model().world().civilians();
        for (TownAgent t : view.model().world().towns()) {
            int n = c.hosted(t.index());
            if (n >= MIN_SHOWN) {
                disc(g, TownLabelLayer.px(info, t.centreX()), TownLabelLayer.py(info, t.centreY()), radius(n, pxPerCell), IDPS, ui);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * ui)));
        for (int s = c.towns(); s < c.sites(); s++) {
            Camp camp = c.camp(s);
            double x = TownLabelLayer.px(info, camp.x());
            double y = TownLabelLayer.py(info, camp.y());
            disc(g, x, y, radius(c.hosted(s), pxPerCell), REFUGEES, ui);
            double h = 5 * ui;
            Path2D tent = new Path2D.Double();
            tent.moveTo(x - h, y + h * 0.6);
            tent.lineTo(x, y - h * 0.8);
            tent.lineTo(x + h, y + h * 0.6);
            tent.closePath();
            g.setColor(REFUGEES.darker());
            g.fill(tent);
            Labels.halo(g, camp.name() + " " + Math.round(c.hosted(s) / 1000.0) + "k", (float) (x + h + 2 * ui), (float) (y + 4 * ui),
                    (float) (3.0 * ui), new Color(255, 255, 255, 220), REFUGEES.darker().darker());
        }
    }

    static double radius(int people, double pxPerCell) {
        return 4 * pxPerCell * Math.sqrt(Math.max(0, people) / 100_000.0);
    }

    private static void disc(Graphics2D g, double x, double y, double r, Color c, double ui) {
        Ellipse2D d = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(Palette.withAlpha(c, 110));
        g.fill(d);
        g.setColor(c.darker());
        g.setStroke(new BasicStroke((float) (1.0 * ui)));
        g.draw(d);
    }
}
