package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.Region;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R9 Liberation of towns (documents 000, 002, 004: Gao and Timbuktu taken "with relative ease",
 * Kidal January 30, Aguelhok February 7, Tessalit February 8).
 *
 * <p>Control is a state of the town. At the end of each day the units standing in a town (its
 * cell and the ring around it; hiding and exiled units excluded) are summed by side. If sides
 * hostile to each other are both present the town is contested and keeps its controller. If only
 * one side, or only mutually tolerant sides, are present with at least {@code minHoldStrength},
 * the strongest takes control, represented by its largest faction there. A change between
 * hostile sides is a "Government regains territory" or "Non-state actor overtakes territory"
 * event, otherwise a "Non-violent transfer of territory".
 *
 * <p>Clearing before control (issue 11): a town the government side takes from hostile occupiers
 * becomes its own only once cleared, after a random time (Gamma, shape 3) whose mean grows with
 * the fighters that held it over recent days ({@code command.clearDaysPer100}, the town's memory
 * of occupiers). Force missions also live here: a garrison holds its post, a column leaves a
 * garrison ({@code garrisonShare}, at least {@code minGarrison}) in each town it takes (the
 * commander, {@link Command}, chooses the towns), and a clearing force seeks the hostile groups
 * within {@code clearRadiusKm} of its intent's region or towns (004, Ametetai).
 */
public final class Liberation implements Rule {
    public static final String RULE = "R9";

    @ParamGroup(prefix = "liberation", rule = RULE)
    public record Params(
            @Param(value = 5, min = 1, max = 1000, unit = "fighters or troops",
                    about = "least strength that can take and hold a town",
                    source = "assumed")
            double minHoldStrength,
            @Param(value = 0.2, min = 0, max = 1, unit = "share of troops",
                    about = "share of an advancing column left to hold each town it takes",
                    source = "assumed")
            double garrisonShare,
            @Param(value = 60, min = 0, max = 5000, unit = "troops",
                    about = "smallest garrison a column leaves behind",
                    source = "assumed")
            double minGarrison,
            @Param(value = 80, min = 0, max = 500, unit = "km",
                    about = "search radius of a force clearing an area",
                    source = "assumed")
            double clearRadiusKm,
            @Param(value = 150, min = 10, max = 1000, unit = "km",
                    about = "countryside with nobody there regularly counts for the side controlling the nearest town within this distance, as long as the war has not reached it (territory share)",
                    source = "modelling choice (see ODD, territory share)")
            double territoryRadiusKm,
            @Param(value = 50, min = 0, max = 500, unit = "km",
                    about = "reach of an armed unit's presence in the countryside (patrols of a post or column, rides of a band that levies and preaches) for rural control (territory share); with supportedInfluenceKm also 0, towns and their settled countryside only",
                    source = "assumed: a day out and back on tracks at about 12 km/h (001: jihadists setting the terms of village life around Niono; 003: JNIM's rural governance)")
            double influenceKm,
            @Param(value = 100, min = 0, max = 500, unit = "km",
                    about = "reach of the patrols of a Malian or French post that has French support today (air cover and quick reaction within R22's raid radius, joint operations allowed)",
                    source = "assumed: twice the unsupported reach, a post with air cover and a helicopter quick-reaction force on call goes two days out (001: French support for counter-terror operations; 004: joint operations)")
            double supportedInfluenceKm,
            @Param(value = 60, min = 1, max = 1000, unit = "days",
                    about = "memory of rural control: time constant of the running share of days a side is present in a block of countryside",
                    source = "assumed: about two months (001: the state absent from the countryside; control lasts after the patrols stop and decays without presence)")
            double ruralMemoryDays,
            @Param(value = 0.14, min = 0, max = 1, unit = "share of days",
                    about = "a side governs a block of countryside when its running share of days present is at least this (both hostile sides at least this: contested)",
                    source = "assumed: present about one day a week (a weekly patrol or market-day visit)")
            double ruralRegularShare,
            @Param(value = 60, min = 0, max = 365, unit = "days",
                    about = "days of supplies a force unit carries when it arrives",
                    source = "assumed")
            double forceSupplyDays) {}

    private final Params p;
    private final Command.Params command;
    private double[][] presence;

    public Liberation(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
        this.command = ParameterRecords.bind(Command.Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    // ----------------------------------------------------------------- control

    /**
     * The occupiers each town remembers on the eve of the first day: the strength of the side holding
     * it (not the government's). Taken before any fighting, so that a town retaken on day 1 still
     * remembers the fighters who held it (and is cleared, R9).
     */
    public void rememberOccupiers(World w) {
        for (TownAgent t : w.towns()) {
            t.setOccupiers(0);
        }
        for (Unit u : w.units()) {
            TownAgent t = u.getTown();
            if (u.isAlive() && t != null && World.visible(u) && holdsGround(w, u) && t.getControlSide() != Side.NONE
                    && t.getControlSide() != Side.GOVERNMENT && w.sideOf(u.getFaction()) == t.getControlSide()) {
                t.setOccupiers(t.getOccupiers() + u.getStrength());
            }
        }
    }

    public void apply(World w) {
        List<TownAgent> towns = w.towns();
        int nf = Faction.values().length;
        if (presence == null || presence.length != towns.size()) {
            presence = new double[towns.size()][nf];
        }
        for (int i = 0; i < towns.size(); i++) {
            java.util.Arrays.fill(presence[i], 0);
            towns.get(i).clearPresence();
        }
        for (Unit u : w.units()) {
            if (u.isAlive() && u.getTown() != null && World.visible(u) && holdsGround(w, u)) {
                TownAgent t = u.getTown();
                presence[t.index()][u.getFaction().ordinal()] += u.getStrength();
                Side s = w.sideOf(u.getFaction());
                t.setPresence(s, t.presence(s) + u.getStrength());
            }
        }
        Faction[] fs = Faction.values();
        for (TownAgent t : towns) {
            double held = t.getControlSide() == Side.NONE || t.getControlSide() == Side.GOVERNMENT ? 0 : t.presence(t.getControlSide());
            t.setOccupiers(t.getOccupiers() + (held - t.getOccupiers()) / command.occupationMemoryDays());
        }
        for (TownAgent t : towns) {
            double[] pr = presence[t.index()];
            boolean contested = false;
            Faction best = null;
            double bestSide = 0;
            for (int a = 0; a < nf; a++) {
                if (pr[a] < p.minHoldStrength) {
                    continue;
                }
                for (int b = a + 1; b < nf; b++) {
                    if (pr[b] >= p.minHoldStrength && w.hostile(fs[a], fs[b])) {
                        contested = true;
                    }
                }
            }
            t.setContested(contested);
            if (contested) {
                t.setClearedOnDay(-1);
                continue;
            }
            for (Side s : Side.values()) {
                if (s != Side.NONE && t.presence(s) >= p.minHoldStrength && t.presence(s) > bestSide) {
                    bestSide = t.presence(s);
                    Faction lead = null;
                    for (int a = 0; a < nf; a++) {
                        if (w.sideOf(fs[a]) == s && (lead == null || pr[a] > pr[lead.ordinal()])) {
                            lead = fs[a];
                        }
                    }
                    best = lead;
                }
            }
            if (best == null || best == t.getControlFaction()) {
                if (best == null || w.sideOf(best) != Side.GOVERNMENT) {
                    t.setClearedOnDay(-1);
                }
                continue;
            }
            if (w.sideOf(best) != Side.GOVERNMENT) {
                t.setClearedOnDay(-1);
            }
            if (t.getControlFaction() != null && w.sideOf(best) == t.getControlSide() && pr[t.getControlFaction().ordinal()] > 0) {
                continue; // allies share the town; the holder keeps it
            }
            Side newSide = w.sideOf(best);
            Side oldSide = t.getControlSide();
            Faction old = t.getControlFaction();
            if (newSide == Side.GOVERNMENT && old != null && oldSide != Side.GOVERNMENT && w.hostile(best, old)) {
                if (t.getClearedOnDay() < 0) {
                    double mean = Math.min(command.maxClearDays(), command.clearDaysPer100() * t.getOccupiers() / 100);
                    double d = Math.min(command.maxClearDays(), Command.gamma3(w, mean));
                    t.setClearedOnDay(w.day() + (int) Math.floor(d + w.random().nextDouble()));
                    if (t.getClearedOnDay() > w.day()) {
                        w.emit(SubEventType.OTHER, best, old.id(), t.centreX(), t.centreY(), 0,
                                best.id() + " clears " + t.getName() + " (" + Math.round(t.getOccupiers()) + " occupiers; R9)");
                    }
                }
                if (t.getClearedOnDay() > w.day()) {
                    continue; // clearing under way: control only once the town is cleared
                }
            }
            t.setClearedOnDay(-1);
            t.setControl(newSide, best, w.day());
            w.controlChanged(t);
            if (newSide == oldSide) {
                continue; // a change of hands between allies, e.g. a handover (R11)
            }
            boolean fought = old != null && w.hostile(best, old);
            SubEventType type = !fought ? SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY
                    : newSide == Side.GOVERNMENT ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
            if (newSide == Side.GOVERNMENT && old != null && oldSide != Side.GOVERNMENT) {
                t.setLiberated(true);
            } else if (newSide != Side.GOVERNMENT) {
                t.setLiberated(false);
            }
            w.emit(type, best, old == null ? "" : old.id(), t.centreX(), t.centreY(), 0,
                    best.id() + " takes " + t.getName() + (old == null ? "" : " from " + old.id()) + " (R9)");
        }
    }

    /** Groups passing through (dispersing, raiding) do not take towns; columns, holders and forces do. */
    /** Whether a unit counts for control: not a routed force (R2) and, for groups, not on the run. */
    static boolean holdsGround(World w, Unit u) {
        if (w.fieldLog().isRouted(u.getId(), w.day())) {
            return false;
        }
        if (u instanceof ArmedUnit a) {
            return a.getPosture() == org.sahelsim.agents.Posture.HOLD || a.getPosture() == org.sahelsim.agents.Posture.ADVANCE
                    || a.getPosture() == org.sahelsim.agents.Posture.REDOUBT;
        }
        return true;
    }

    // ----------------------------------------------------------------- force missions

    public void decide(World w, ForceUnit f) {
        switch (f.getMission()) {
            case GARRISON -> {
                if (f.getPost() == null) {
                    f.setPost(f.getTown());
                }
                if (f.getPost() != null && f.getTown() != f.getPost()) {
                    w.movement().goTo(w, f, f.getPost());
                }
            }
            case ADVANCE, PATROL -> { } // the commander (Command) set today's road
            case CLEAR -> clear(w, f);
            case WITHDRAW -> f.clearMovement();
        }
    }

    /** A column that took a town leaves a garrison there unless its side already holds it with one (R9). */
    void leaveGarrison(World w, ForceUnit f, TownAgent t) {
        double held = 0;
        for (Unit u : w.units()) {
            if (u instanceof ForceUnit g && g != f && g.isAlive() && !g.isAirborne() && g.getTown() == t
                    && w.sideOf(g.getFaction()) == w.sideOf(f.getFaction())) {
                held += g.getStrength(); // airborne troops fly back once relieved: they are no garrison
            }
        }
        int size = (int) Math.max(p.minGarrison, Math.round(f.getStrength() * p.garrisonShare));
        if (held >= p.minGarrison || f.getStrength() < 2 * size) {
            return;
        }
        detach(w, f, t, size);
    }

    /** Splits a garrison of {@code size} troops off a unit into a town; null when the unit is too small. */
    ForceUnit detach(World w, ForceUnit f, TownAgent t, int size) {
        if (f.getStrength() < 2 * size) {
            return null;
        }
        int veh = (int) Math.round((double) f.getVehicles() * size / f.getStrength());
        ForceUnit g = new ForceUnit(w.newUnitId(), f.getFaction(), t.centreX(), t.centreY(), size, veh, f.getSupplies(),
                Mission.GARRISON);
        g.setPost(t);
        g.setTown(t);
        f.setStrength(f.getStrength() - size);
        f.setVehicles(f.getVehicles() - veh);
        w.addUnit(g);
        return g;
    }

    private void clear(World w, ForceUnit f) {
        org.sahelsim.scenario.Intent in = f.getIntent();
        if (in == null || (in.regions().isEmpty() && in.towns().isEmpty())) {
            f.setMission(Mission.GARRISON);
            return;
        }
        String target = in.regions().isEmpty() ? in.towns().get(0) : in.regions().get(0);
        double cx;
        double cy;
        TownAgent t = w.town(target);
        Region r = t == null ? w.map().region(target) : null;
        if (t != null) {
            cx = t.centreX();
            cy = t.centreY();
        } else if (r != null) {
            cx = Grid.x(r.centroidLon());
            cy = Grid.y(r.centroidLat());
        } else {
            f.setMission(Mission.GARRISON);
            return;
        }
        ArmedUnit prey = null;
        double best = Double.POSITIVE_INFINITY;
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit a && a.isAlive() && World.visible(a) && w.inMali(a) && w.hostile(f.getFaction(), a.getFaction())
                    && Grid.km(a.getX(), a.getY(), cx, cy) <= p.clearRadiusKm
                    && w.access().allowedCell(f.getFaction(), a.cellX(), a.cellY())) {
                double km = w.km(f, a);
                if (km < best) {
                    best = km;
                    prey = a;
                }
            }
        }
        if (prey != null) {
            f.setDestination(prey.getX(), prey.getY());
        } else if (Grid.km(f.getX(), f.getY(), cx, cy) > 5) {
            f.setDestination(cx, cy);
        } else {
            f.clearMovement();
        }
    }
}
