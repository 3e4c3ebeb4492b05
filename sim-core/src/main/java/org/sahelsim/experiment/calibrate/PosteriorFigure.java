package org.sahelsim.experiment.calibrate;

import org.sahelsim.experiment.Figures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * posterior.png: one panel per calibrated parameter, the weighted histogram of the final
 * population (on the prior's scale: logarithmic for a log-uniform prior), the prior's flat
 * density as a dashed line, the posterior median (line) and 90% interval (band).
 */
public final class PosteriorFigure {
    static final int COLUMNS = 3;
    static final int PANEL_W = 460;
    static final int PANEL_H = 300;
    static final int HEADER_H = 80;
    static final int BINS = 24;
    private static final Color BAR = new Color(70, 120, 200);
    private static final Color BAND = new Color(230, 140, 40, 70);
    private static final Color MEDIAN = new Color(190, 60, 20);

    private PosteriorFigure() {}

    public static void write(CalibrationSpec spec, AbcSmc.Population p, OutputStream out) throws IOException {
        ImageIO.setUseCache(false);
        ImageIO.write(draw(spec, p), "png", out);
    }

    static BufferedImage draw(CalibrationSpec spec, AbcSmc.Population p) {
        int k = spec.priors().size();
        int rows = (k + COLUMNS - 1) / COLUMNS;
        BufferedImage img = new BufferedImage(COLUMNS * PANEL_W, HEADER_H + rows * PANEL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Figures.start(img, spec.name() + ": marginal posteriors (ABC-SMC, " + p.weights().length + " weighted particles)");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString("bars: weighted histogram; dashed: the prior's density; line: posterior median; band: 90% interval;"
                + " x axis over the prior's range (log scale for log-uniform priors)", 24, 60);
        for (int d = 0; d < k; d++) {
            panel(g, spec.priors().get(d), p, d, (d % COLUMNS) * PANEL_W, HEADER_H + (d / COLUMNS) * PANEL_H);
        }
        g.dispose();
        return img;
    }

    private static void panel(Graphics2D g, Prior prior, AbcSmc.Population p, int d, int px, int py) {
        int left = px + 40;
        int right = px + PANEL_W - 20;
        int top = py + 40;
        int bottom = py + PANEL_H - 50;
        double lo = prior.internalLo();
        double hi = prior.internalHi();
        double[] hist = new double[BINS];
        int n = p.weights().length;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double z = p.internal()[i][d];
            values[i] = z;
            int b = (int) Math.floor((z - lo) / (hi - lo) * BINS);
            hist[Math.max(0, Math.min(BINS - 1, b))] += p.weights()[i];
        }
        double priorHeight = 1.0 / BINS;
        double max = priorHeight;
        for (double h : hist) {
            max = Math.max(max, h);
        }
        max *= 1.1;
        double q05 = AbcSmc.weightedQuantile(values, p.weights(), 0.05);
        double q50 = AbcSmc.weightedQuantile(values, p.weights(), 0.5);
        double q95 = AbcSmc.weightedQuantile(values, p.weights(), 0.95);
        g.setColor(BAND);
        g.fillRect(x(q05, lo, hi, left, right), top, Math.max(1, x(q95, lo, hi, left, right) - x(q05, lo, hi, left, right)), bottom - top);
        g.setColor(BAR);
        double bw = (right - left) / (double) BINS;
        for (int b = 0; b < BINS; b++) {
            int h = (int) Math.round(hist[b] / max * (bottom - top));
            g.fillRect((int) Math.round(left + b * bw) + 1, bottom - h, (int) Math.max(1, Math.round(bw) - 2), h);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
        int py0 = bottom - (int) Math.round(priorHeight / max * (bottom - top));
        g.drawLine(left, py0, right, py0);
        g.setStroke(new BasicStroke(2.5f));
        g.setColor(MEDIAN);
        int xm = x(q50, lo, hi, left, right);
        g.drawLine(xm, top, xm, bottom);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawLine(left, bottom, right, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(prior.key(), left, py + 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int t = 0; t <= 4; t++) {
            double z = lo + (hi - lo) * t / 4;
            int xt = x(z, lo, hi, left, right);
            g.drawLine(xt, bottom, xt, bottom + 5);
            String label = fmt(prior.value(z));
            int w = g.getFontMetrics().stringWidth(label);
            g.drawString(label, Math.max(px + 2, Math.min(xt - w / 2, px + PANEL_W - w - 2)), bottom + 20);
        }
        g.setColor(MEDIAN);
        g.drawString("median " + fmt(prior.value(q50)) + "  90%: " + fmt(prior.value(q05)) + " - " + fmt(prior.value(q95))
                + (prior.kind() == Prior.Kind.LOG_UNIFORM ? "  (log x)" : ""), left, bottom + 40);
    }

    private static int x(double z, double lo, double hi, int left, int right) {
        return (int) Math.round(left + (z - lo) / (hi - lo) * (right - left));
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 100_000)) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.3g", v);
    }
}
