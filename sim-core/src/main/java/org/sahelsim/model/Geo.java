package org.sahelsim.model;

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

    /** Equirectangular distance in km between two points in cell coordinates (good to 1% at this scale). */
    public static double km(double x0, double y0, double x1, double y1) {
        double meanLat = Math.toRadians(lat((y0 + y1) * 0.5));
        double dx = (x1 - x0) * CELL_DEG * KM_PER_DEG * Math.cos(meanLat);
        double dy = (y1 - y0) * CELL_DEG * KM_PER_DEG;
        return Math.sqrt(dx * dx + dy * dy);
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
