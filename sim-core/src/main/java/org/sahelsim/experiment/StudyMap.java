package org.sahelsim.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.MapRenderer;
import org.sahelsim.map.Town;
import org.sahelsim.core.Side;

/**
 * map.png: the base map, a heat map of jihadist fighter-days over the study underneath the towns,
 * and each town drawn in the colour of its most likely controller at the end.
 */
public final class StudyMap implements ResultWriter.Figure {
    static final int WIDTH_PX = 1400;
    static final Map<Side, Color> SIDE_COLOURS = Map.of(
            Side.GOVERNMENT, new Color(30, 90, 200),
            Side.JIHADIST, new Color(20, 20, 20),
            Side.SEPARATIST, new Color(235, 140, 20),
            Side.NONE, new Color(160, 160, 160));

    /** Cells below 1% of the busiest cell's fighter-days (10% after the square root) are left clear. */
    static final double MIN_LEVEL = 0.1;

    private final MaliMap map;

    public StudyMap(MaliMap map) {
        this.map = map;
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        // no disk cache: its temp file registers a shutdown hook, which fails when the map is drawn after Ctrl-C
        ImageIO.setUseCache(false);
        ImageIO.write(draw(summary), "png", out);
    }

    BufferedImage draw(Summary summary) {
        MapRenderer r = new MapRenderer(map, WIDTH_PX);
        BufferedImage img = r.newImage();
        r.drawGround(img);
        Graphics2D g = r.graphics(img);
        r.drawWater(g);
        r.drawBorders(g);
        r.drawRegions(g);
        r.drawRoads(g);
        double[] presence = summary.presence();
        double max = 0;
        if (presence != null) {
            for (double v : presence) {
                max = Math.max(max, v);
            }
            for (int y = 0; y < MaliMap.HEIGHT && max > 0; y++) {
                for (int x = 0; x < MaliMap.WIDTH; x++) {
                    double v = presence[y * MaliMap.WIDTH + x];
                    double level = Math.sqrt(v / max); // square root: scattered cells stay visible next to the redoubt
                    if (level >= MIN_LEVEL) {
                        g.setColor(heat(level));
                        Rectangle2D cell = r.cellRect(x, y);
                        g.fill(new Rectangle2D.Double(cell.getX(), cell.getY(), cell.getWidth() + 0.5, cell.getHeight() + 0.5));
                    }
                }
            }
        }
        r.drawTowns(g);
        double[] displaced = summary.displacedAtEnd();
        if (displaced != null) {
            int camps = org.sahelsim.map.Camps.get().camps().size();
            r.drawDisplacement(g, java.util.Arrays.copyOfRange(displaced, 0, camps),
                    java.util.Arrays.copyOfRange(displaced, camps, displaced.length));
        }
        double s = WIDTH_PX / 1000.0;
        for (Map.Entry<String, Side> e : summary.mostLikelyEndControl().entrySet()) {
            Town t = map.town(e.getKey());
            if (t == null) {
                continue;
            }
            double px = r.pixelX(t.lon());
            double py = r.pixelY(t.lat());
            double rad = 4.5 * s;
            Ellipse2D disc = new Ellipse2D.Double(px - rad, py - rad, 2 * rad, 2 * rad);
            g.setColor(SIDE_COLOURS.get(e.getValue()));
            g.fill(disc);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (1.2 * s)));
            g.draw(disc);
        }
        r.drawDecorations(g);
        legend(g, r, summary, s, max);
        g.dispose();
        return img;
    }

    private static Color heat(double level) {
        // from orange to deep red, more opaque as it gets hotter
        double t = Math.max(0, Math.min(1, (level - MIN_LEVEL) / (1 - MIN_LEVEL)));
        int red = 250 - (int) (90 * t);
        int green = (int) (170 * (1 - t));
        int alpha = 90 + (int) (140 * t);
        return new Color(red, green, 10, alpha);
    }

    private static void legend(Graphics2D g, MapRenderer r, Summary summary, double s, double max) {
        int x = r.width() - (int) (345 * s); // bottom right, over Niger, clear of the towns
        int lineH = (int) (18 * s);
        int boxW = (int) (330 * s);
        int boxH = lineH * (summary.displacedAtEnd() != null ? 9 : 8);
        int y = r.height() - boxH - (int) (75 * s);
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(x, y, boxW, boxH);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, boxW, boxH);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (13 * s)));
        g.setColor(Color.BLACK);
        g.drawString(summary.scenarioName() + ": " + summary.runs() + " runs, day " + summary.finalDay(), x + 8, y + lineH);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) (12 * s)));
        int row = 2;
        for (Side side : Side.values()) {
            int cy = y + row * lineH;
            g.setColor(SIDE_COLOURS.get(side));
            g.fillOval(x + 10, cy - (int) (10 * s), (int) (10 * s), (int) (10 * s));
            g.setColor(Color.BLACK);
            g.drawString("most likely held by " + side.id() + " at the end", x + (int) (28 * s), cy);
            row++;
        }
        int cy = y + row * lineH;
        for (int i = 0; i < 10; i++) {
            g.setColor(heat(MIN_LEVEL + (1 - MIN_LEVEL) * (i + 0.5) / 10));
            g.fillRect(x + 10 + i * (int) (8 * s), cy - (int) (10 * s), (int) (8 * s), (int) (10 * s));
        }
        g.setColor(Color.BLACK);
        g.drawString(max > 0 ? "jihadist fighter-days, all runs (sqrt)" : "no jihadist presence reported",
                x + (int) (92 * s), cy);
        if (summary.displacedAtEnd() != null) {
            cy += lineH;
            g.setColor(new Color(30, 160, 70));
            g.fillOval(x + 10, cy - (int) (10 * s), (int) (10 * s), (int) (10 * s));
            g.setColor(new Color(40, 110, 230));
            g.fillOval(x + 24, cy - (int) (10 * s), (int) (10 * s), (int) (10 * s));
            g.setColor(Color.BLACK);
            g.drawString("refugees by camp, IDPs by town (mean, last day)", x + (int) (42 * s), cy);
        }
    }
}
