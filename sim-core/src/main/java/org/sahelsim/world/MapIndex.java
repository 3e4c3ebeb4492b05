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

    /** Side of a block of rural control, in cells ({@link #ruralBlockCount()}): 3 cells, about 33 km. */
    public static final int RURAL_BLOCK_CELLS = 3;
    /** Blocks of rural control that hold Mali countryside cells, and their centres in cell coordinates. */
    private final int[] blockGx;
    private final int[] blockGy;
    private final double[] blockCx;
    private final double[] blockCy;
    /** Block index of each grid block (row-major over the grid of blocks), -1 if it holds no Mali countryside. */
    private final int[] blockAt;
    private final int blocksWide;
    private final int blocksHigh;
    /** Per block, its countryside cells grouped by territory town: groups blockGroupStart[b] .. blockGroupStart[b + 1] - 1. */
    private final int[] blockGroupStart;
    private final int[] groupTown;
    private final int[] groupCells;
    /** Per town, 1 if its own cell is a Mali cell (counted for the town's side, not as countryside). */
    private final int[] townOwnCell;

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
        // rural control: Mali cells other than the towns' own cells, in blocks, grouped by territory town
        townOwnCell = new int[towns.size()];
        boolean[] ownCell = new boolean[w * h];
        for (int i = 0; i < towns.size(); i++) {
            Town t = towns.get(i);
            if (t.x() >= 0 && t.y() >= 0 && t.x() < w && t.y() < h && map.inMali(t.x(), t.y()) && !ownCell[t.y() * w + t.x()]) {
                ownCell[t.y() * w + t.x()] = true;
                townOwnCell[i] = 1;
            }
        }
        int b = RURAL_BLOCK_CELLS;
        blocksWide = (w + b - 1) / b;
        blocksHigh = (h + b - 1) / b;
        blockAt = new int[blocksWide * blocksHigh];
        java.util.Arrays.fill(blockAt, -1);
        List<Integer> gx = new ArrayList<>();
        List<Integer> gy = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> gTown = new ArrayList<>();
        List<Integer> gCells = new ArrayList<>();
        for (int by = 0; by < blocksHigh; by++) {
            for (int bx = 0; bx < blocksWide; bx++) {
                Map<Integer, Integer> byTown = new java.util.TreeMap<>();
                for (int y = by * b; y < Math.min(h, by * b + b); y++) {
                    for (int x = bx * b; x < Math.min(w, bx * b + b); x++) {
                        int c = y * w + x;
                        if (cellTown[c] != -2 && !ownCell[c]) {
                            byTown.merge(cellTown[c], 1, Integer::sum);
                        }
                    }
                }
                if (byTown.isEmpty()) {
                    continue;
                }
                blockAt[by * blocksWide + bx] = gx.size();
                gx.add(bx);
                gy.add(by);
                starts.add(gTown.size());
                for (Map.Entry<Integer, Integer> e : byTown.entrySet()) {
                    gTown.add(e.getKey());
                    gCells.add(e.getValue());
                }
            }
        }
        starts.add(gTown.size());
        blockGx = gx.stream().mapToInt(Integer::intValue).toArray();
        blockGy = gy.stream().mapToInt(Integer::intValue).toArray();
        blockCx = new double[blockGx.length];
        blockCy = new double[blockGx.length];
        for (int i = 0; i < blockGx.length; i++) {
            blockCx[i] = Math.min(w, blockGx[i] * b + b) * 0.5 + blockGx[i] * b * 0.5;
            blockCy[i] = Math.min(h, blockGy[i] * b + b) * 0.5 + blockGy[i] * b * 0.5;
        }
        blockGroupStart = starts.stream().mapToInt(Integer::intValue).toArray();
        groupTown = gTown.stream().mapToInt(Integer::intValue).toArray();
        groupCells = gCells.stream().mapToInt(Integer::intValue).toArray();
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

    /** Number of blocks of rural control (blocks of {@link #RURAL_BLOCK_CELLS} cells holding Mali countryside). */
    public int ruralBlockCount() { return blockGx.length; }
    /** Centre of a block of rural control, in cell coordinates. */
    public double ruralBlockX(int block) { return blockCx[block]; }
    public double ruralBlockY(int block) { return blockCy[block]; }
    /** Blocks across and down the grid of blocks. */
    public int ruralBlocksWide() { return blocksWide; }
    public int ruralBlocksHigh() { return blocksHigh; }
    /** The block of rural control at block coordinates (bx, by), or -1 if it holds no Mali countryside. */
    public int ruralBlockAt(int bx, int by) {
        return bx < 0 || by < 0 || bx >= blocksWide || by >= blocksHigh ? -1 : blockAt[by * blocksWide + bx];
    }
    /** The block's countryside cells come in groups by territory town: groups [first, end). */
    public int ruralGroupsFirst(int block) { return blockGroupStart[block]; }
    public int ruralGroupsEnd(int block) { return blockGroupStart[block + 1]; }
    /** Territory town of a group (its index, or -1 for cells with no town within the territory radius). */
    public int ruralGroupTown(int group) { return groupTown[group]; }
    /** Number of Mali countryside cells in a group. */
    public int ruralGroupCells(int group) { return groupCells[group]; }
    /** 1 if the town's own cell is a Mali cell counted for the town's side (the first town of a shared cell), else 0. */
    public int townOwnCell(int townIndex) { return townOwnCell[townIndex]; }
}
