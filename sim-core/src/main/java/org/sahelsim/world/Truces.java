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
    private final EnumSet<Faction> inTalks = EnumSet.noneOf(Faction.class);
    private final EnumSet<Faction> huntSuspended = EnumSet.noneOf(Faction.class);

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
        return c;
    }

    public void openTalks(EnumSet<Faction> parties, boolean suspendHunt) {
        inTalks.addAll(parties);
        if (suspendHunt) {
            huntSuspended.addAll(parties);
        }
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
        if (inTalks.contains(x) || inTalks.contains(y)) {
            boolean jihadistParty = (inTalks.contains(x) && w.sideOf(x) == Side.JIHADIST)
                    || (inTalks.contains(y) && w.sideOf(y) == Side.JIHADIST);
            if (!(jihadistParty && franceCondition && francePresent(w))) {
                f *= 1 - talksViolenceReduction;
            }
        }
        return f;
    }

    public double violenceFactor(World w, Faction x, Faction y, TownAgent t) {
        return violenceFactor(w, x, y, t.centreX(), t.centreY());
    }

    /** True when today's fight between x and y at u's position is called off (one draw when a truce applies). */
    public boolean suppresses(World w, Faction x, Faction y, Unit u) {
        double f = violenceFactor(w, x, y, u.getX(), u.getY());
        return f < 1 && w.chance(1 - f);
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
