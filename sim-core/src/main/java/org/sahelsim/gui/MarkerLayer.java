package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import sim.portrayal.DrawInfo2D;

/**
 * Air strikes, attacks and armed clashes of the last days ({@link RunView#markers()}): a
 * strike as a blue target reticle, an attack (suicide bomb, IED, attack on civilians) as a red
 * burst, a clash as an orange ring. A marker is opaque on its day and fades out over
 * {@link RunView#fadeDays()} days; events with deaths are drawn larger.
 */
public final class MarkerLayer extends ViewLayer {
    static final Color STRIKE = new Color(0, 90, 255);
    static final Color ATTACK = new Color(230, 0, 0);
    static final Color CLASH = new Color(255, 130, 0);

    @Override
    protected void drawLayer(Graphics2D g, DrawInfo2D info) {
        double ui = Ui.scale(info);
        int today = view.model().day();
        for (RunView.Marker m : view.markers()) {
            int age = today - m.day();
            if (age < 0 || age >= view.fadeDays()) {
                continue;
            }
            float alpha = 1f - (float) age / view.fadeDays();
            double x = TownLabelLayer.px(info, m.x());
            double y = TownLabelLayer.py(info, m.y());
            double r = (m.fatalities() > 0 ? 7.0 : 5.0) * ui;
            drawMarker(g, m.kind(), x, y, r, alpha, ui);
        }
    }

    /** One marker; also used by the legend. */
    static void drawMarker(Graphics2D g, RunView.Kind kind, double x, double y, double r, float alpha, double ui) {
        int a = Math.round(255 * alpha);
        switch (kind) {
            case AIR_STRIKE -> {
                g.setColor(Palette.withAlpha(Color.WHITE, a * 3 / 4));
                g.setStroke(new BasicStroke((float) (3.4 * ui)));
                g.draw(new Ellipse2D.Double(x - r * 0.7, y - r * 0.7, 1.4 * r, 1.4 * r));
                g.setColor(Palette.withAlpha(STRIKE, a));
                g.setStroke(new BasicStroke((float) (1.7 * ui)));
                g.draw(new Ellipse2D.Double(x - r * 0.7, y - r * 0.7, 1.4 * r, 1.4 * r));
                g.draw(new Line2D.Double(x - r * 1.2, y, x - r * 0.3, y));
                g.draw(new Line2D.Double(x + r * 0.3, y, x + r * 1.2, y));
                g.draw(new Line2D.Double(x, y - r * 1.2, x, y - r * 0.3));
                g.draw(new Line2D.Double(x, y + r * 0.3, x, y + r * 1.2));
            }
            case ATTACK -> {
                Path2D star = new Path2D.Double();
                for (int i = 0; i < 16; i++) {
                    double ang = Math.PI * i / 8 - Math.PI / 2;
                    double rr = i % 2 == 0 ? r * 1.15 : r * 0.5;
                    double px = x + rr * Math.cos(ang);
                    double py = y + rr * Math.sin(ang);
                    if (i == 0) {
                        star.moveTo(px, py);
                    } else {
                        star.lineTo(px, py);
                    }
                }
                star.closePath();
                g.setColor(Palette.withAlpha(ATTACK, a));
                g.fill(star);
                g.setColor(Palette.withAlpha(new Color(255, 230, 0), a));
                g.setStroke(new BasicStroke((float) (0.8 * ui)));
                g.draw(star);
            }
            case CLASH -> {
                g.setColor(Palette.withAlpha(CLASH, a));
                g.setStroke(new BasicStroke((float) (2.2 * ui)));
                g.draw(new Ellipse2D.Double(x - r * 0.8, y - r * 0.8, 1.6 * r, 1.6 * r));
            }
        }
    }
}
