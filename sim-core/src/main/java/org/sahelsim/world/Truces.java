package org.sahelsim.world;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.map.Grid;

/**
 * Ceasefires and talks under way, one run's state (R20; 001: the Niono agreement; 003: JNIM's
 * condition that France leaves, France suspending its hunt for leaders in dialogue). Rule R20
 * opens and ends them; combat, offensives, attacks and air strikes ask here how much of the
 * violence between two factions is called off.
 */
public final class Truces {
    /** One ceasefire: its parties (empty: all), its towns (empty: everywhere), its last day. */
    public static final class Ceasefire {
        final EnumSet<Faction> parties;
        final List<TownAgent> towns;
        final int endDay;
        boolean over;

        Ceasefire(EnumSet<Faction> parties, List<TownAgent> towns, int endDay) {
            this.parties = parties;
            this.towns = towns;
            this.endDay = endDay;
        }

        public boolean isOver() { return over; }
        public void end() { over = true; }
        public int endDay() { return endDay; }
        public List<TownAgent> towns() { return towns; }
    }

    private final double violenceReduction;
    private final double talksViolenceReduction;
    private final double localRadiusKm;
    private final boolean franceCondition;
    private final List<Ceasefire> active = new ArrayList<>();
    /** The party sets of the talks opened in this run: each calms only fights between two of its parties. */
    private final List<EnumSet<Faction>> talks = new ArrayList<>();
    private final EnumSet<Faction> huntSuspended = EnumSet.noneOf(Faction.class);
    /**
     * The draws, one per local engagement: (faction pair, 44-km square) to whether the two stand
     * down there. A local front keeps its draw while the truces in force stay the same (a truce
     * that calls off a fight keeps the two sides apart; one that does not keeps them fighting);
     * opening, ending or collapsing a truce draws anew.
     */
    private final java.util.Map<Long, Boolean> drawn = new java.util.HashMap<>();

    /**
     * @param violenceReduction      share of fights between bound parties called off by a ceasefire
     * @param talksViolenceReduction share called off by open talks alone
     * @param localRadiusKm          reach of a local ceasefire around its towns
     * @param franceCondition        talks with jihadists bring no calm while French troops are in Mali
     */
    public Truces(double violenceReduction, double talksViolenceReduction, double localRadiusKm, boolean franceCondition) {
        this.violenceReduction = violenceReduction;
        this.talksViolenceReduction = talksViolenceReduction;
        this.localRadiusKm = localRadiusKm;
        this.franceCondition = franceCondition;
    }

    public Ceasefire open(EnumSet<Faction> parties, List<TownAgent> towns, int endDay) {
        Ceasefire c = new Ceasefire(parties, towns, endDay);
        active.add(c);
        drawn.clear();
        return c;
    }

    public void openTalks(EnumSet<Faction> parties, boolean suspendHunt) {
        talks.add(EnumSet.copyOf(parties.isEmpty() ? EnumSet.allOf(Faction.class) : parties));
        drawn.clear();
        if (suspendHunt) {
            huntSuspended.addAll(parties);
        }
    }

    /** Ends a ceasefire (its days are over or it collapses): local fronts draw anew. */
    public void end(Ceasefire c) {
        c.end();
        drawn.clear();
    }

    /** Every ceasefire opened in this run, ended ones included, in the order they were opened. */
    public List<Ceasefire> ceasefires() {
        return List.copyOf(active);
    }

    /** The live list, for the rule that ends them. */
    List<Ceasefire> live() {
        return active;
    }

    public boolean anyActive() {
        for (Ceasefire a : active) {
            if (!a.over) {
                return true;
            }
        }
        return false;
    }

    private boolean covers(Ceasefire a, Faction x, Faction y, double ux, double uy) {
        if (a.over) {
            return false;
        }
        boolean parties = a.parties.isEmpty() || (a.parties.contains(x) && a.parties.contains(y))
                || (a.parties.contains(x) && !y.isArmedGroup() && a.parties.stream().noneMatch(f -> !f.isArmedGroup()))
                || (a.parties.contains(y) && !x.isArmedGroup() && a.parties.stream().noneMatch(f -> !f.isArmedGroup()));
        if (!parties) {
            return false;
        }
        if (a.towns.isEmpty()) {
            return true;
        }
        for (TownAgent t : a.towns) {
            if (Grid.km(ux, uy, t.centreX(), t.centreY()) <= localRadiusKm) {
                return true;
            }
        }
        return false;
    }

    /** Multiplier on the rate of violence between x and y at a position (cell coordinates). */
    public double violenceFactor(World w, Faction x, Faction y, double ux, double uy) {
        double f = 1;
        for (Ceasefire a : active) {
            if (covers(a, x, y, ux, uy)) {
                f *= 1 - violenceReduction;
            }
        }
        for (EnumSet<Faction> table : talks) {
            if (table.contains(x) && table.contains(y)) {
                Faction jihadist = w.sideOf(x) == Side.JIHADIST ? x : (w.sideOf(y) == Side.JIHADIST ? y : null);
                // 003: JNIM's one precondition is the end of the French "occupation"; Thurston: France
                // pulling back on counter-terror operations (suspending its hunt of the parties) gives
                // the dialogue a chance. The condition is met when France has left or has suspended its hunt.
                if (!(jihadist != null && franceCondition && francePresent(w) && !huntSuspended.contains(jihadist))) {
                    f *= 1 - talksViolenceReduction;
                }
                break; // one table is enough: talks do not compound
            }
        }
        return f;
    }

    /** Whether x and y sit at the same open talks. */
    public boolean inTalks(Faction x, Faction y) {
        for (EnumSet<Faction> table : talks) {
            if (table.contains(x) && table.contains(y)) {
                return true;
            }
        }
        return false;
    }

    public double violenceFactor(World w, Faction x, Faction y, TownAgent t) {
        return violenceFactor(w, x, y, t.centreX(), t.centreY());
    }

    /**
     * True when today's fight between x and y, u of x facing v of y, is called off. One draw per
     * engagement: the key is the pair of factions and the 44-km square (the combat neighbourhood)
     * of the midpoint of u and v, the same whichever of the two units combat looks at first, so
     * that two units in contact across a square's edge share one draw (keyed by each unit's own
     * square they drew twice, and the truce called off the fight only if both draws did: 0.85^2 =
     * 0.72 instead of 0.85). Every unit of the pair in the same square shares it, so the calm of a
     * truce does not depend on how many units are in contact (it was 1 - 0.85^k with one draw per unit).
     */
    public boolean suppresses(World w, Faction x, Faction y, Unit u, Unit v) {
        double mx = (u.getX() + v.getX()) / 2;
        double my = (u.getY() + v.getY()) / 2;
        double f = violenceFactor(w, x, y, mx, my);
        if (f >= 1) {
            return false;
        }
        int lo = Math.min(x.ordinal(), y.ordinal());
        int hi = Math.max(x.ordinal(), y.ordinal());
        long sq = (long) Math.floor(mx / 4) * 4096 + (long) Math.floor(my / 4);
        long key = ((lo * 64L + hi) << 32) ^ sq;
        Boolean off = drawn.get(key);
        if (off == null) {
            off = w.chance(1 - f);
            drawn.put(key, off);
        }
        return off;
    }

    public boolean huntSuspended(Faction f) {
        return huntSuspended.contains(f);
    }

    private static boolean francePresent(World w) {
        for (Unit u : w.units()) {
            if (u.getFaction() == Faction.FRANCE && u.isAlive() && w.inMali(u)) {
                return true;
            }
        }
        return false;
    }
}
