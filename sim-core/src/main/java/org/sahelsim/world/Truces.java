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
 * Ceasefires, local agreements and talks under way, one run's state (R20; 001: the Niono
 * agreement; 003: JNIM's condition that France leaves, France suspending its hunt for leaders in
 * dialogue). Rule R20 opens and ends them; combat, offensives, attacks and air strikes ask here
 * how much of the violence between two factions is called off; command (through {@link Access}),
 * the hunters and the civilians ask what the terms of a local agreement allow.
 */
public final class Truces {
    /**
     * What a party gives in a local agreement (001: at Niono in March 2021 "the jihadists agreed to
     * release captives and allow armed soldiers to patrol" in exchange for "forcing women to wear
     * headscarves and allowing them to preach in villages"; an agreement "enabled a particular
     * village to stop being surrounded by jihadists" and "the return of the displaced"; 003:
     * France should suspend "its hunt for top jihadist leaders who participate in dialogue").
     * Each holds only while its agreement holds, in the agreement's area, between its parties.
     */
    public enum Concession {
        /** The group: no attack on, or march against, the agreement's towns; their displaced may come home. */
        LIFT_SIEGE("liftSiege", true),
        /** The group: the state parties' units may move in the area; no fight between the parties there. */
        ALLOW_PATROLS("allowPatrols", true),
        /** The state: its parties fly no strike and make no raid on the group parties' units in the area. */
        STOP_HUNTING("stopHunting", false),
        /** The state: the group's terms of village life; its parties keep out of the group's towns in the area. */
        ACCEPT_GROUP_RULE("acceptGroupRule", false);

        private final String id;
        private final boolean byGroup;

        Concession(String id, boolean byGroup) {
            this.id = id;
            this.byGroup = byGroup;
        }

        /** The name a scenario's ceasefire event uses. */
        public String id() { return id; }

        /** True for what the armed group gives, false for what the state side gives. */
        public boolean byGroup() { return byGroup; }

        /** The concession of a scenario name, or null. */
        public static Concession of(String id) {
            for (Concession c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * One ceasefire: its parties (empty: all), its towns (empty: everywhere), its first and last
     * day, the concessions traded, and the strain its violations put on it (R20's collapse).
     */
    public static final class Ceasefire {
        final EnumSet<Faction> parties;
        final List<TownAgent> towns;
        final int startDay;
        final int endDay;
        final EnumSet<Concession> concessions;
        boolean over;
        int overDay = -1;
        double strain;
        int violations;

        Ceasefire(EnumSet<Faction> parties, List<TownAgent> towns, int startDay, int endDay, EnumSet<Concession> concessions) {
            this.parties = parties;
            this.towns = towns;
            this.startDay = startDay;
            this.endDay = endDay;
            this.concessions = concessions;
        }

        public boolean isOver() { return over; }
        public void end() { over = true; }
        public int endDay() { return endDay; }
        public int startDay() { return startDay; }
        /** The day it ended or collapsed, -1 while it holds. */
        public int overDay() { return overDay; }
        public List<TownAgent> towns() { return towns; }
        public EnumSet<Faction> parties() { return EnumSet.copyOf(parties.isEmpty() ? EnumSet.allOf(Faction.class) : parties); }
        public boolean grants(Concession c) { return concessions.contains(c); }
        public EnumSet<Concession> concessions() { return concessions.isEmpty() ? EnumSet.noneOf(Concession.class) : EnumSet.copyOf(concessions); }
        /** Violations weighed so far, fading (R20: each raises the daily hazard of collapse). */
        public double strain() { return strain; }
        /** Violations counted since it opened. */
        public int violations() { return violations; }
        /** Adds a violation to its strain. */
        public void violated(double weight) {
            strain += weight;
            violations++;
        }
        /** Lets the strain fade by a factor (one day of memory lost). */
        public void fade(double keep) {
            strain *= keep;
        }
        /** Whether a faction is bound by it. */
        public boolean binds(Faction f) {
            return parties.isEmpty() || parties.contains(f);
        }
    }

    private final double violenceReduction;
    private final double patrolViolenceReduction;
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
     * @param violenceReduction       share of fights between bound parties called off by a ceasefire
     * @param patrolViolenceReduction share called off where the group lets the state's patrols pass (allowPatrols)
     * @param talksViolenceReduction  share called off by open talks alone
     * @param localRadiusKm           reach of a local ceasefire around its towns
     * @param franceCondition         talks with jihadists bring no calm while French troops are in Mali
     */
    public Truces(double violenceReduction, double patrolViolenceReduction, double talksViolenceReduction, double localRadiusKm,
                  boolean franceCondition) {
        this.violenceReduction = violenceReduction;
        this.patrolViolenceReduction = patrolViolenceReduction;
        this.talksViolenceReduction = talksViolenceReduction;
        this.localRadiusKm = localRadiusKm;
        this.franceCondition = franceCondition;
    }

    /** A ceasefire with no terms beyond the calm. */
    public Ceasefire open(EnumSet<Faction> parties, List<TownAgent> towns, int endDay) {
        return open(parties, towns, 0, endDay, EnumSet.noneOf(Concession.class));
    }

    /** A ceasefire or local agreement from startDay to endDay, with the concessions traded. */
    public Ceasefire open(EnumSet<Faction> parties, List<TownAgent> towns, int startDay, int endDay, EnumSet<Concession> concessions) {
        Ceasefire c = new Ceasefire(EnumSet.copyOf(parties.isEmpty() ? EnumSet.noneOf(Faction.class) : parties), List.copyOf(towns),
                startDay, endDay, concessions.isEmpty() ? EnumSet.noneOf(Concession.class) : EnumSet.copyOf(concessions));
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
        end(c, -1);
    }

    /** Ends a ceasefire on a day: its calm and its concessions stop; local fronts draw anew. */
    public void end(Ceasefire c, int day) {
        c.end();
        c.overDay = day;
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
        return parties && inArea(a, ux, uy);
    }

    /**
     * Whether a position (cell coordinates) lies in a ceasefire's area: everywhere, or in a cell
     * whose centre is within the reach of one of its towns. Cells, not exact positions, so that
     * the calm, the concessions and the violations R20 reads from events (placed at cell centres)
     * cover the same ground.
     */
    public boolean inArea(Ceasefire a, double ux, double uy) {
        if (a.towns.isEmpty()) {
            return true;
        }
        double cx = Math.floor(ux) + 0.5;
        double cy = Math.floor(uy) + 0.5;
        for (TownAgent t : a.towns) {
            if (Grid.km(cx, cy, t.centreX(), t.centreY()) <= localRadiusKm) {
                return true;
            }
        }
        return false;
    }

    /** One of x and y is an armed group bound by a, the other a force bound by a: the two sides of a local agreement. */
    private static boolean groupAndState(Ceasefire a, Faction x, Faction y) {
        return x.isArmedGroup() != y.isArmedGroup() && a.binds(x) && a.binds(y);
    }

    /**
     * Whether a holding agreement grants a concession at a position, between an armed group and a
     * force it binds (either order). The accessor other rules call to honour the terms.
     */
    public boolean grants(Concession c, Faction x, Faction y, double ux, double uy) {
        for (Ceasefire a : active) {
            if (!a.over && a.concessions.contains(c) && groupAndState(a, x, y) && inArea(a, ux, uy)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a holding agreement grants a concession over a town (its centre in the area), whatever the parties. */
    public boolean grants(Concession c, TownAgent t) {
        for (Ceasefire a : active) {
            if (!a.over && a.concessions.contains(c) && inArea(a, t.centreX(), t.centreY())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For the civilians (CivilianFlight): the displaced of a town may come home because a holding
     * agreement lifted the siege there (001: "facilitated the return of the displaced population").
     */
    public boolean returnAllowed(TownAgent t) {
        return grants(Concession.LIFT_SIEGE, t);
    }

    /**
     * For the hunters (R3 air strikes, R22 raids): whether {@code hunter} spares {@code target} at
     * a position: the target's hunt is suspended everywhere (talks, 003), or a holding agreement
     * in which both are parties grants {@link Concession#STOP_HUNTING} there.
     */
    public boolean huntSpared(Faction hunter, Faction target, double ux, double uy) {
        return huntSuspended.contains(target) || grants(Concession.STOP_HUNTING, hunter, target, ux, uy);
    }

    /**
     * For command (through {@link Access}): the towns a force must keep out of because a holding
     * agreement in which it is a party accepts the group's rule there (001: the jihadists'
     * terms of village life): the towns in the area held by an armed group the agreement binds.
     */
    public List<TownAgent> keptOut(World w, Faction force) {
        List<TownAgent> out = new ArrayList<>();
        if (force.isArmedGroup()) {
            return out;
        }
        for (Ceasefire a : active) {
            if (a.over || !a.concessions.contains(Concession.ACCEPT_GROUP_RULE) || !a.binds(force)) {
                continue;
            }
            for (TownAgent t : w.towns()) {
                Faction holder = t.getControlFaction();
                if (holder != null && holder.isArmedGroup() && a.binds(holder) && inArea(a, t.centreX(), t.centreY()) && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Multiplier on the rate of violence between x and y at a position (cell coordinates). */
    public double violenceFactor(World w, Faction x, Faction y, double ux, double uy) {
        double f = 1;
        for (Ceasefire a : active) {
            if (covers(a, x, y, ux, uy)) {
                // 001: the group lets armed soldiers patrol: the parties' units in the area stand down
                f *= 1 - (a.concessions.contains(Concession.ALLOW_PATROLS) && groupAndState(a, x, y) ? patrolViolenceReduction : violenceReduction);
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

    /**
     * Multiplier on violence between x and y against or over a town (attacks on its garrison, an
     * offensive on it). Where a holding agreement lifts the group's siege of the towns of its
     * area (001), none: the group neither attacks nor marches on them.
     */
    public double violenceFactor(World w, Faction x, Faction y, TownAgent t) {
        if (grants(Concession.LIFT_SIEGE, x, y, t.centreX(), t.centreY())) {
            return 0;
        }
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
