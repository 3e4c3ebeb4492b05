package org.sahelsim.world;

import java.util.Arrays;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;

/**
 * Who is on which side and who fights whom, one run's state. Rule R16 (Tuareg alignment) changes
 * it; every rule that asks whether two factions fight reads it here.
 *
 * <p>Each faction has a side and each separatist faction a stance towards the government and
 * towards the jihadists, from -1 (war) to +1 (alliance); below {@code hostileBelow} their units
 * fight. Factions may also be declared hostile to each other outright.
 */
public final class Relations {
    private static final Faction[] FACTIONS = Faction.values();
    private static final int N = FACTIONS.length;
    private static final int SIDES = Side.values().length;
    private final double hostileBelow;
    private final Side[] side = new Side[N];
    private final double[] stanceGov = new double[N];
    private final double[] stanceJih = new double[N];
    private final boolean[][] declared = new boolean[N][N];
    /** hostile(a, b) for every pair, recomputed whenever sides or stances change. */
    private final boolean[][] hostility = new boolean[N][N];
    /** sidesHostile(a, b) for every pair of sides, recomputed with {@link #hostility}. */
    private final boolean[][] sideHostility = new boolean[SIDES][SIDES];

    /**
     * @param mnlaGovernmentStance     stance towards the government of every separatist faction but the IMA
     * @param imaGovernmentStance      the IMA's stance towards the government
     * @param separatistJihadistStance stance of separatist factions towards the jihadists
     * @param hostileBelow             below this stance two factions fight
     */
    public Relations(double mnlaGovernmentStance, double imaGovernmentStance, double separatistJihadistStance, double hostileBelow) {
        this.hostileBelow = hostileBelow;
        for (Faction f : Faction.values()) {
            side[f.ordinal()] = f.defaultSide();
            stanceGov[f.ordinal()] = f == Faction.IMA ? imaGovernmentStance : mnlaGovernmentStance;
            stanceJih[f.ordinal()] = separatistJihadistStance;
            Arrays.fill(declared[f.ordinal()], false);
        }
        recompute();
    }

    private void recompute() {
        for (Faction a : FACTIONS) {
            for (Faction b : FACTIONS) {
                hostility[a.ordinal()][b.ordinal()] = computeHostile(a, b);
            }
        }
        for (Side a : Side.values()) {
            for (Side b : Side.values()) {
                sideHostility[a.ordinal()][b.ordinal()] = computeSidesHostile(a, b);
            }
        }
    }

    private boolean computeHostile(Faction a, Faction b) {
        if (a == b) {
            return false;
        }
        if (declared[a.ordinal()][b.ordinal()] || declared[b.ordinal()][a.ordinal()]) {
            return true;
        }
        Side sa = side[a.ordinal()];
        Side sb = side[b.ordinal()];
        if (sa == sb || sa == Side.NONE || sb == Side.NONE) {
            return false;
        }
        if (sa == Side.SEPARATIST || sb == Side.SEPARATIST) {
            Faction sep = sa == Side.SEPARATIST ? a : b;
            Side other = sa == Side.SEPARATIST ? sb : sa;
            double stance = other == Side.GOVERNMENT ? stanceGov[sep.ordinal()] : stanceJih[sep.ordinal()];
            return stance < hostileBelow;
        }
        return true; // government vs jihadist
    }

    /** Whether units of a and b fight each other when they meet (R20's truces aside). */
    public boolean hostile(Faction a, Faction b) {
        return hostility[a.ordinal()][b.ordinal()];
    }

    /** Whether any faction of side a is hostile to any faction of side b. */
    public boolean sidesHostile(Side a, Side b) {
        return sideHostility[a.ordinal()][b.ordinal()];
    }

    private boolean computeSidesHostile(Side a, Side b) {
        if (a == b || a == Side.NONE || b == Side.NONE) {
            return false;
        }
        for (Faction x : FACTIONS) {
            if (side[x.ordinal()] != a) {
                continue;
            }
            for (Faction y : FACTIONS) {
                if (side[y.ordinal()] == b && hostility[x.ordinal()][y.ordinal()]) {
                    return true;
                }
            }
        }
        return false;
    }

    public Side sideOf(Faction f) {
        return side[f.ordinal()];
    }

    public double stanceTowardsGovernment(Faction f) {
        return stanceGov[f.ordinal()];
    }

    /** Moves a faction to another side; joining the government side makes it an ally of the state. */
    public void setSide(Faction f, Side s) {
        side[f.ordinal()] = s;
        if (s == Side.GOVERNMENT) {
            stanceGov[f.ordinal()] = 1;
        }
        recompute();
    }

    public void declareHostile(Faction f, Faction enemy) {
        declared[f.ordinal()][enemy.ordinal()] = true;
        recompute();
    }

    /** Lowers (or raises) a faction's stance towards the jihadists, within [-1, 1]. */
    public void shiftStanceTowardsJihadists(Faction f, double delta) {
        stanceJih[f.ordinal()] = Math.max(-1, Math.min(1, stanceJih[f.ordinal()] + delta));
        recompute();
    }

    public double stanceTowardsJihadists(Faction f) {
        return stanceJih[f.ordinal()];
    }

    /**
     * A separatist partner of the state side (R16; 004: the tacit alliance in Kidal, Gamou's men
     * as guides): stance towards the government at least {@code partnerAbove}, and at war with
     * the jihadists (their stance below hostileBelow, or declared).
     */
    public boolean partner(Faction f, double partnerAbove) {
        if (side[f.ordinal()] != Side.SEPARATIST || stanceGov[f.ordinal()] < partnerAbove) {
            return false;
        }
        for (Faction j : Faction.values()) {
            if (side[j.ordinal()] == Side.JIHADIST && hostility[f.ordinal()][j.ordinal()]) {
                return true;
            }
        }
        return false;
    }

    /** Positions (cell coordinates) of partner units that guide the state side's searches, refreshed daily by R16. */
    private double[] guideX = new double[0];
    private double[] guideY = new double[0];
    private double guideRadiusKm;
    private double guideDetection = 1;

    /** R16 sets where today's guides are, how far they guide and by how much they raise detection. */
    public void setGuides(double[] xs, double[] ys, double radiusKm, double detection) {
        guideX = xs;
        guideY = ys;
        guideRadiusKm = radiusKm;
        guideDetection = detection;
    }

    /** Multiplier on the state side's detection of a hostile unit at (x, y): guides nearby know the ground. */
    public double guideFactor(double x, double y) {
        for (int i = 0; i < guideX.length; i++) {
            if (org.sahelsim.map.Grid.km(x, y, guideX[i], guideY[i]) <= guideRadiusKm) {
                return guideDetection;
            }
        }
        return 1;
    }

    /** Raises (or lowers) a faction's stance towards the government, within [-1, 1]. */
    public void shiftStanceTowardsGovernment(Faction f, double delta) {
        stanceGov[f.ordinal()] = Math.max(-1, Math.min(1, stanceGov[f.ordinal()] + delta));
        recompute();
    }
}
