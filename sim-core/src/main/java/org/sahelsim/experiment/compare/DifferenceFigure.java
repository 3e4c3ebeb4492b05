package org.sahelsim.experiment.compare;

import org.sahelsim.experiment.Figures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.sahelsim.core.MetricColumns;

/**
 * differences.png: for a few headline metrics, the paired mean difference (variant minus base)
 * on every day, with its 95% interval as a band and zero marked, one panel per metric. Drawn
 * with Java2D on an off-screen image, so it needs no display.
 */
public final class DifferenceFigure {
    /** The metrics drawn: who holds the towns and the land, and who dies. */
    public static final List<String> HEADLINE = List.of("towns_government", "towns_jihadist", "territory_government",
            "casualties_government", "casualties_jihadist", "casualties_civilian");

    static final int WIDTH = 1400;
    static final int PANEL_H = 360;
    static final int HEADER_H = 90;
    static final int COLUMNS = 2;
    private static final Color BAND = new Color(70, 120, 200, 80);
    private static final Color LINE = new Color(20, 60, 150);
    private static final Color SIGNIFICANT = new Color(190, 40, 30);

    private DifferenceFigure() {}

    public static void write(Comparison c, OutputStream out) throws IOException {
        // no disk cache: its temp file registers a shutdown hook, which fails when drawn after Ctrl-C
        ImageIO.setUseCache(false);
        ImageIO.write(draw(c), "png", out);
    }

    static BufferedImage draw(Comparison c) {
        int rows = (HEADLINE.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage img = new BufferedImage(WIDTH, HEADER_H + rows * PANEL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Figures.start(img, c.variantName() + " minus " + c.baseName() + ": paired difference of the means");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString(c.pairs() + " pairs of runs, both runs of a pair with the same seed; line: mean of the differences;"
                + " band: its 95% interval (Student t); dashed: no difference", 24, 60);
        g.drawString("day 1 = " + c.dateOf(1) + ", day " + c.days() + " = " + c.dateOf(c.days())
                + "; a red end label: the interval at the last day excludes 0", 24, 82);
        int panelW = WIDTH / COLUMNS;
        for (int i = 0; i < HEADLINE.size(); i++) {
            int x = (i % COLUMNS) * panelW;
            int y = HEADER_H + (i / COLUMNS) * PANEL_H;
            panel(g, c, HEADLINE.get(i), x, y, panelW, PANEL_H);
        }
        g.dispose();
        return img;
    }

    private static void panel(Graphics2D g, Comparison c, String metric, int px, int py, int pw, int ph) {
        PairedDifference[] s = c.series(MetricColumns.indexOf(metric));
        int left = px + 90;
        int right = px + pw - 30;
        int top = py + 40;
        int bottom = py + ph - 55;
        double lo = 0;
        double hi = 0;
        for (PairedDifference d : s) {
            for (double v : new double[] {d.meanDiff(), d.ci95Low(), d.ci95High()}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi - lo == 0) {
            // no difference anywhere: a symmetric scale around zero rather than a degenerate one
            double a = Math.max(1, Math.abs(lo));
            lo = -a;
            hi = a;
        }
        double step = niceStep((hi - lo) / 5);
        lo = Math.floor(lo / step) * step;
        hi = Math.ceil(hi / step) * step;
        int days = s.length;
        double yLo = lo;
        double yHi = hi;
        java.util.function.DoubleUnaryOperator X = d -> days == 1 ? (left + right) / 2.0 : left + (d - 1) * (right - left) / (days - 1.0);
        java.util.function.DoubleUnaryOperator Y = v -> bottom - (v - yLo) * (bottom - top) / (yHi - yLo);

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        g.drawString(metric, left, py + 26);
        // frame and grid
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double v = lo; v <= hi + step / 2; v += step) {
            double yy = Y.applyAsDouble(v);
            g.setColor(new Color(230, 230, 230));
            g.draw(new Line2D.Double(left, yy, right, yy));
            g.setColor(Color.DARK_GRAY);
            String label = tick(v, step);
            g.drawString(label, left - 8 - fm.stringWidth(label), (int) Math.round(yy) + 5);
        }
        double dayStep = Math.max(1, niceStep((days - 1) / 6.0));
        for (double d = 1; d <= days; d = d == 1 && dayStep > 1 ? dayStep : d + dayStep) {
            double xx = X.applyAsDouble(d);
            g.setColor(new Color(230, 230, 230));
            g.draw(new Line2D.Double(xx, top, xx, bottom));
            g.setColor(Color.DARK_GRAY);
            String label = String.valueOf((int) d);
            g.drawString(label, (int) Math.round(xx) - fm.stringWidth(label) / 2, bottom + 18);
        }
        g.drawString("day", (left + right) / 2 - fm.stringWidth("day") / 2, bottom + 38);
        g.setColor(Color.GRAY);
        g.drawRect(left, top, right - left, bottom - top);

        // the band, over the days that have an interval
        Path2D band = new Path2D.Double();
        boolean started = false;
        for (int d = 1; d <= days; d++) {
            double v = s[d - 1].ci95High();
            if (Double.isNaN(v)) {
                continue;
            }
            if (!started) {
                band.moveTo(X.applyAsDouble(d), Y.applyAsDouble(v));
                started = true;
            } else {
                band.lineTo(X.applyAsDouble(d), Y.applyAsDouble(v));
            }
        }
        for (int d = days; d >= 1 && started; d--) {
            double v = s[d - 1].ci95Low();
            if (!Double.isNaN(v)) {
                band.lineTo(X.applyAsDouble(d), Y.applyAsDouble(v));
            }
        }
        if (started) {
            band.closePath();
            g.setColor(BAND);
            g.fill(band);
            g.setStroke(new BasicStroke(1f));
            g.draw(band); // a zero-width interval still shows as a line
        }
        // zero
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
        double y0 = Y.applyAsDouble(0);
        g.draw(new Line2D.Double(left, y0, right, y0));
        // the mean difference
        Path2D line = new Path2D.Double();
        started = false;
        for (int d = 1; d <= days; d++) {
            double v = s[d - 1].meanDiff();
            if (Double.isNaN(v)) {
                continue;
            }
            if (!started) {
                line.moveTo(X.applyAsDouble(d), Y.applyAsDouble(v));
                started = true;
            } else {
                line.lineTo(X.applyAsDouble(d), Y.applyAsDouble(v));
            }
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        // the value at the last day, where a reader looks first
        PairedDifference last = s[days - 1];
        String end = "day " + days + ": " + Comparison.signed(last.meanDiff()) + " [" + Comparison.signed(last.ci95Low())
                + ", " + Comparison.signed(last.ci95High()) + "]";
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(last.significant() ? SIGNIFICANT : Color.DARK_GRAY);
        g.drawString(end, right - g.getFontMetrics().stringWidth(end), py + 26);
    }

    /** A step of 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-9) {
            return "0";
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%+." + decimals + "f", v);
    }
}
