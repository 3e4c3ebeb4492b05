package org.sahelsim.experiment;

import java.util.List;
import java.util.TreeSet;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Town;

/**
 * Mali's administrative regions (Kayes, Koulikoro, Sikasso, Ségou, Mopti, Tombouctou, Gao, Kidal,
 * Ménaka, Taoudénit and the district of Bamako) for reporting events by region. The map carries
 * each town's region (towns.csv) but no region borders, so a place belongs to the region of the
 * nearest map town (great-circle distance): a Voronoi approximation of the borders, exact at the
 * towns, where nearly all events happen. Computed once per JVM for every grid cell.
 */
public final class AdminRegions {
    private static volatile AdminRegions instance;

    private final List<String> names;
    private final List<Town> towns;
    private final int[] townRegion;
    private final byte[] cellRegion;

    private AdminRegions(MaliMap map) {
        this.towns = map.towns();
        TreeSet<String> set = new TreeSet<>();
        for (Town t : towns) {
            set.add(t.region());
        }
        this.names = List.copyOf(set);
        this.townRegion = new int[towns.size()];
        for (int i = 0; i < towns.size(); i++) {
            townRegion[i] = names.indexOf(towns.get(i).region());
        }
        this.cellRegion = new byte[MaliMap.WIDTH * MaliMap.HEIGHT];
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                cellRegion[y * MaliMap.WIDTH + x] = (byte) nearest(map.latOf(y), map.lonOf(x));
            }
        }
    }

    public static AdminRegions get() {
        AdminRegions r = instance;
        if (r == null) {
            synchronized (AdminRegions.class) {
                r = instance;
                if (r == null) {
                    r = new AdminRegions(MaliMap.get());
                    instance = r;
                }
            }
        }
        return r;
    }

    /** The region names in alphabetical order; {@link #of} returns indexes into it. */
    public List<String> names() {
        return names;
    }

    /** The region of a position (index into {@link #names}). */
    public int of(double lat, double lon) {
        int x = MaliMap.get().cellX(lon);
        int y = MaliMap.get().cellY(lat);
        if (x < 0 || y < 0) {
            return nearest(lat, lon);
        }
        return cellRegion[y * MaliMap.WIDTH + x];
    }

    private int nearest(double lat, double lon) {
        double best = Double.POSITIVE_INFINITY;
        int at = 0;
        for (int i = 0; i < towns.size(); i++) {
            double d = MaliMap.distanceKm(lat, lon, towns.get(i).lat(), towns.get(i).lon());
            if (d < best) {
                best = d;
                at = i;
            }
        }
        return townRegion[at];
    }
}
