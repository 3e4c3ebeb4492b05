package org.sahelsim.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The places of the civilians submodel, read once from the map resources: the refugee camps
 * ({@code camps.csv}) and the census population of each region ({@code census.csv}, RGPH 2009),
 * which gives every town a catchment: the people of its region, shared between the region's
 * towns of the map in proportion to their own population (the countryside around them).
 * Immutable and shared by all runs.
 */
public final class Camps {
    private static final String RES = "/org/sahelsim/map/";
    private static volatile Camps instance;

    private final List<Camp> camps;
    /** Region of the map -> {census region, census population}. */
    private final Map<String, String> censusRegion = new HashMap<>();
    private final Map<String, Integer> censusPopulation = new HashMap<>();

    public static Camps get() {
        Camps c = instance;
        if (c == null) {
            synchronized (Camps.class) {
                c = instance;
                if (c == null) {
                    c = new Camps();
                    instance = c;
                }
            }
        }
        return c;
    }

    private Camps() {
        List<Camp> l = new ArrayList<>();
        for (String[] f : rows("camps.csv", 6)) {
            l.add(new Camp(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]), f[5]));
        }
        camps = List.copyOf(l);
        for (String[] f : rows("census.csv", 4)) {
            censusRegion.put(f[0], f[1]);
            censusPopulation.put(f[1], Integer.parseInt(f[2]));
        }
    }

    /** The camps, in file order. */
    public List<Camp> camps() {
        return camps;
    }

    /** The countries of the camps, in file order. */
    public List<String> countries() {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        for (Camp c : camps) {
            s.add(c.country());
        }
        return List.copyOf(s);
    }

    /**
     * The catchment of each town (same order): its census region's population shared between the
     * towns of that region in proportion to their population; a town whose region has no census
     * figure keeps its own population.
     */
    public int[] catchments(List<Town> towns) {
        Map<String, Long> townsInCensus = new HashMap<>();
        for (Town t : towns) {
            String cr = censusRegion.get(t.region());
            if (cr != null) {
                townsInCensus.merge(cr, (long) t.population(), Long::sum);
            }
        }
        int[] out = new int[towns.size()];
        for (int i = 0; i < towns.size(); i++) {
            Town t = towns.get(i);
            String cr = censusRegion.get(t.region());
            long sum = cr == null ? 0 : townsInCensus.get(cr);
            out[i] = cr == null || sum <= 0 ? t.population()
                    : (int) Math.round((double) censusPopulation.get(cr) * t.population() / sum);
            out[i] = Math.max(out[i], t.population());
        }
        return out;
    }

    private static List<String[]> rows(String name, int fields) {
        InputStream in = Camps.class.getResourceAsStream(RES + name);
        if (in == null) {
            throw new IllegalStateException("map resource missing: " + RES + name);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", fields);
                if (f.length != fields) {
                    throw new IllegalStateException("map resource " + name + ":" + n + ": expected " + fields + " fields");
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("map resource " + name, e);
        }
        return out;
    }
}
