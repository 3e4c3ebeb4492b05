package org.sahelsim.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the base map of Mali into an image, headless. The projection is equirectangular with the
 * longitude scaled by cos(17.75 deg), the window's middle latitude, so shapes look right at these
 * latitudes. Layers are separate methods so that callers can put their own overlays (town colours,
 * heat maps) between the ground and the labels: {@link #drawGround}, {@link #drawWater},
 * {@link #drawBorders}, {@link #drawRoads}, {@link #drawRegions}, {@link #drawTowns},
 * {@link #drawDecorations}; {@link #render()} draws them all.
 */
public final class MapRenderer {
    private static final double MID_LAT_COS = Math.cos(Math.toRadians((MaliMap.NORTH + MaliMap.SOUTH) / 2));
    private static final Color WATER = new Color(70, 130, 200);
    private static final Color LAKE_FILL = new Color(140, 185, 230);
    private static final Color NATIONAL_ROAD = new Color(200, 40, 30);
    private static final Color TRACK = new Color(120, 80, 40);
    private static final Color REDOUBT = new Color(150, 0, 60);

    private final MaliMap map;
    private final int width;
    private final int height;
    private final double pxPerDegLon;
    private final double pxPerDegLat;
    /** Elevation averaged over 3 x 3 cells, for shading: the JPEG-derived cell values are speckled. */
    private final double[] smoothElevation = new double[MaliMap.WIDTH * MaliMap.HEIGHT];

    public MapRenderer(MaliMap map, int widthPx) {
        if (widthPx < 200 || widthPx > 8000) {
            throw new IllegalArgumentException("map width must be 200..8000 px, not " + widthPx);
        }
        this.map = map;
        this.width = widthPx;
        this.pxPerDegLon = widthPx / (MaliMap.EAST - MaliMap.WEST);
        this.pxPerDegLat = pxPerDegLon / MID_LAT_COS;
        this.height = (int) Math.round((MaliMap.NORTH - MaliMap.SOUTH) * pxPerDegLat);
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                double sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (map.inGrid(x + dx, y + dy)) {
                            sum += map.elevationM(x + dx, y + dy);
                            n++;
                        }
                    }
                }
                smoothElevation[y * MaliMap.WIDTH + x] = sum / n;
            }
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Pixel x of a longitude (may fall outside the image). */
    public double pixelX(double lon) {
        return (lon - MaliMap.WEST) * pxPerDegLon;
    }

    /** Pixel y of a latitude (may fall outside the image). */
    public double pixelY(double lat) {
        return (MaliMap.NORTH - lat) * pxPerDegLat;
    }

    public Point2D toPixel(double lat, double lon) {
        return new Point2D.Double(pixelX(lon), pixelY(lat));
    }

    /** The pixel rectangle covered by grid cell (x, y), to paint cell values such as heat maps. */
    public Rectangle2D cellRect(int x, int y) {
        double x0 = pixelX(MaliMap.WEST + x * MaliMap.CELL_DEG);
        double y0 = pixelY(MaliMap.NORTH - y * MaliMap.CELL_DEG);
        return new Rectangle2D.Double(x0, y0, pxPerDegLon * MaliMap.CELL_DEG, pxPerDegLat * MaliMap.CELL_DEG);
    }

    /** A new image with the whole base map. */
    public BufferedImage render() {
        BufferedImage img = newImage();
        Graphics2D g = graphics(img);
        drawGround(img);
        drawWater(g);
        drawBorders(g);
        drawRegions(g);
        drawRoads(g);
        drawTowns(g);
        drawDecorations(g);
        g.dispose();
        return img;
    }

    public BufferedImage newImage() {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    public Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    // ------------------------------------------------------------------ ground

    /**
     * Ecozone tint (continuous in July rainfall: sand, steppe, savanna green) with relief shading
     * from a light in the north-west; neighbours are paler than Mali.
     */
    public void drawGround(BufferedImage img) {
        int[] rgb = new int[width * height];
        double exaggeration = 60.0;
        double kmPerPxX = pxPerDegLon > 0 ? Grid.KM_PER_DEG * MID_LAT_COS / pxPerDegLon : 1;
        double kmPerPxY = Grid.KM_PER_DEG / pxPerDegLat;
        double[] lx = {-0.6, -0.6, 0.53};
        for (int py = 0; py < height; py++) {
            double lat = MaliMap.NORTH - (py + 0.5) / pxPerDegLat;
            for (int px = 0; px < width; px++) {
                double lon = MaliMap.WEST + (px + 0.5) / pxPerDegLon;
                double e = sample(lat, lon, 0);
                double ex = sample(lat, lon + 1 / pxPerDegLon, 0) - e;
                double ey = sample(lat - 1 / pxPerDegLat, lon, 0) - e;
                // surface normal from the slopes (m per m), scaled up to show the low relief
                double sx = -ex / (kmPerPxX * 1000) * exaggeration;
                double sy = ey / (kmPerPxY * 1000) * exaggeration;
                double len = Math.sqrt(sx * sx + sy * sy + 1);
                double shade = (sx * lx[0] - sy * lx[1] + lx[2]) / len;
                double light = Math.max(0.55, Math.min(1.25, 0.45 + 0.95 * shade));
                double rain = sample(lat, lon, 1);
                int cx = map.cellX(lon);
                int cy = map.cellY(lat);
                boolean mali = cx >= 0 && cy >= 0 && map.inMali(cx, cy);
                float[] c = tint(rain);
                // a touch of height colour: higher ground browner
                double h = Math.max(0, Math.min(1, (e - 250) / 600));
                c[0] = (float) (c[0] * (1 - 0.25 * h) + 0.55f * 0.25 * h);
                c[1] = (float) (c[1] * (1 - 0.25 * h) + 0.42f * 0.25 * h);
                c[2] = (float) (c[2] * (1 - 0.25 * h) + 0.30f * 0.25 * h);
                double r = c[0] * light;
                double gg = c[1] * light;
                double b = c[2] * light;
                if (!mali) {
                    r = 0.55 * r + 0.45 * 0.93;
                    gg = 0.55 * gg + 0.45 * 0.93;
                    b = 0.55 * b + 0.45 * 0.93;
                }
                rgb[py * width + px] = pack(r, gg, b);
            }
        }
        img.setRGB(0, 0, width, height, rgb, 0, width);
    }

    /** Bilinear sample between cell centres: layer 0 elevation, 1 July rainfall. */
    private double sample(double lat, double lon, int layer) {
        double fx = (lon - MaliMap.WEST) / MaliMap.CELL_DEG - 0.5;
        double fy = (MaliMap.NORTH - lat) / MaliMap.CELL_DEG - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double tx = fx - x0;
        double ty = fy - y0;
        return value(x0, y0, layer) * (1 - tx) * (1 - ty) + value(x0 + 1, y0, layer) * tx * (1 - ty)
                + value(x0, y0 + 1, layer) * (1 - tx) * ty + value(x0 + 1, y0 + 1, layer) * tx * ty;
    }

    private double value(int x, int y, int layer) {
        int cx = Math.max(0, Math.min(MaliMap.WIDTH - 1, x));
        int cy = Math.max(0, Math.min(MaliMap.HEIGHT - 1, y));
        return layer == 0 ? smoothElevation[cy * MaliMap.WIDTH + cx] : map.julyRainfallMm(cx, cy);
    }

    private static float[] tint(double julyMm) {
        // Sahara sand -> Sahel steppe -> Sudanian savanna, at 0, 40, 100, 160, 260 mm July rainfall
        double[][] stops = {{0, 0.96, 0.89, 0.72}, {40, 0.93, 0.86, 0.64}, {100, 0.86, 0.85, 0.60},
            {160, 0.74, 0.82, 0.55}, {260, 0.60, 0.76, 0.48}};
        for (int i = 1; i < stops.length; i++) {
            if (julyMm <= stops[i][0]) {
                double t = Math.max(0, (julyMm - stops[i - 1][0]) / (stops[i][0] - stops[i - 1][0]));
                return new float[] {(float) lerp(stops[i - 1][1], stops[i][1], t),
                    (float) lerp(stops[i - 1][2], stops[i][2], t), (float) lerp(stops[i - 1][3], stops[i][3], t)};
            }
        }
        double[] last = stops[stops.length - 1];
        return new float[] {(float) last[1], (float) last[2], (float) last[3]};
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static int pack(double r, double g, double b) {
        int ri = (int) Math.max(0, Math.min(255, Math.round(r * 255)));
        int gi = (int) Math.max(0, Math.min(255, Math.round(g * 255)));
        int bi = (int) Math.max(0, Math.min(255, Math.round(b * 255)));
        return (ri << 16) | (gi << 8) | bi;
    }

    // ------------------------------------------------------------------ lines

    private double scale() {
        return Math.max(0.6, width / 1200.0);
    }

    private Path2D path(double[][] pts, boolean close) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < pts.length; i++) {
            double x = pixelX(pts[i][1]);
            double y = pixelY(pts[i][0]);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    private Path2D path(List<double[]> pts, boolean close) {
        return path(pts.toArray(new double[0][]), close);
    }

    /** Lakes and wide reaches filled, rivers as lines by importance. */
    public void drawWater(Graphics2D g) {
        double s = scale();
        g.setColor(LAKE_FILL);
        for (double[][] ring : map.lakeRings()) {
            g.fill(path(ring, true));
        }
        g.setColor(WATER);
        g.setStroke(new BasicStroke((float) (0.8 * s)));
        for (double[][] ring : map.lakeRings()) {
            g.draw(path(ring, true));
        }
        for (WaterLine line : map.riverLines()) {
            float w = (float) (s * switch (line.level()) {
                case 0 -> 1.6;
                case 1 -> 2.2;
                case 2 -> 1.6;
                case 3 -> 1.1;
                default -> 0.7;
            });
            g.setStroke(line.level() == 5
                    ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {4 * w, 3 * w}, 0)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(line.points(), false));
        }
    }

    public void drawBorders(Graphics2D g) {
        double s = scale();
        g.setColor(new Color(90, 90, 90));
        g.setStroke(new BasicStroke((float) (1.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (6 * s), (float) (3 * s), (float) (1.5 * s), (float) (3 * s)}, 0));
        for (double[][] line : map.borderLines()) {
            g.draw(path(line, false));
        }
        g.setColor(new Color(60, 40, 40));
        g.setStroke(new BasicStroke((float) (2.2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double[][] ring : map.maliOutline()) {
            g.draw(path(ring, true));
        }
        // country names at the centre of their cells in the window
        Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(15 * s));
        for (Country c : Country.values()) {
            if (c == Country.OTHER) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (int y = 0; y < MaliMap.HEIGHT; y++) {
                for (int x = 0; x < MaliMap.WIDTH; x++) {
                    if (map.country(x, y) == c) {
                        sx += x;
                        sy += y;
                        n++;
                    }
                }
            }
            if (n < 40) {
                continue;
            }
            double lat = map.latOf((int) Math.round(sy / n));
            double lon = map.lonOf((int) Math.round(sx / n));
            if (c == Country.MALI) {
                lat = 19.6; // the centroid sits on the Niger bend labels; the empty north reads better
                lon = -4.6;
            }
            String label = spaced(c.displayName().toUpperCase(java.util.Locale.ROOT));
            Font font = c == Country.MALI ? f.deriveFont((float) (30 * s)) : f;
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            float x = (float) (pixelX(lon) - fm.stringWidth(label) / 2.0);
            float y = (float) pixelY(lat);
            x = Math.max(4, Math.min(width - fm.stringWidth(label) - 4, x));
            g.setColor(c == Country.MALI ? new Color(90, 50, 30, 150) : new Color(110, 110, 110, 170));
            g.drawString(label, x, y);
        }
    }

    private static String spaced(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(ch);
        }
        return b.toString();
    }

    public void drawRoads(Graphics2D g) {
        double s = scale();
        for (Road r : map.roads()) {
            if (r.roadClass() == RoadClass.TRACK) {
                g.setColor(TRACK);
                g.setStroke(new BasicStroke((float) (1.4 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                        new float[] {(float) (5 * s), (float) (3 * s)}, 0));
                g.draw(path(r.points(), false));
            }
        }
        for (Road r : map.roads()) {
            if (r.roadClass() == RoadClass.NATIONAL) {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (3.6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path(r.points(), false));
            }
        }
        for (Road r : map.roads()) {
            if (r.roadClass() == RoadClass.NATIONAL) {
                g.setColor(NATIONAL_ROAD);
                g.setStroke(new BasicStroke((float) (2.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path(r.points(), false));
            }
        }
    }

    /** The Ifoghas outlined, the Tigharghar redoubt hatched. */
    public void drawRegions(Graphics2D g) {
        double s = scale();
        Region ifoghas = map.region("ifoghas");
        Region tigharghar = map.region("tigharghar");
        if (tigharghar != null) {
            Shape shape = path(tigharghar.outline(), true);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
            g.setColor(REDOUBT);
            g.fill(shape);
            g.setComposite(AlphaComposite.SrcOver);
            g.setStroke(new BasicStroke((float) (1.6 * s)));
            g.draw(shape);
        }
        if (ifoghas != null) {
            g.setColor(REDOUBT);
            g.setStroke(new BasicStroke((float) (1.8 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
                    new float[] {(float) (7 * s), (float) (4 * s)}, 0));
            g.draw(path(ifoghas.outline(), true));
            g.setFont(new Font(Font.SERIF, Font.BOLD | Font.ITALIC, (int) Math.round(14 * s)));
            String label = "Adrar des Ifoghas";
            double[] east = eastmost(ifoghas.outline());
            float x = (float) Math.min(width - g.getFontMetrics().stringWidth(label) - 4, pixelX(east[1]) + 6 * s);
            halo(g, label, x, (float) pixelY(ifoghas.centroidLat() - 0.9), REDOUBT);
        }
    }

    private static double[] eastmost(List<double[]> pts) {
        return pts.stream().max(Comparator.comparingDouble(p -> p[1])).orElseThrow();
    }

    // ------------------------------------------------------------------ towns

    /** Town dots sized by population, labels placed where they do not collide. */
    public void drawTowns(Graphics2D g) {
        double s = scale();
        List<Town> byPop = new ArrayList<>(map.towns());
        byPop.sort(Comparator.comparingInt(Town::population).reversed());
        List<Rectangle2D> taken = new ArrayList<>();
        for (Town t : byPop) {
            double r = radius(t) * s;
            double x = pixelX(t.lon());
            double y = pixelY(t.lat());
            taken.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        for (Town t : byPop) {
            double r = radius(t) * s;
            double x = pixelX(t.lon());
            double y = pixelY(t.lat());
            Shape dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(Color.WHITE);
            g.fill(dot);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) (1.3 * s)));
            g.draw(dot);
            if (t.population() >= 100_000) {
                double ri = r * 0.45;
                g.fill(new Ellipse2D.Double(x - ri, y - ri, 2 * ri, 2 * ri));
            }
        }
        for (Town t : byPop) {
            int size = t.population() >= 100_000 ? 15 : t.population() >= 20_000 ? 13 : 11;
            Font font = new Font(Font.SANS_SERIF, t.population() >= 20_000 ? Font.BOLD : Font.PLAIN, (int) Math.round(size * s));
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            double r = radius(t) * s;
            double x = pixelX(t.lon());
            double y = pixelY(t.lat());
            Point2D at = Labels.place(fm, t.name(), x, y, r + 2 * s, taken,
                    box -> box.getMinX() >= 0 && box.getMaxX() <= width && box.getMinY() >= 0 && box.getMaxY() <= height);
            if (at != null) {
                halo(g, t.name(), (float) at.getX(), (float) at.getY(), Color.BLACK);
            }
        }
    }

    /**
     * The displaced people: a tent-shaped marker and a green disc for each camp abroad (refugees),
     * a blue disc on each town for the internally displaced it hosts; disc areas in proportion to
     * people (100,000 people: a disc of 40 px radius at 1200 px width). {@code camps} and
     * {@code idpsByTown} follow {@link Camps#camps()} and the map's towns.
     */
    public void drawDisplacement(Graphics2D g, double[] camps, double[] idpsByTown) {
        double s = scale();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * s));
        g.setFont(font);
        List<Town> ts = map.towns();
        for (int i = 0; i < ts.size() && i < idpsByTown.length; i++) {
            if (idpsByTown[i] >= 500) {
                disc(g, ts.get(i).lat(), ts.get(i).lon(), idpsByTown[i], new Color(40, 110, 230, 110), new Color(20, 60, 160));
            }
        }
        List<Camp> cs = Camps.get().camps();
        for (int i = 0; i < cs.size() && i < camps.length; i++) {
            Camp c = cs.get(i);
            disc(g, c.lat(), c.lon(), camps[i], new Color(30, 160, 70, 120), new Color(10, 100, 40));
            double x = pixelX(c.lon());
            double y = pixelY(c.lat());
            double h = 6 * s;
            Path2D tent = new Path2D.Double();
            tent.moveTo(x - h, y + h * 0.6);
            tent.lineTo(x, y - h * 0.8);
            tent.lineTo(x + h, y + h * 0.6);
            tent.closePath();
            g.setColor(new Color(10, 100, 40));
            g.fill(tent);
            String label = c.name() + " " + Math.round(camps[i] / 1000) + "k";
            halo(g, label, (float) (x + h + 2 * s), (float) (y + 4 * s), new Color(10, 90, 30));
        }
    }

    private void disc(Graphics2D g, double lat, double lon, double people, Color fill, Color edge) {
        double s = scale();
        double r = 40 * s * Math.sqrt(Math.max(0, people) / 100_000.0);
        double x = pixelX(lon);
        double y = pixelY(lat);
        Shape d = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(d);
        g.setColor(edge);
        g.setStroke(new BasicStroke((float) (1.0 * s)));
        g.draw(d);
    }

    private static double radius(Town t) {
        return 2.5 + 1.1 * Math.max(0, Math.log10(Math.max(1, t.population())) - 3);
    }

    private void halo(Graphics2D g, String text, float x, float y, Color color) {
        Labels.halo(g, text, x, y, (float) (3.0 * scale()), new Color(255, 255, 255, 215), color);
    }

    // ------------------------------------------------------------------ graticule, scale, legend

    public void drawDecorations(Graphics2D g) {
        double s = scale();
        // graticule every 2 degrees, labelled on the left and bottom edges
        g.setStroke(new BasicStroke((float) (0.6 * s)));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s)));
        for (int lon = -12; lon <= 4; lon += 2) {
            double x = pixelX(lon);
            g.setColor(new Color(60, 60, 60, 70));
            g.draw(new java.awt.geom.Line2D.Double(x, 0, x, height));
            halo(g, lon < 0 ? -lon + "°W" : lon == 0 ? "0°" : lon + "°E", (float) (x + 3 * s), (float) (height - 4 * s), new Color(60, 60, 60));
        }
        for (int lat = 12; lat <= 24; lat += 2) {
            double y = pixelY(lat);
            g.setColor(new Color(60, 60, 60, 70));
            g.draw(new java.awt.geom.Line2D.Double(0, y, width, y));
            halo(g, lat + "°N", (float) (3 * s), (float) (y - 3 * s), new Color(60, 60, 60));
        }
        drawScaleBar(g, s);
        drawLegend(g, s);
    }

    private void drawScaleBar(Graphics2D g, double s) {
        double km = 200;
        double lat = 11.0;
        double pxPerKm = pxPerDegLon / (Grid.KM_PER_DEG * Math.cos(Math.toRadians(lat)));
        double len = km * pxPerKm;
        double x0 = width - len - 30 * s;
        double y0 = pixelY(lat);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x0 - 8 * s, y0 - 22 * s, len + 16 * s, 34 * s));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (1.0 * s)));
        for (int i = 0; i < 4; i++) {
            Rectangle2D seg = new Rectangle2D.Double(x0 + i * len / 4, y0, len / 4, 5 * s);
            if (i % 2 == 0) {
                g.fill(seg);
            } else {
                g.draw(seg);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s)));
        g.drawString("0", (float) x0 - 3, (float) (y0 - 4 * s));
        String end = (int) km + " km";
        g.drawString(end, (float) (x0 + len - g.getFontMetrics().stringWidth(end) / 2.0), (float) (y0 - 4 * s));
    }

    private void drawLegend(Graphics2D g, double s) {
        double x = 40 * s;
        double y = 40 * s;
        double row = 19 * s;
        double w = 215 * s;
        String[] labels = {"National road", "Track", "River / lake", "Border (Mali bold)", "Ifoghas / Tigharghar redoubt",
            "Town (size: population)", "Sahara", "Sahel", "Savanna"};
        double h = (labels.length + 2.3) * row;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke((float) (0.8 * s)));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * s)));
        g.setColor(Color.BLACK);
        g.drawString("SahelSim map of Mali", (float) (x + 8 * s), (float) (y + row));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s)));
        for (int i = 0; i < labels.length; i++) {
            double cy = y + (i + 2) * row;
            double sx = x + 10 * s;
            double ex = x + 42 * s;
            double my = cy - 4 * s;
            switch (i) {
                case 0 -> {
                    g.setColor(NATIONAL_ROAD);
                    g.setStroke(new BasicStroke((float) (2.4 * s)));
                    g.draw(new java.awt.geom.Line2D.Double(sx, my, ex, my));
                }
                case 1 -> {
                    g.setColor(TRACK);
                    g.setStroke(new BasicStroke((float) (1.4 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                            new float[] {(float) (5 * s), (float) (3 * s)}, 0));
                    g.draw(new java.awt.geom.Line2D.Double(sx, my, ex, my));
                }
                case 2 -> {
                    g.setColor(WATER);
                    g.setStroke(new BasicStroke((float) (2 * s)));
                    g.draw(new java.awt.geom.Line2D.Double(sx, my, ex - 14 * s, my));
                    g.setColor(LAKE_FILL);
                    g.fill(new Rectangle2D.Double(ex - 11 * s, my - 5 * s, 11 * s, 10 * s));
                }
                case 3 -> {
                    g.setColor(new Color(60, 40, 40));
                    g.setStroke(new BasicStroke((float) (2.2 * s)));
                    g.draw(new java.awt.geom.Line2D.Double(sx, my, ex, my));
                }
                case 4 -> {
                    g.setColor(REDOUBT);
                    g.setStroke(new BasicStroke((float) (1.6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
                            new float[] {(float) (5 * s), (float) (3 * s)}, 0));
                    g.draw(new Rectangle2D.Double(sx, my - 5 * s, ex - sx, 10 * s));
                }
                case 5 -> {
                    g.setColor(Color.WHITE);
                    Shape dot = new Ellipse2D.Double((sx + ex) / 2 - 4 * s, my - 4 * s, 8 * s, 8 * s);
                    g.fill(dot);
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke((float) (1.2 * s)));
                    g.draw(dot);
                }
                default -> {
                    float[] c = tint(i == 6 ? 10 : i == 7 ? 100 : 220);
                    g.setColor(new Color(c[0], c[1], c[2]));
                    g.fill(new Rectangle2D.Double(sx, my - 6 * s, ex - sx, 12 * s));
                    g.setColor(Color.GRAY);
                    g.setStroke(new BasicStroke((float) (0.6 * s)));
                    g.draw(new Rectangle2D.Double(sx, my - 6 * s, ex - sx, 12 * s));
                }
            }
            g.setColor(Color.BLACK);
            g.drawString(labels[i], (float) (x + 50 * s), (float) cy);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(9 * s)));
        g.setColor(Color.DARK_GRAY);
        g.drawString("Natural Earth, SRTM30, GSHHG, GeoNames, Legates & Willmott", (float) (x + 8 * s), (float) (y + h - 6 * s));
    }
}
