package org.sahelsim.rules;

import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.map.Grid;
import org.sahelsim.world.MapIndex;
import org.sahelsim.world.World;

/**
 * Rural control with memory, the territory share of R9 (see docs/ODD.md, "Territory share"):
 * who governs the countryside between the towns.
 *
 * <p>Documents: in the centre the jihadists set the terms of village life while the state is
 * absent from the countryside (001, Niono); JNIM governs rural areas where it is present (003);
 * French operations and joint patrols (004, 002) and France's support to Malian posts (001) are
 * what lets the state reach out of its towns.
 *
 * <p>The countryside (Mali cells other than the towns' own cells) is cut into blocks of
 * {@link MapIndex#RURAL_BLOCK_CELLS} cells. Each day a side is <em>present</em> in a block when
 * one of its armed units (not in exile, not dispersing) is within {@code liberation.influenceKm}
 * of the block's centre (a post's or column's patrols, a band's rides to levy and preach), within
 * {@code liberation.supportedInfluenceKm} for a Malian or French unit that has French support
 * today ({@link CounterTerror#supports}), or within {@code counterTerror.supportAreaKm} of a French
 * raid flown today. Each block remembers, per side, the running share of days it was present
 * (an exponential average with time constant {@code liberation.ruralMemoryDays}); at the first
 * day of a run it starts at that day's presence. A side whose share is at least
 * {@code liberation.ruralRegularShare} is there <em>regularly</em>. Hostile sides both there
 * regularly: the block is contested ({@code none}); otherwise the side there most regularly
 * governs the block unless it tolerates the side of the block's town, which then keeps it; with
 * nobody there regularly the countryside follows its town (the nearest within
 * {@code liberation.territoryRadiusKm}, {@code none} beyond), as the settled south does. A town's
 * own cell always counts for the town's side ({@code none} while contested).
 *
 * <p>The cost per day is linear in the units (each marks the blocks its reach covers) and in the
 * blocks, whatever the length of the run.
 */
public final class RuralControl {
    private static final Side[] SIDES = {Side.GOVERNMENT, Side.JIHADIST, Side.SEPARATIST};
    private static final int N = SIDES.length;

    /** Per block and side (block * N + side index): the running share of days present. */
    private float[] regular;
    /** Per block: bit s set when side s is present today. */
    private int[] present;
    private boolean started;
    /**
     * Per group of countryside cells ({@link MapIndex#ruralGroupTown}): true once the war has
     * reached it (a side hostile to its town's side there regularly, or its town changed hands):
     * its town's administration has left, and only regular presence governs it from then on.
     */
    private boolean[] unsettled;
    /** Per town: its controlling side on the first day, and whether it has changed hands since. */
    private Side[] startSide;
    private boolean[] changedHands;
    private final double[] shares = new double[Side.values().length];

    private static int slot(Side s) {
        return switch (s) {
            case GOVERNMENT -> 0;
            case JIHADIST -> 1;
            case SEPARATIST -> 2;
            default -> -1;
        };
    }

    /** Advances the memory by one day: today's presence, then the running shares. Call once per day. */
    public void update(World w, Liberation.Params p, CounterTerror ct) {
        MapIndex idx = w.index();
        int nb = idx.ruralBlockCount();
        if (present == null || present.length != nb) {
            present = new int[nb];
            regular = new float[nb * N];
            started = false;
        }
        int nt = w.towns().size();
        if (!started) {
            unsettled = new boolean[idx.ruralGroupsFirst(nb)];
            startSide = new Side[nt];
            changedHands = new boolean[nt];
            for (int i = 0; i < nt; i++) {
                startSide[i] = w.towns().get(i).getControlSide();
            }
        }
        for (int i = 0; i < nt; i++) {
            changedHands[i] |= w.towns().get(i).getControlSide() != startSide[i];
        }
        java.util.Arrays.fill(present, 0);
        if (p.influenceKm() > 0 || p.supportedInfluenceKm() > 0) {
            for (Unit u : w.units()) {
                if (!u.isAlive() || u.getStrength() <= 0
                        || (u instanceof ArmedUnit a && (a.isInExile() || a.getPosture() == Posture.DISPERSE))) {
                    continue;
                }
                int s = slot(w.sideOf(u.getFaction()));
                if (s < 0) {
                    continue;
                }
                double km = p.influenceKm();
                if ((u.getFaction() == Faction.FAMA || u.getFaction() == Faction.FRANCE)
                        && p.supportedInfluenceKm() > km && ct.supports(w, u.getX(), u.getY())) {
                    km = p.supportedInfluenceKm();
                }
                mark(idx, u.getX(), u.getY(), km, 1 << s);
            }
        }
        int raids = ct.raidsToday(w);
        for (int i = 0; i < raids; i++) {
            mark(idx, ct.raidX(i), ct.raidY(i), ct.params().supportAreaKm(), 1 << slot(Side.GOVERNMENT));
        }
        float keep = (float) (1 - 1 / Math.max(1, p.ruralMemoryDays()));
        float gain = 1 - keep;
        for (int b = 0; b < nb; b++) {
            int bits = present[b];
            for (int s = 0; s < N; s++) {
                int k = b * N + s;
                float now = (bits >> s & 1) != 0 ? 1f : 0f;
                regular[k] = started ? regular[k] * keep + now * gain : now;
            }
        }
        started = true;
        // the war reaches a group of cells when a side hostile to its town's side is there regularly
        float threshold = (float) p.ruralRegularShare();
        boolean[][] hostile = hostility(w);
        Side[] townSide = new Side[nt];
        for (int i = 0; i < nt; i++) {
            townSide[i] = w.towns().get(i).getControlSide();
        }
        for (int b = 0; b < nb; b++) {
            for (int s = 0; s < N; s++) {
                float v = regular[b * N + s];
                if (v < threshold || v <= 0) {
                    continue;
                }
                for (int g = idx.ruralGroupsFirst(b); g < idx.ruralGroupsEnd(b); g++) {
                    int ti = idx.ruralGroupTown(g);
                    if (ti >= 0 && !unsettled[g] && hostile[s][townSide[ti].ordinal()]) {
                        unsettled[g] = true;
                    }
                }
            }
        }
    }

    /** hostile[s][side]: side slot s and a side are hostile today (R16's relations). */
    private static boolean[][] hostility(World w) {
        boolean[][] hostile = new boolean[N][Side.values().length];
        for (int a = 0; a < N; a++) {
            for (Side b : Side.values()) {
                hostile[a][b.ordinal()] = w.relations().sidesHostile(SIDES[a], b);
            }
        }
        return hostile;
    }

    /** Marks side bit {@code bit} present in every block whose centre is within km of (x, y). */
    private void mark(MapIndex idx, double x, double y, double km, int bit) {
        if (km <= 0) {
            return;
        }
        int b = MapIndex.RURAL_BLOCK_CELLS;
        double cells = km / Grid.KM_PER_CELL;
        double cellsX = cells / 0.85; // cos(31.8 deg), below every latitude of the map window
        int bx0 = (int) Math.floor((x - cellsX) / b);
        int bx1 = (int) Math.floor((x + cellsX) / b);
        int by0 = (int) Math.floor((y - cells) / b);
        int by1 = (int) Math.floor((y + cells) / b);
        for (int by = Math.max(0, by0); by <= Math.min(idx.ruralBlocksHigh() - 1, by1); by++) {
            for (int bx = Math.max(0, bx0); bx <= Math.min(idx.ruralBlocksWide() - 1, bx1); bx++) {
                int k = idx.ruralBlockAt(bx, by);
                if (k >= 0 && (present[k] & bit) == 0 && Grid.km(x, y, idx.ruralBlockX(k), idx.ruralBlockY(k)) <= km) {
                    present[k] |= bit;
                }
            }
        }
    }

    /**
     * Territory share by side from the current memory (no change of state): fractions of all Mali
     * cells, summing to 1. Before the first update the countryside follows its towns.
     */
    public double[] territoryBySide(World w, Liberation.Params p) {
        MapIndex idx = w.index();
        double[] count = shares;
        java.util.Arrays.fill(count, 0);
        int none = Side.NONE.ordinal();
        int nt = w.towns().size();
        Side[] townSide = new Side[nt];
        for (int i = 0; i < nt; i++) {
            TownAgent t = w.towns().get(i);
            townSide[i] = t.isContested() ? Side.NONE : t.getControlSide();
            count[townSide[i].ordinal()] += idx.townOwnCell(i);
        }
        boolean[][] hostile = hostility(w);
        float threshold = (float) p.ruralRegularShare();
        boolean memory = started && regular != null && regular.length == idx.ruralBlockCount() * N;
        for (int b = 0; b < idx.ruralBlockCount(); b++) {
            int best = -1;
            boolean clash = false;
            if (memory) {
                float bestShare = 0;
                for (int s = 0; s < N; s++) {
                    float v = regular[b * N + s];
                    if (v < threshold || v <= 0) {
                        continue;
                    }
                    for (int o = 0; o < s; o++) {
                        float vo = regular[b * N + o];
                        if (vo >= threshold && vo > 0 && hostile[s][SIDES[o].ordinal()]) {
                            clash = true;
                        }
                    }
                    if (v > bestShare) {
                        bestShare = v;
                        best = s;
                    }
                }
            }
            for (int g = idx.ruralGroupsFirst(b); g < idx.ruralGroupsEnd(b); g++) {
                int ti = idx.ruralGroupTown(g);
                Side town = ti < 0 ? Side.NONE : townSide[ti];
                int owner;
                if (clash) {
                    owner = none;
                } else if (best >= 0 && (town == Side.NONE || hostile[best][town.ordinal()])) {
                    owner = SIDES[best].ordinal();
                } else if (best >= 0 || (memory && ti >= 0 && (unsettled[g] || changedHands[ti]))) {
                    owner = best >= 0 ? town.ordinal() : none; // a tolerant side there regularly: the town keeps it
                } else {
                    owner = town.ordinal();
                }
                count[owner] += idx.ruralGroupCells(g);
            }
        }
        int n = idx.maliCells();
        double[] out = new double[count.length];
        for (int s = 0; s < count.length; s++) {
            out[s] = n == 0 ? 0 : count[s] / n;
        }
        return out;
    }
}
