package org.sahelsim.world;

import org.sahelsim.map.Grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.map.Country;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Region;
import org.sahelsim.map.Town;

/**
 * Lookups derived once from the shared read-only {@link MaliMap} and shared read-only between
 * runs: which town a cell belongs to, the redoubt's cells, the Algerian border cells, and which
 * town each Mali cell is attached to for the territory metric. Nothing here changes after it is
 * built, so concurrent runs can share it.
 */
public final class MapIndex {

    private static final Map<Long, MapIndex> CACHE = new HashMap<>();

    private final MaliMap map;
    private final List<Town> towns;
    /** Town index of each cell (the town's cell and its 8 neighbours), -1 if none. */
    private final int[] townAtCell;
    /** Encoded cells (y * WIDTH + x) of the redoubt regions, in scan order. */
    private final int[] redoubtCells;
    /** Encoded Algerian cells adjacent to Mali (R7, R18 border crossings), in scan order. */
    private final int[] algerianBorderCells;
    /** For the territory metric: number of Mali cells attached to each town. */
    private final int[] territoryCellsPerTown;
    private final int maliCells;
    /** Encoded Mali cells (y * WIDTH + x) and, for each, the index of its territory town or -1. */
    private final int[] maliCellList;
    private final int[] maliCellTown;
    /** For every grid cell: its territory town index, -1 for a Mali cell without one, -2 outside Mali. */
    private final int[] cellTown;
    private final boolean[] redoubtMask;

    public static MapIndex of(MaliMap map, double territoryRadiusKm) {
        long key = ((long) System.identityHashCode(map) << 32) ^ Double.doubleToLongBits(territoryRadiusKm);
        synchronized (CACHE) {
            MapIndex idx = CACHE.get(key);
            if (idx == null || idx.map != map) {
                idx = new MapIndex(map, territoryRadiusKm);
                CACHE.put(key, idx);
            }
            return idx;
        }
    }

    private MapIndex(MaliMap map, double territoryRadiusKm) {
        this.map = map;
        this.towns = Collections.unmodifiableList(new ArrayList<>(map.towns()));
        int w = MaliMap.WIDTH;
        int h = MaliMap.HEIGHT;
        townAtCell = new int[w * h];
        java.util.Arrays.fill(townAtCell, -1);
        for (int i = 0; i < towns.size(); i++) {
            Town t = towns.get(i);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int cx = t.x() + dx;
                    int cy = t.y() + dy;
                    if (cx >= 0 && cy >= 0 && cx < w && cy < h) {
                        int c = cy * w + cx;
                        // the town's own cell wins over a neighbour's ring
                        if (townAtCell[c] < 0 || (dx == 0 && dy == 0)) {
                            townAtCell[c] = i;
                        }
                    }
                }
            }
        }
        redoubtMask = new boolean[w * h];
        List<Region> regions = new ArrayList<>();
        for (String id : map.redoubtRegions()) { // R6; 004: "Ifoghas and Tigharghar mountains"
            Region r = map.region(id);
            if (r != null) {
                regions.add(r);
            }
        }
        List<Integer> red = new ArrayList<>();
        List<Integer> alg = new ArrayList<>();
        territoryCellsPerTown = new int[towns.size()];
        int mali = 0;
        List<Integer> mc = new ArrayList<>();
        List<Integer> mt = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (Region r : regions) {
                    if (r.contains(x, y)) {
                        red.add(y * w + x);
                        redoubtMask[y * w + x] = true;
                        break;
                    }
                }
                if (map.country(x, y) == Country.ALGERIA && touchesMali(map, x, y)) {
                    alg.add(y * w + x);
                }
                if (map.inMali(x, y)) {
                    mali++;
                    int best = -1;
                    double bestKm = territoryRadiusKm;
                    for (int i = 0; i < towns.size(); i++) {
                        Town t = towns.get(i);
                        double km = Grid.km(x + 0.5, y + 0.5, t.x() + 0.5, t.y() + 0.5);
                        if (km <= bestKm) {
                            bestKm = km;
                            best = i;
                        }
                    }
                    if (best >= 0) {
                        territoryCellsPerTown[best]++;
                    }
                    mc.add(y * w + x);
                    mt.add(best);
                }
            }
        }
        maliCells = mali;
        maliCellList = mc.stream().mapToInt(Integer::intValue).toArray();
        maliCellTown = mt.stream().mapToInt(Integer::intValue).toArray();
        cellTown = new int[w * h];
        java.util.Arrays.fill(cellTown, -2);
        for (int i = 0; i < maliCellList.length; i++) {
            cellTown[maliCellList[i]] = maliCellTown[i];
        }
        redoubtCells = red.stream().mapToInt(Integer::intValue).toArray();
        algerianBorderCells = alg.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean touchesMali(MaliMap map, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int cx = x + dx;
                int cy = y + dy;
                if (map.inGrid(cx, cy) && map.inMali(cx, cy)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<Town> towns() { return towns; }

    public int townAt(int cx, int cy) {
        if (cx < 0 || cy < 0 || cx >= MaliMap.WIDTH || cy >= MaliMap.HEIGHT) {
            return -1;
        }
        return townAtCell[cy * MaliMap.WIDTH + cx];
    }

    public boolean inRedoubt(int cx, int cy) {
        return cx >= 0 && cy >= 0 && cx < MaliMap.WIDTH && cy < MaliMap.HEIGHT && redoubtMask[cy * MaliMap.WIDTH + cx];
    }

    public int[] redoubtCells() { return redoubtCells.clone(); }
    public int redoubtCellCount() { return redoubtCells.length; }
    public int redoubtCell(int i) { return redoubtCells[i]; }
    public int algerianBorderCellCount() { return algerianBorderCells.length; }
    public int algerianBorderCell(int i) { return algerianBorderCells[i]; }
    public int territoryCells(int townIndex) { return territoryCellsPerTown[townIndex]; }
    public int maliCells() { return maliCells; }
    /** The i-th Mali cell, encoded y * WIDTH + x. */
    public int maliCell(int i) { return maliCellList[i]; }
    /** Territory town of an encoded cell: its index, -1 for a Mali cell without one, -2 outside Mali. */
    public int cellTown(int cell) { return cellTown[cell]; }
    /** Index of the territory town of the i-th Mali cell, or -1. */
    public int maliCellTown(int i) { return maliCellTown[i]; }
}
