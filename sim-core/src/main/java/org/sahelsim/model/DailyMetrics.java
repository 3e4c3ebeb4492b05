package org.sahelsim.model;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.EventType;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.world.World;

/**
 * The daily metrics of a run ({@link MetricColumns}): strength by faction, towns and territory by
 * side, casualties, events by type. Territory follows towns and the presence of armed units (see
 * docs/ODD.md, "Territory share").
 */
public final class DailyMetrics {
    private final double influenceKm;
    private final double[] metrics = new double[MetricColumns.count()];

    /** @param influenceKm armed units hold the countryside within this distance (R9's liberation.influenceKm) */
    DailyMetrics(double influenceKm) {
        this.influenceKm = influenceKm;
    }

    /** The metrics of the last completed day (the live array: copy it to keep it). */
    double[] values() {
        return metrics;
    }

    /** Fills the metrics of the day just ended. */
    void compute(World w) {
        double[] m = metrics;
        java.util.Arrays.fill(m, 0);
        for (Unit u : w.units()) {
            if (u.isAlive()) {
                m[MetricColumns.strength(u.getFaction())] += u.getStrength();
            }
        }
        double[] territory = territoryBySide(w);
        for (TownAgent t : w.towns()) {
            Side s = t.isContested() ? Side.NONE : t.getControlSide();
            m[MetricColumns.towns(s)]++;
        }
        for (Side s : Side.values()) {
            m[MetricColumns.territory(s)] = territory[s.ordinal()];
            if (s != Side.NONE) {
                m[MetricColumns.casualties(s)] = w.casualties(s);
            }
        }
        m[MetricColumns.civilianCasualties()] = w.civilianCasualties();
        for (EventType t : EventType.values()) {
            m[MetricColumns.events(t)] = w.eventsToday(t);
        }
        m[MetricColumns.idps()] = w.civilians().idps();
        m[MetricColumns.refugees()] = w.civilians().refugees();
    }

    /**
     * Row spans of the influence disc, per grid row of its centre: {dy, dxMin, dxMax} triples
     * (a disc meets each row in one interval of cells).
     */
    private int[][] discSpans;
    /** Per side and row, the difference array of today's influence: +strength at a span's start, - after its end. */
    private double[][] rowDiff;
    private final double[] running = new double[Side.values().length];

    /** For each grid row, the row spans {dy, dxMin, dxMax} of the cells whose centres lie within km of a cell centre of that row. */
    private static int[][] discSpans(double km) {
        int h = MaliMap.HEIGHT;
        int[][] out = new int[h][];
        int ry = (int) Math.ceil(km / Grid.KM_PER_CELL);
        for (int cy = 0; cy < h; cy++) {
            List<Integer> l = new ArrayList<>();
            for (int dy = -ry; dy <= ry; dy++) {
                double yc = cy + dy + 0.5;
                double kmX = Grid.KM_PER_CELL * Math.cos(Math.toRadians(Grid.lat((cy + 0.5 + yc) / 2)));
                int rx = (int) Math.ceil(km / kmX) + 1;
                int lo = Integer.MAX_VALUE;
                int hi = Integer.MIN_VALUE;
                for (int dx = -rx; dx <= rx; dx++) {
                    if (Grid.km(0.5, cy + 0.5, dx + 0.5, yc) <= km) {
                        lo = Math.min(lo, dx);
                        hi = Math.max(hi, dx);
                    }
                }
                if (lo <= hi) {
                    l.add(dy);
                    l.add(lo);
                    l.add(hi);
                }
            }
            out[cy] = l.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Territory share by side (see ODD, "Territory share"): a Mali cell belongs to the side
     * controlling its town (the nearest within liberation.territoryRadiusKm) unless armed units
     * stand within liberation.influenceKm of it: a side present alone (or the strongest of
     * tolerant sides) holds the countryside unless it tolerates the town's side; hostile sides
     * present together make it contested ({@code none}). Computed from the towns' cell counts,
     * corrected only on the cells near units.
     */
    public double[] territoryBySide(World world) {
        int nSides = Side.values().length;
        int w = MaliMap.WIDTH;
        int h = MaliMap.HEIGHT;
        double[] count = new double[nSides];
        int assigned = 0;
        for (TownAgent t : world.towns()) {
            Side s = t.isContested() ? Side.NONE : t.getControlSide();
            int cells = world.index().territoryCells(t.index());
            count[s.ordinal()] += cells;
            assigned += cells;
        }
        count[Side.NONE.ordinal()] += world.index().maliCells() - assigned;
        double km = influenceKm;
        if (km <= 0) {
            return shares(world, count);
        }
        if (discSpans == null) {
            discSpans = discSpans(km);
            rowDiff = new double[nSides * h][w + 1];
        }
        // each unit adds its strength along the row spans of its disc (two entries a row): the cost
        // is linear in the units and the grid, whatever the run's length and the units' spread
        int rowMin = h;
        int rowMax = -1;
        for (Unit u : world.units()) {
            if (!u.isAlive() || (u instanceof ArmedUnit a && (a.isInExile() || a.getPosture() == Posture.DISPERSE))) {
                continue;
            }
            int cx = Math.max(0, Math.min(w - 1, u.cellX()));
            int cy = Math.max(0, Math.min(h - 1, u.cellY()));
            int side = world.sideOf(u.getFaction()).ordinal();
            double str = u.getStrength();
            int[] spans = discSpans[cy];
            for (int o = 0; o < spans.length; o += 3) {
                int y = cy + spans[o];
                if (y < 0 || y >= h) {
                    continue;
                }
                int x0 = Math.max(0, cx + spans[o + 1]);
                int x1 = Math.min(w - 1, cx + spans[o + 2]);
                if (x0 > x1) {
                    continue;
                }
                double[] row = rowDiff[side * h + y];
                row[x0] += str;
                row[x1 + 1] -= str;
                rowMin = Math.min(rowMin, y);
                rowMax = Math.max(rowMax, y);
            }
        }
        boolean[][] hostileSides = new boolean[nSides][nSides];
        for (Side a : Side.values()) {
            for (Side b : Side.values()) {
                hostileSides[a.ordinal()][b.ordinal()] = world.relations().sidesHostile(a, b);
            }
        }
        Side[] sides = Side.values();
        double[] influence = running;
        for (int y = rowMin; y <= rowMax; y++) {
            java.util.Arrays.fill(influence, 0);
            for (int x = 0; x < w; x++) {
                boolean any = false;
                for (int s = 0; s < nSides; s++) {
                    influence[s] += rowDiff[s * h + y][x];
                    any |= influence[s] > 0;
                }
                int c = y * w + x;
                if (!any || world.index().cellTown(c) == -2) {
                    continue;
                }
                int ti = world.index().cellTown(c);
                Side town = ti < 0 ? Side.NONE : (world.towns().get(ti).isContested() ? Side.NONE : world.towns().get(ti).getControlSide());
                Side owner = town;
                int strongest = -1;
                double best = 0;
                boolean clash = false;
                for (int s = 0; s < nSides; s++) {
                    double v = influence[s];
                    if (v <= 0) {
                        continue;
                    }
                    for (int o = 0; o < s; o++) {
                        if (influence[o] > 0 && hostileSides[s][o]) {
                            clash = true;
                        }
                    }
                    if (v > best) {
                        best = v;
                        strongest = s;
                    }
                }
                if (clash) {
                    owner = Side.NONE;
                } else if (strongest >= 0 && (town == Side.NONE || hostileSides[strongest][town.ordinal()])) {
                    owner = sides[strongest];
                }
                if (owner != town) {
                    count[town.ordinal()]--;
                    count[owner.ordinal()]++;
                }
            }
            for (int s = 0; s < nSides; s++) {
                java.util.Arrays.fill(rowDiff[s * h + y], 0);
            }
        }
        return shares(world, count);
    }

    private static double[] shares(World world, double[] count) {
        int n = world.index().maliCells();
        for (int s = 0; s < count.length; s++) {
            count[s] = n == 0 ? 0 : count[s] / n;
        }
        return count;
    }
}
