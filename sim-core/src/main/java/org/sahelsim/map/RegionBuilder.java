package org.sahelsim.map;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Derives the named regions from the map layers. No region is drawn by hand: each is a rule over
 * elevation, water and country cells inside a search box that only says roughly where to look
 * (the boxes come from the towns the sources name around each region).
 */
final class RegionBuilder {
    /** The Adrar des Ifoghas: the massif's high ground, from this contour. */
    static final int IFOGHAS_MIN_ELEVATION_M = 500;
    /**
     * The Tigharghar: the high ground of the western Ifoghas between Tessalit and Aguelhok, east of
     * the track joining them (no published polygon exists; the sources place it there).
     */
    static final int TIGHARGHAR_MIN_ELEVATION_M = 550;
    /** How far from the Tessalit-Aguelhok midpoint the Tigharghar is searched for, km. */
    static final double TIGHARGHAR_MAX_KM = 60;
    /** The Tanezrouft: the plain west of the Ifoghas, below this contour. */
    static final int TANEZROUFT_MAX_ELEVATION_M = 420;
    /** The Niger valley: river cells this close to the main-stem chain of river towns, plus a one-cell margin. */
    static final double NIGER_VALLEY_MAX_KM = 35;

    private final MaliMap map;

    RegionBuilder(MaliMap map) {
        this.map = map;
    }

    List<Region> build() {
        boolean[] ifoghas = ifoghas();
        return List.of(
                new Region("ifoghas", "Adrar des Ifoghas",
                        "Mali cells at or above " + IFOGHAS_MIN_ELEVATION_M + " m within lat 18.0-21.0, lon 0.3-4.5"
                                + " (around Kidal, Aguelhok, Tessalit, Tin Essako, Abeibara), the connected piece"
                                + " holding the highest cell, holes filled", ifoghas),
                new Region("tigharghar", "Tigharghar massif (Ifoghas redoubt)",
                        "Ifoghas cells at or above " + TIGHARGHAR_MIN_ELEVATION_M + " m, east of and within "
                                + TIGHARGHAR_MAX_KM + " km of the Tessalit-Aguelhok midpoint, connected piece holding"
                                + " the highest cell, holes filled (approximate: the sources place the massif between"
                                + " Tessalit and Aguelhok)", tigharghar(ifoghas)),
                new Region("niger-valley", "Niger valley",
                        "river and lake cells within " + NIGER_VALLEY_MAX_KM + " km of the main stem through Bamako,"
                                + " Koulikoro, Segou, Ke-Macina, Mopti, Niafunke, Dire, Timbuktu, Gourma-Rharous, Bourem,"
                                + " Gao, Ansongo, plus one cell around them, in Mali", nigerValley()),
                new Region("tanezrouft", "Tanezrouft plain",
                        "Mali cells below " + TANEZROUFT_MAX_ELEVATION_M + " m within lat 19.5-23.5, lon -3.0-0.6,"
                                + " not in the Ifoghas, connected piece holding the most cells", tanezrouft(ifoghas)));
    }

    private boolean[] box(double latMin, double latMax, double lonMin, double lonMax, java.util.function.IntPredicate cell) {
        boolean[] m = new boolean[MaliMap.WIDTH * MaliMap.HEIGHT];
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                double lat = map.latOf(y);
                double lon = map.lonOf(x);
                m[y * MaliMap.WIDTH + x] = lat >= latMin && lat <= latMax && lon >= lonMin && lon <= lonMax
                        && map.inMali(x, y) && cell.test(y * MaliMap.WIDTH + x);
            }
        }
        return m;
    }

    private int elev(int i) {
        return map.elevationM(i % MaliMap.WIDTH, i / MaliMap.WIDTH);
    }

    private boolean[] ifoghas() {
        boolean[] m = box(18.0, 21.0, 0.3, 4.5, i -> elev(i) >= IFOGHAS_MIN_ELEVATION_M);
        return fillHoles(component(m, highest(m)));
    }

    private boolean[] tigharghar(boolean[] ifoghas) {
        Town tessalit = map.town("Tessalit");
        Town aguelhok = map.town("Aguelhok");
        double lat = (tessalit.lat() + aguelhok.lat()) / 2;
        double lon = (tessalit.lon() + aguelhok.lon()) / 2;
        boolean[] m = box(-90, 90, -180, 180, i -> ifoghas[i] && elev(i) >= TIGHARGHAR_MIN_ELEVATION_M
                && map.lonOf(i % MaliMap.WIDTH) > lon
                && MaliMap.distanceKm(lat, lon, map.latOf(i / MaliMap.WIDTH), map.lonOf(i % MaliMap.WIDTH)) <= TIGHARGHAR_MAX_KM);
        return fillHoles(component(m, highest(m)));
    }

    private boolean[] tanezrouft(boolean[] ifoghas) {
        boolean[] m = box(19.5, 23.5, -3.0, 0.6, i -> !ifoghas[i] && elev(i) < TANEZROUFT_MAX_ELEVATION_M);
        boolean[] best = new boolean[m.length];
        int bestCount = 0;
        boolean[] seen = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            if (m[i] && !seen[i]) {
                boolean[] c = component(m, i);
                int count = 0;
                for (int j = 0; j < c.length; j++) {
                    if (c[j]) {
                        seen[j] = true;
                        count++;
                    }
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = c;
                }
            }
        }
        return best;
    }

    private static final String[] NIGER_MAIN_STEM = {
        "Bamako", "Koulikoro", "Ségou", "Ké-Macina", "Mopti", "Niafunké", "Diré", "Timbuktu",
        "Gourma-Rharous", "Bourem", "Gao", "Ansongo"};

    private boolean[] nigerValley() {
        double[][] chain = new double[NIGER_MAIN_STEM.length][];
        for (int k = 0; k < chain.length; k++) {
            Town t = map.town(NIGER_MAIN_STEM[k]);
            chain[k] = new double[] {t.lat(), t.lon()};
        }
        boolean[] water = box(-90, 90, -180, 180,
                i -> map.rawWater(i) != 0 && distanceToChainKm(chain, map.latOf(i / MaliMap.WIDTH), map.lonOf(i % MaliMap.WIDTH)) <= NIGER_VALLEY_MAX_KM);
        boolean[] m = new boolean[water.length];
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                if (!map.inMali(x, y)) {
                    continue;
                }
                for (int dy = -1; dy <= 1 && !m[y * MaliMap.WIDTH + x]; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (map.inGrid(x + dx, y + dy) && water[(y + dy) * MaliMap.WIDTH + x + dx]) {
                            m[y * MaliMap.WIDTH + x] = true;
                            break;
                        }
                    }
                }
            }
        }
        return m;
    }

    /** Distance from a point to a polyline of {lat, lon}, km, in a local equirectangular projection. */
    static double distanceToChainKm(double[][] chain, double lat, double lon) {
        double kmPerDeg = Math.PI * MaliMap.EARTH_RADIUS_KM / 180;
        double best = Double.POSITIVE_INFINITY;
        double c = Math.cos(Math.toRadians(lat));
        for (int k = 1; k < chain.length; k++) {
            double ax = (chain[k - 1][1] - lon) * c * kmPerDeg;
            double ay = (chain[k - 1][0] - lat) * kmPerDeg;
            double bx = (chain[k][1] - lon) * c * kmPerDeg;
            double by = (chain[k][0] - lat) * kmPerDeg;
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
        return best;
    }

    private int highest(boolean[] m) {
        int best = -1;
        for (int i = 0; i < m.length; i++) {
            if (m[i] && (best < 0 || elev(i) > elev(best))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("region search found no cell");
        }
        return best;
    }

    /** The 8-connected piece of m holding cell start. */
    private static boolean[] component(boolean[] m, int start) {
        boolean[] out = new boolean[m.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        out[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % MaliMap.WIDTH;
            int y = i / MaliMap.WIDTH;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < MaliMap.WIDTH && ny < MaliMap.HEIGHT) {
                        int j = ny * MaliMap.WIDTH + nx;
                        if (m[j] && !out[j]) {
                            out[j] = true;
                            queue.add(j);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Adds the cells that the outside cannot reach through 4-connected non-member cells. */
    private static boolean[] fillHoles(boolean[] m) {
        int w = MaliMap.WIDTH;
        int h = MaliMap.HEIGHT;
        boolean[] outside = new boolean[m.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < m.length; i++) {
            int x = i % w;
            int y = i / w;
            if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && !m[i]) {
                outside[i] = true;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % w;
            int y = i / w;
            int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
            for (int[] s : steps) {
                int nx = x + s[0];
                int ny = y + s[1];
                if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                    int j = ny * w + nx;
                    if (!m[j] && !outside[j]) {
                        outside[j] = true;
                        queue.add(j);
                    }
                }
            }
        }
        boolean[] out = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = !outside[i];
        }
        return out;
    }
}
