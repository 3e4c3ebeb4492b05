package org.sahelsim.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;

/**
 * The gridded map of Mali and its neighbours: 0.1 degree cells over lon -12.5..4.5, lat
 * 10.0..25.5, x from west to east, y from north to south. Layers come from public data (see
 * {@code SOURCES.md} next to the resources); towns and roads from {@code towns.csv} and
 * {@code roads.json}. Loaded once by {@link #get()} and immutable afterwards, so one instance is
 * shared safely by all simulation threads. Grid accessors return fresh copies.
 */
public final class MaliMap {
    public static final int WIDTH = Grid.WIDTH;
    public static final int HEIGHT = Grid.HEIGHT;
    public static final double CELL_DEG = Grid.CELL_DEG;
    public static final double WEST = Grid.WEST;
    public static final double EAST = Grid.EAST;
    public static final double SOUTH = Grid.SOUTH;
    public static final double NORTH = Grid.NORTH;

    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = Grid.EARTH_RADIUS_KM;

    /** July rainfall (mm) below which a cell is Sahara: about the 150 mm annual isohyet. */
    public static final double SAHARA_MAX_JULY_MM = 40;
    /** July rainfall (mm) from which a cell is savanna: about the 600 mm annual isohyet. */
    public static final double SAVANNA_MIN_JULY_MM = 160;
    /** Elevation (m) from which a cell counts as mountain whatever its ruggedness. */
    public static final double MOUNTAIN_MIN_ELEVATION_M = 600;
    /** Ruggedness (m, standard deviation inside the cell) from which a cell counts as mountain. */
    public static final double MOUNTAIN_MIN_RUGGEDNESS_M = 45;
    /**
     * High, broken ground: from this elevation a ruggedness of {@link #HIGHLAND_MIN_RUGGEDNESS_M}
     * is enough (the SRTM30 JPEG tiles smooth the relief, so ruggedness alone misses plateau edges).
     */
    public static final double HIGHLAND_MIN_ELEVATION_M = 450;
    public static final double HIGHLAND_MIN_RUGGEDNESS_M = 20;

    /**
     * Relative time to cross a cell, a national road being 1. Off-road speeds of 4x4 vehicles and
     * motorbikes: about 20-25 km/h on sahel and savanna ground against 60 on a paved road, less in
     * sand and on rock, much less in the flooded delta or across a river without a bridge.
     */
    public static final double COST_NATIONAL_ROAD = 1.0;
    public static final double COST_TRACK = 1.5;
    public static final double COST_SAHEL = 2.5;
    public static final double COST_SAVANNA = 3.0;
    public static final double COST_DESERT = 3.0;
    public static final double COST_MOUNTAIN = 6.0;
    public static final double COST_RIVER = 8.0;

    private static final String RES = "/org/sahelsim/map/";
    private static final Country[] COUNTRIES = Country.values();

    private static volatile MaliMap instance;

    private final Country[] country = new Country[WIDTH * HEIGHT];
    private final int[] elevation = new int[WIDTH * HEIGHT];
    private final double[] ruggedness;
    private final double[] rainJuly;
    private final int[] water = new int[WIDTH * HEIGHT];
    private final int[] road = new int[WIDTH * HEIGHT];
    private final Ecozone[] ecozone = new Ecozone[WIDTH * HEIGHT];
    private final Terrain[] terrain = new Terrain[WIDTH * HEIGHT];
    private final double[] moveCost = new double[WIDTH * HEIGHT];
    private final List<Town> towns;
    /** Index in {@link #towns} of each town of the map, by identity (a list scan compares records field by field). */
    private final java.util.IdentityHashMap<Town, Integer> townIndex = new java.util.IdentityHashMap<>();
    private final PlaceNames places;
    private final Map<String, double[]> airBases = new HashMap<>();
    private final Town capital;
    private final String redoubtId;
    private final List<String> redoubtRegions;
    private final List<Town> redoubtRingTowns;
    private final List<String> airBaseNames = new ArrayList<>();
    private final List<Road> roads;
    private final double circuity;
    private final Map<Town, List<RoadLink>> links = new HashMap<>();
    private final double[][] roadKm;
    private final int[][] roadNext;
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final List<double[][]> borders;
    private final List<double[][]> maliOutline;
    private final List<WaterLine> riverLines;
    private final List<double[][]> lakeRings;

    /** The map, loaded from the classpath on first use. */
    public static MaliMap get() {
        MaliMap m = instance;
        if (m == null) {
            synchronized (MaliMap.class) {
                m = instance;
                if (m == null) {
                    m = new MaliMap();
                    instance = m;
                }
            }
        }
        return m;
    }

    private MaliMap() {
        double[] c = AsciiGrid.read(RES + "country.asc");
        double[] e = AsciiGrid.read(RES + "elevation.asc");
        ruggedness = AsciiGrid.read(RES + "ruggedness.asc");
        rainJuly = AsciiGrid.read(RES + "rain-july.asc");
        double[] r = AsciiGrid.read(RES + "rivers.asc");
        for (int i = 0; i < WIDTH * HEIGHT; i++) {
            country[i] = COUNTRIES[(int) c[i]];
            elevation[i] = (int) Math.round(e[i]);
            water[i] = (int) r[i];
        }
        towns = loadTowns();
        for (Town t : towns) {
            townIndex.putIfAbsent(t, towns.indexOf(t));
        }
        places = new PlaceNames(towns, readAliases());
        readAirBases();
        JsonNode theatre = readJson(new ObjectMapper(), "theatre.json");
        capital = requireTown(theatre.path("capital").path("town").asText(), "theatre.json capital");
        redoubtId = theatre.path("redoubt").path("id").asText();
        List<String> rr = new ArrayList<>();
        theatre.path("redoubt").path("regions").forEach(n -> rr.add(n.asText()));
        redoubtRegions = List.copyOf(rr);
        List<Town> ring = new ArrayList<>();
        theatre.path("redoubt").path("ringTowns").forEach(n -> ring.add(requireTown(n.asText(), "theatre.json ring town")));
        redoubtRingTowns = List.copyOf(ring);
        ObjectMapper json = new ObjectMapper();
        JsonNode roadsJson = readJson(json, "roads.json");
        circuity = roadsJson.path("circuityFactor").asDouble(1.0);
        roads = loadRoads(roadsJson);
        rasteriseRoads();
        for (int i = 0; i < WIDTH * HEIGHT; i++) {
            ecozone[i] = rainJuly[i] < SAHARA_MAX_JULY_MM ? Ecozone.SAHARA
                    : rainJuly[i] < SAVANNA_MIN_JULY_MM ? Ecozone.SAHEL : Ecozone.SAVANNA;
            terrain[i] = classify(i);
            moveCost[i] = road[i] == 1 ? COST_NATIONAL_ROAD : road[i] == 2 ? COST_TRACK : offRoadCost(terrain[i]);
        }
        int n = towns.size();
        roadKm = new double[n][n];
        roadNext = new int[n][n];
        buildRoadGraph();
        for (Region region : new RegionBuilder(this).build()) {
            regions.put(region.id(), region);
        }
        JsonNode bordersJson = readJson(json, "borders.json");
        borders = polylines(bordersJson.path("lines"));
        maliOutline = polylines(bordersJson.path("mali"));
        JsonNode rivers = readJson(json, "rivers.json");
        List<WaterLine> rl = new ArrayList<>();
        for (JsonNode line : rivers.path("rivers")) {
            rl.add(new WaterLine(line.path("level").asInt(), polylines(List.of(line.path("points"))).get(0)));
        }
        riverLines = List.copyOf(rl);
        lakeRings = polylines(rivers.path("lakes"));
    }

    private Terrain classify(int i) {
        if (water[i] != 0) {
            return Terrain.RIVER;
        }
        if (elevation[i] >= MOUNTAIN_MIN_ELEVATION_M || ruggedness[i] >= MOUNTAIN_MIN_RUGGEDNESS_M
                || (elevation[i] >= HIGHLAND_MIN_ELEVATION_M && ruggedness[i] >= HIGHLAND_MIN_RUGGEDNESS_M)) {
            return Terrain.MOUNTAIN;
        }
        return switch (ecozone[i]) {
            case SAHARA -> Terrain.DESERT;
            case SAHEL -> Terrain.SAHEL;
            case SAVANNA -> Terrain.SAVANNA;
        };
    }

    private static double offRoadCost(Terrain t) {
        return switch (t) {
            case DESERT -> COST_DESERT;
            case SAHEL -> COST_SAHEL;
            case SAVANNA -> COST_SAVANNA;
            case MOUNTAIN -> COST_MOUNTAIN;
            case RIVER -> COST_RIVER;
        };
    }

    // ------------------------------------------------------------------ geometry

    public boolean inGrid(int x, int y) {
        return Grid.inGrid(x, y);
    }

    /** Column of a longitude, -1 when outside the grid. */
    public int cellX(double lon) {
        return Grid.cellX(lon);
    }

    /** Row of a latitude (0 = northernmost), -1 when outside the grid. */
    public int cellY(double lat) {
        return Grid.cellY(lat);
    }

    public double lonOf(int x) {
        return Grid.lonOf(x);
    }

    public double latOf(int y) {
        return Grid.latOf(y);
    }

    /** PRIO-GRID id of the 0.5 degree cell holding this cell (each 5 x 5 block of cells is one). */
    public int priogridGid(int x, int y) {
        return Grid.priogridGid(x, y);
    }

    /** Area of a cell of row y on the sphere, km2. */
    public double cellAreaKm2(int y) {
        return Grid.cellAreaKm2(y);
    }

    /** Great-circle distance, km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return Grid.kmLatLon(lat1, lon1, lat2, lon2);
    }

    /** Distance between the centres of two cells, km. */
    public double cellDistanceKm(int x0, int y0, int x1, int y1) {
        return distanceKm(latOf(y0), lonOf(x0), latOf(y1), lonOf(x1));
    }

    // ------------------------------------------------------------------ layers

    private int idx(int x, int y) {
        if (!inGrid(x, y)) {
            throw new IndexOutOfBoundsException("cell (" + x + ", " + y + ") is outside the " + WIDTH + "x" + HEIGHT + " grid");
        }
        return y * WIDTH + x;
    }

    public Country country(int x, int y) {
        return country[idx(x, y)];
    }

    public boolean inMali(int x, int y) {
        return inGrid(x, y) && country[y * WIDTH + x] == Country.MALI;
    }

    /** Mean elevation of the cell, metres (SRTM30). */
    public int elevationM(int x, int y) {
        return elevation[idx(x, y)];
    }

    /** Standard deviation of elevation inside the cell, metres (nine 1/30 degree SRTM30 samples). */
    public double ruggednessM(int x, int y) {
        return ruggedness[idx(x, y)];
    }

    /** Long-term mean July rainfall, mm (Legates and Willmott 1989). */
    public double julyRainfallMm(int x, int y) {
        return rainJuly[idx(x, y)];
    }

    public Terrain terrain(int x, int y) {
        return terrain[idx(x, y)];
    }

    public Ecozone ecozone(int x, int y) {
        return ecozone[idx(x, y)];
    }

    /** True where a permanent river, a lake or the water of the inner delta touches the cell. */
    public boolean isRiver(int x, int y) {
        return water[idx(x, y)] != 0;
    }

    /** True where the water in the cell is a lake or a wide river reach (GSHHG lake polygon). */
    public boolean isLake(int x, int y) {
        return water[idx(x, y)] == 2;
    }

    public boolean isRoad(int x, int y) {
        return road[idx(x, y)] != 0;
    }

    /** The best road class crossing the cell, or null. */
    public RoadClass roadClass(int x, int y) {
        int r = road[idx(x, y)];
        return r == 1 ? RoadClass.NATIONAL : r == 2 ? RoadClass.TRACK : null;
    }

    /**
     * Relative time to cross the cell: 1 on a national road, {@value #COST_TRACK} on a track,
     * off-road by terrain (see the COST_ constants).
     */
    public double moveCost(int x, int y) {
        return moveCost[idx(x, y)];
    }

    // ------------------------------------------------------------------ MASON grids (fresh copies)

    /** Country ordinals ({@link Country#ordinal()}); a fresh copy. */
    public IntGrid2D countryGrid() {
        IntGrid2D g = new IntGrid2D(WIDTH, HEIGHT);
        fill(g, i -> country[i].ordinal());
        return g;
    }

    /** Terrain ordinals ({@link Terrain#ordinal()}); a fresh copy. */
    public IntGrid2D terrainGrid() {
        IntGrid2D g = new IntGrid2D(WIDTH, HEIGHT);
        fill(g, i -> terrain[i].ordinal());
        return g;
    }

    /** Elevation in metres; a fresh copy. */
    public DoubleGrid2D elevationGrid() {
        DoubleGrid2D g = new DoubleGrid2D(WIDTH, HEIGHT);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                g.field[x][y] = elevation[y * WIDTH + x];
            }
        }
        return g;
    }

    /** Ruggedness in metres; a fresh copy. */
    public DoubleGrid2D ruggednessGrid() {
        DoubleGrid2D g = new DoubleGrid2D(WIDTH, HEIGHT);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                g.field[x][y] = ruggedness[y * WIDTH + x];
            }
        }
        return g;
    }

    /** 0 dry, 1 river, 2 lake or wide reach; a fresh copy. */
    public IntGrid2D riverGrid() {
        IntGrid2D g = new IntGrid2D(WIDTH, HEIGHT);
        fill(g, i -> water[i]);
        return g;
    }

    /** 0 no road, 1 national road, 2 track; a fresh copy. */
    public IntGrid2D roadGrid() {
        IntGrid2D g = new IntGrid2D(WIDTH, HEIGHT);
        fill(g, i -> road[i]);
        return g;
    }

    private static void fill(IntGrid2D g, java.util.function.IntUnaryOperator value) {
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                g.field[x][y] = value.applyAsInt(y * WIDTH + x);
            }
        }
    }

    // ------------------------------------------------------------------ towns

    /** All towns, sorted by name. */
    public List<Town> towns() {
        return towns;
    }

    /** A town by name, ignoring case, accents, spaces and hyphens, with common alternative spellings; null if unknown. */
    public Town town(String name) {
        return places.town(name);
    }

    /** The town nearest to the centre of a cell (great-circle distance). */
    public Town nearestTown(int x, int y) {
        Town best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Town t : towns) {
            double d = distanceKm(latOf(y), lonOf(x), t.lat(), t.lon());
            if (d < bestKm) {
                bestKm = d;
                best = t;
            }
        }
        return best;
    }

    /** The names of the map's towns, with their alternative spellings. */
    public PlaceNames places() {
        return places;
    }

    /** aliases.csv: alternative spellings of town names, {alias, name in towns.csv}. */
    private List<String[]> readAliases() {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = reader("aliases.csv")) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split(";", 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("map resource aliases.csv", e);
        }
        return out;
    }


    private List<Town> loadTowns() {
        List<Town> list = new ArrayList<>();
        try (BufferedReader r = reader("towns.csv")) {
            String header = r.readLine();
            if (header == null || !header.startsWith("name;lat;lon;population;region;geonameId;source")) {
                throw new IllegalStateException("towns.csv: unexpected header " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", 7);
                double lat = Double.parseDouble(f[1]);
                double lon = Double.parseDouble(f[2]);
                int x = cellX(lon);
                int y = cellY(lat);
                if (x < 0 || y < 0) {
                    throw new IllegalStateException("towns.csv: " + f[0] + " is outside the grid");
                }
                list.add(new Town(f[0], lat, lon, x, y, Integer.parseInt(f[3]), f[4], Long.parseLong(f[5]), f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        list.sort(Comparator.comparing(t -> PlaceNames.key(t.name())));
        return List.copyOf(list);
    }

    // ------------------------------------------------------------------ roads

    public List<Road> roads() {
        return roads;
    }

    /** Length multiplier applied to the straight polylines of roads.json (documented there). */
    public double roadCircuityFactor() {
        return circuity;
    }

    private List<Road> loadRoads(JsonNode root) {
        List<Road> list = new ArrayList<>();
        for (JsonNode rn : root.path("roads")) {
            String id = rn.path("id").asText();
            RoadClass cls = switch (rn.path("class").asText()) {
                case "national" -> RoadClass.NATIONAL;
                case "track" -> RoadClass.TRACK;
                default -> throw new IllegalStateException("roads.json: road " + id + " has bad class " + rn.path("class"));
            };
            List<double[]> pts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode p : rn.path("path")) {
                if (p.isTextual()) {
                    Town t = town(p.asText());
                    if (t == null) {
                        throw new IllegalStateException("roads.json: road " + id + " names unknown town " + p.asText());
                    }
                    pts.add(new double[] {t.lat(), t.lon()});
                    names.add(t.name());
                } else {
                    pts.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
                }
            }
            list.add(new Road(id, rn.path("name").asText(), cls, pts, names));
        }
        return List.copyOf(list);
    }

    private void rasteriseRoads() {
        for (Road rd : roads) {
            int code = rd.roadClass() == RoadClass.NATIONAL ? 1 : 2;
            List<double[]> p = rd.points();
            for (int i = 1; i < p.size(); i++) {
                double[] a = p.get(i - 1);
                double[] b = p.get(i);
                int steps = (int) Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / 0.01) + 1;
                for (int k = 0; k <= steps; k++) {
                    int x = cellX(a[1] + (b[1] - a[1]) * k / steps);
                    int y = cellY(a[0] + (b[0] - a[0]) * k / steps);
                    if (x >= 0 && y >= 0) {
                        int j = y * WIDTH + x;
                        if (road[j] == 0 || code < road[j]) {
                            road[j] = code;
                        }
                    }
                }
            }
        }
    }

    private void buildRoadGraph() {
        int n = towns.size();
        Map<Town, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(towns.get(i), i);
            links.put(towns.get(i), new ArrayList<>());
        }
        for (double[] row : roadKm) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int[] row : roadNext) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < n; i++) {
            roadKm[i][i] = 0;
            roadNext[i][i] = i;
        }
        for (Road rd : roads) {
            List<double[]> p = rd.points();
            Town prev = null;
            double km = 0;
            for (int i = 0; i < p.size(); i++) {
                if (i > 0) {
                    km += distanceKm(p.get(i - 1)[0], p.get(i - 1)[1], p.get(i)[0], p.get(i)[1]) * circuity;
                }
                Town here = townAt(p.get(i), rd.towns());
                if (here != null) {
                    if (prev != null) {
                        links.get(prev).add(new RoadLink(prev, here, km, rd.roadClass()));
                        links.get(here).add(new RoadLink(here, prev, km, rd.roadClass()));
                        int a = index.get(prev);
                        int b = index.get(here);
                        if (km < roadKm[a][b]) {
                            roadKm[a][b] = km;
                            roadKm[b][a] = km;
                            roadNext[a][b] = b;
                            roadNext[b][a] = a;
                        }
                    }
                    prev = here;
                    km = 0;
                }
            }
        }
        // Floyd-Warshall: towns are few (about 50), so all pairs are cheap and lookups constant.
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double d = roadKm[i][k] + roadKm[k][j];
                    if (d < roadKm[i][j]) {
                        roadKm[i][j] = d;
                        roadNext[i][j] = roadNext[i][k];
                    }
                }
            }
        }
        for (Map.Entry<Town, List<RoadLink>> e : links.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
    }

    private Town townAt(double[] point, List<String> names) {
        for (String name : names) {
            Town t = town(name);
            if (t.lat() == point[0] && t.lon() == point[1]) {
                return t;
            }
        }
        return null;
    }

    /** Towns adjacent to t along a road, with the distance along the road. */
    public List<RoadLink> links(Town t) {
        List<RoadLink> l = links.get(t);
        return l == null ? List.of() : l;
    }

    /** Shortest path over the road network, or null if the towns are not connected. */
    public RoadPath roadPath(Town a, Town b) {
        int i = townIndex(a);
        int j = townIndex(b);
        int from = i;
        if (i < 0 || j < 0 || roadNext[i][j] < 0) {
            return null;
        }
        List<Town> path = new ArrayList<>();
        path.add(towns.get(i));
        while (i != j) {
            i = roadNext[i][j];
            path.add(towns.get(i));
        }
        return new RoadPath(path, roadKm[from][j]);
    }

    /** Road distance in km, {@link Double#POSITIVE_INFINITY} if not connected. */
    public double roadKm(Town a, Town b) {
        int i = townIndex(a);
        int j = townIndex(b);
        return i < 0 || j < 0 ? Double.POSITIVE_INFINITY : roadKm[i][j];
    }

    /** Index of a town in {@link #towns} (as {@code indexOf}: the first equal town), -1 if none. */
    private int townIndex(Town t) {
        Integer i = townIndex.get(t);
        return i != null ? i : towns.indexOf(t);
    }

    // ------------------------------------------------------------------ regions

    /**
     * An air base outside the map's towns (air-bases.csv: N'Djamena, Niamey, ...) as {lat, lon},
     * by name or alias (folded as town names are); null if unknown.
     */
    public double[] foreignAirBase(String name) {
        if (name == null) {
            return null;
        }
        double[] b = airBases.get(PlaceNames.key(name));
        return b == null ? null : b.clone();
    }

    /** The capital (theatre.json). */
    public Town capital() {
        return capital;
    }

    /** The mountain redoubt's id (theatre.json; R6). */
    public String redoubtId() {
        return redoubtId;
    }

    /** The regions that make up the mountain redoubt (theatre.json; R6). */
    public List<String> redoubtRegions() {
        return redoubtRegions;
    }

    /** The towns around the redoubt through which it is resupplied (theatre.json; R7). */
    public List<Town> redoubtRingTowns() {
        return redoubtRingTowns;
    }

    private Town requireTown(String name, String where) {
        Town t = places.town(name);
        if (t == null) {
            throw new IllegalStateException("map resource " + where + ": no town '" + name + "'");
        }
        return t;
    }

    /** The names of the foreign air bases, for messages. */
    public List<String> foreignAirBaseNames() {
        return airBaseNames;
    }

    private void readAirBases() {
        try (BufferedReader r = reader("air-bases.csv")) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", 5);
                double[] at = {Double.parseDouble(f[2]), Double.parseDouble(f[3])};
                airBaseNames.add(f[0]);
                airBases.put(PlaceNames.key(f[0]), at);
                for (String alias : f[1].split(",")) {
                    if (!alias.isBlank()) {
                        airBases.put(PlaceNames.key(alias), at);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("map resource air-bases.csv", e);
        }
    }

    /** A named region: "ifoghas", "tigharghar", "niger-valley", "tanezrouft"; null if unknown. */
    public Region region(String id) {
        return id == null ? null : regions.get(id.toLowerCase(Locale.ROOT));
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    // ------------------------------------------------------------------ routing

    /**
     * Least-cost 8-neighbour path between two cells (Dijkstra). A step costs its ground length
     * times the mean {@link #moveCost} of the two cells, so the path follows roads where they
     * help. Null if an end is outside the grid.
     */
    public Route route(int x0, int y0, int x1, int y1) {
        if (!inGrid(x0, y0) || !inGrid(x1, y1)) {
            return null;
        }
        int n = WIDTH * HEIGHT;
        double[] dist = new double[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(prev, -1);
        int start = y0 * WIDTH + x0;
        int goal = y1 * WIDTH + x1;
        dist[start] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
        queue.add(new double[] {0, start});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int i = (int) top[1];
            if (top[0] > dist[i]) {
                continue;
            }
            if (i == goal) {
                break;
            }
            int x = i % WIDTH;
            int y = i / WIDTH;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if ((dx == 0 && dy == 0) || !inGrid(x + dx, y + dy)) {
                        continue;
                    }
                    int j = (y + dy) * WIDTH + x + dx;
                    double d = dist[i] + stepKm(x, y, dx, dy) * (moveCost[i] + moveCost[j]) / 2;
                    if (d < dist[j]) {
                        dist[j] = d;
                        prev[j] = i;
                        queue.add(new double[] {d, j});
                    }
                }
            }
        }
        ArrayDeque<Integer> cells = new ArrayDeque<>();
        for (int i = goal; i != -1; i = prev[i]) {
            cells.addFirst(i);
        }
        int[] xs = new int[cells.size()];
        int[] ys = new int[cells.size()];
        int k = 0;
        double km = 0;
        for (int i : cells) {
            xs[k] = i % WIDTH;
            ys[k] = i / WIDTH;
            if (k > 0) {
                km += stepKm(xs[k - 1], ys[k - 1], xs[k] - xs[k - 1], ys[k] - ys[k - 1]);
            }
            k++;
        }
        return new Route(xs, ys, km, dist[goal]);
    }

    private double stepKm(int x, int y, int dx, int dy) {
        double latMid = Math.toRadians(latOf(y) - dy * CELL_DEG / 2);
        double kmPerDeg = Math.PI * EARTH_RADIUS_KM / 180;
        double ex = dx * CELL_DEG * kmPerDeg * Math.cos(latMid);
        double ey = dy * CELL_DEG * kmPerDeg;
        return Math.sqrt(ex * ex + ey * ey);
    }

    // ------------------------------------------------------------------ drawing data

    /** Country borders as {lat, lon} polylines (Natural Earth 10m), for drawing. */
    public List<double[][]> borderLines() {
        return borders;
    }

    /** Mali's boundary as closed {lat, lon} rings (Natural Earth 10m), for drawing. */
    public List<double[][]> maliOutline() {
        return maliOutline;
    }

    /** River centre lines (GSHHG/WDB), for drawing. */
    public List<WaterLine> riverLines() {
        return riverLines;
    }

    /** Lake and wide-river shorelines as closed {lat, lon} rings (GSHHG), for drawing. */
    public List<double[][]> lakeRings() {
        return lakeRings;
    }

    // ------------------------------------------------------------------ resources

    private static BufferedReader reader(String name) {
        InputStream in = MaliMap.class.getResourceAsStream(RES + name);
        if (in == null) {
            throw new IllegalStateException("map resource missing: " + RES + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static JsonNode readJson(ObjectMapper json, String name) {
        try (BufferedReader r = reader(name)) {
            return json.readTree(r);
        } catch (IOException e) {
            throw new UncheckedIOException(RES + name, e);
        }
    }

    private static List<double[][]> polylines(Iterable<JsonNode> lines) {
        List<double[][]> out = new ArrayList<>();
        for (JsonNode line : lines) {
            double[][] pts = new double[line.size()][];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = new double[] {line.get(i).get(0).asDouble(), line.get(i).get(1).asDouble()};
            }
            out.add(pts);
        }
        return Collections.unmodifiableList(out);
    }

    int rawWater(int i) {
        return water[i];
    }
}
