package org.sahelsim.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Predicate;

/** Text on a map: names placed beside their point without collisions, drawn with a light halo. */
public final class Labels {
    private Labels() {}

    /**
     * Where to write {@code text} beside the point (x, y) with the font of {@code fm}: the first of
     * eight places around it, {@code gap} pixels away (right, left, above, below, then the
     * diagonals), whose box {@code fits} and overlaps nothing in {@code taken}. The box is added to
     * {@code taken}.
     *
     * @return the baseline start of the text, or null when no place is free
     */
    public static Point2D place(FontMetrics fm, String text, double x, double y, double gap, List<Rectangle2D> taken,
                                Predicate<Rectangle2D> fits) {
        int w = fm.stringWidth(text);
        int a = fm.getAscent();
        int d = fm.getDescent();
        double[][] spots = {
            {x + gap, y + a / 2.0 - 1}, {x - gap - w, y + a / 2.0 - 1}, {x - w / 2.0, y - gap - d},
            {x - w / 2.0, y + gap + a}, {x + gap * 0.7, y - gap * 0.7 - d}, {x + gap * 0.7, y + gap * 0.7 + a},
            {x - gap * 0.7 - w, y - gap * 0.7 - d}, {x - gap * 0.7 - w, y + gap * 0.7 + a}};
        for (double[] spot : spots) {
            Rectangle2D box = new Rectangle2D.Double(spot[0] - 1, spot[1] - a, w + 2, a + d);
            if (fits.test(box) && taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                return new Point2D.Double(spot[0], spot[1]);
            }
        }
        return null;
    }

    /** {@code text} in the current font at baseline (x, y), in {@code color} on a halo of {@code halo} {@code haloWidth} wide. */
    public static void halo(Graphics2D g, String text, float x, float y, float haloWidth, Color halo, Color color) {
        Shape outline = g.getFont().createGlyphVector(g.getFontRenderContext(), text).getOutline(x, y);
        g.setColor(halo);
        g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(color);
        g.fill(outline);
    }
}
