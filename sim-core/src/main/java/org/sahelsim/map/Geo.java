package org.sahelsim.map;

/**
 * Continuous cell coordinates of the map grid (0.1 degree cells, x east from lon -12.5, y south
 * from lat 25.5; the centre of cell (i, j) is (i + 0.5, j + 0.5)) and distances between them.
 */
public final class Geo {
    public static final double WEST_LON = -12.5;
    public static final double NORTH_LAT = 25.5;
    public static final double CELL_DEG = 0.1;
    private static final double KM_PER_DEG = 111.2;

    private Geo() {}

    public static double lon(double x) {
        return WEST_LON + x * CELL_DEG;
    }

    public static double lat(double y) {
        return NORTH_LAT - y * CELL_DEG;
    }

    public static double x(double lon) {
        return (lon - WEST_LON) / CELL_DEG;
    }

    public static double y(double lat) {
        return (NORTH_LAT - lat) / CELL_DEG;
    }

    /** cos(latitude) by half-cell row, so that distances need no trigonometry. */
    private static final double[] COS_BY_HALF_ROW = new double[2 * 400];

    static {
        for (int i = 0; i < COS_BY_HALF_ROW.length; i++) {
            COS_BY_HALF_ROW[i] = Math.cos(Math.toRadians(lat((i - 200) * 0.5)));
        }
    }

    private static double cosAt(double y) {
        int i = (int) Math.round(y * 2) + 200;
        return i >= 0 && i < COS_BY_HALF_ROW.length ? COS_BY_HALF_ROW[i] : Math.cos(Math.toRadians(lat(y)));
    }

    /** Equirectangular distance in km between two points in cell coordinates (good to 1% at this scale). */
    public static double km(double x0, double y0, double x1, double y1) {
        double dx = (x1 - x0) * CELL_DEG * KM_PER_DEG * cosAt((y0 + y1) * 0.5);
        double dy = (y1 - y0) * CELL_DEG * KM_PER_DEG;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** True when the two points are within km of each other; cheap rejection first. */
    public static boolean within(double x0, double y0, double x1, double y1, double km) {
        double cells = km / (CELL_DEG * KM_PER_DEG);
        double dy = y1 - y0;
        if (dy > cells || -dy > cells) {
            return false;
        }
        double dx = x1 - x0;
        double cellsX = cells / 0.85; // cos(31.8 deg), below every latitude of the map window
        if (dx > cellsX || -dx > cellsX) {
            return false;
        }
        return km(x0, y0, x1, y1) <= km;
    }

    /** Great-circle distance in km between two lat/lon points. */
    public static double kmLatLon(double lat0, double lon0, double lat1, double lon1) {
        double p0 = Math.toRadians(lat0);
        double p1 = Math.toRadians(lat1);
        double dp = p1 - p0;
        double dl = Math.toRadians(lon1 - lon0);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p0) * Math.cos(p1) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
