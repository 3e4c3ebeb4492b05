package org.sahelsim.map;

/**
 * The model's grid and its geometry, written once: 0.1 degree cells from 12.5 W to 4.5 E and from
 * 10 N to 25.5 N (x east, y south; the centre of cell (i, j) is (i + 0.5, j + 0.5) in continuous
 * cell coordinates), latitude and longitude of cells, PRIO-GRID ids, and distances on one sphere
 * (the IUGG mean Earth radius).
 */
public final class Grid {
    public static final int WIDTH = 170;
    public static final int HEIGHT = 155;
    public static final double CELL_DEG = 0.1;
    public static final double WEST = -12.5;
    public static final double EAST = 4.5;
    public static final double SOUTH = 10.0;
    public static final double NORTH = 25.5;
    /** Mean Earth radius (IUGG), km: the sphere of every distance. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Km of one degree of latitude (and of longitude at the equator) on that sphere: 111.195. */
    public static final double KM_PER_DEG = EARTH_RADIUS_KM * Math.PI / 180;
    /** Km of one cell's side north-south (east-west it is this times cos(latitude)). */
    public static final double KM_PER_CELL = KM_PER_DEG * CELL_DEG;

    private Grid() {}

    // ---------------------------------------------------------------- continuous cell coordinates

    public static double lon(double x) {
        return WEST + x * CELL_DEG;
    }

    public static double lat(double y) {
        return NORTH - y * CELL_DEG;
    }

    public static double x(double lon) {
        return (lon - WEST) / CELL_DEG;
    }

    public static double y(double lat) {
        return (NORTH - lat) / CELL_DEG;
    }

    // ---------------------------------------------------------------- cells

    public static boolean inGrid(int x, int y) {
        return x >= 0 && y >= 0 && x < WIDTH && y < HEIGHT;
    }

    /** Column of a longitude, -1 when outside the grid. */
    public static int cellX(double lon) {
        if (!(lon >= WEST && lon < EAST)) {
            return -1;
        }
        return Math.min(WIDTH - 1, (int) Math.floor((lon - WEST) / CELL_DEG + 1e-9));
    }

    /** Row of a latitude (0 = northernmost), -1 when outside the grid. */
    public static int cellY(double lat) {
        if (!(lat > SOUTH && lat <= NORTH)) {
            return -1;
        }
        return Math.min(HEIGHT - 1, (int) Math.floor((NORTH - lat) / CELL_DEG + 1e-9));
    }

    /** Longitude of the centre of column x. */
    public static double lonOf(int x) {
        return WEST + (x + 0.5) * CELL_DEG;
    }

    /** Latitude of the centre of row y. */
    public static double latOf(int y) {
        return NORTH - (y + 0.5) * CELL_DEG;
    }

    /**
     * PRIO-GRID id of the 0.5 degree cell holding this cell (each 5 x 5 block of cells is one):
     * gid = (row - 1) * 720 + col, row = floor((lat + 90) * 2) + 1, col = floor((lon + 180) * 2) + 1.
     */
    public static int priogridGid(int x, int y) {
        int row = (int) Math.floor((latOf(y) + 90) * 2) + 1;
        int col = (int) Math.floor((lonOf(x) + 180) * 2) + 1;
        return (row - 1) * 720 + col;
    }

    /** Area of a cell of row y on the sphere, km2. */
    public static double cellAreaKm2(int y) {
        double north = Math.toRadians(NORTH - y * CELL_DEG);
        double south = Math.toRadians(NORTH - (y + 1) * CELL_DEG);
        return EARTH_RADIUS_KM * EARTH_RADIUS_KM * Math.toRadians(CELL_DEG) * (Math.sin(north) - Math.sin(south));
    }

    // ---------------------------------------------------------------- distances

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
        double dx = (x1 - x0) * KM_PER_CELL * cosAt((y0 + y1) * 0.5);
        double dy = (y1 - y0) * KM_PER_CELL;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** True when the two points are within km of each other; cheap rejection first. */
    public static boolean within(double x0, double y0, double x1, double y1, double km) {
        double cells = km / KM_PER_CELL;
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

    /** Great-circle distance in km between two lat/lon points . */
    public static double kmLatLon(double lat0, double lon0, double lat1, double lon1) {
        return greatCircle(EARTH_RADIUS_KM, lat0, lon0, lat1, lon1);
    }

    private static double greatCircle(double radiusKm, double lat0, double lon0, double lat1, double lon1) {
        double p0 = Math.toRadians(lat0);
        double p1 = Math.toRadians(lat1);
        double dp = p1 - p0;
        double dl = Math.toRadians(lon1 - lon0);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p0) * Math.cos(p1) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
