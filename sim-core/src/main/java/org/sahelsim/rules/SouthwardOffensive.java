package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R1 Southward offensive (document 004: "convoys of Salafi-jihadi rebels careened into the town
 * of Konna" on January 9-10 2013; "the fall of Konna threatened Mali's army garrison in Sevare,
 * the northernmost limit of central government control"; document 002: they came "within 700 km
 * of Bamako").
 *
 * <p>A jihadist column (posture advance) drives along the roads at the speeds of {@link Marches}
 * towards its target town. Once the target is taken it picks the next: the nearest town by road,
 * within {@code rangeKm}, held by a hostile side whose garrison it outmatches, i.e. the column's
 * effective strength (R17) is at least {@code superiorityRatio} times the garrison's with the
 * town's defence plus the threat of the hostile forces and air power that can intervene there
 * before the fight is over ({@link ThreatAppraisal}, shared with R5). When its target no longer
 * meets that test the column holds. A
 * jihadist unit of at least {@code minColumnFighters} holding a town or a rural position launches an offensive on
 * its own with probability {@code initiativePerDay} when such a target exists. Towns held by the
 * state count {@code localDefencePer1000} per thousand inhabitants on top of their garrison
 * (police, gendarmes, militias), so that a small column does not ride into a large city.
 */
public final class SouthwardOffensive implements Rule {
    public static final String RULE = "R1";

    @ParamGroup(prefix = "offensive", rule = RULE)
    public record Params(
            @Param(value = 250, min = 0, max = 2000, unit = "km",
                    about = "how far a column looks for its next target",
                    source = "assumed")
            double rangeKm,
            @Param(value = 1.3, min = 0.1, max = 10, unit = "ratio",
                    about = "column/garrison effective strength needed to attack",
                    source = "assumed; 004: 'when they outmatch the garrison'")
            double superiorityRatio,
            @Param(value = 0.01, min = 0, max = 1, unit = "probability per day",
                    about = "chance that a holding unit launches an offensive when it outmatches a garrison nearby",
                    source = "assumed")
            double initiativePerDay,
            @Param(value = 100, min = 1, max = 5000, unit = "fighters",
                    about = "least strength to launch an offensive",
                    source = "assumed")
            double minColumnFighters,
            @Param(value = 3, min = 0, max = 100, unit = "effective strength per 1,000 inhabitants",
                    about = "police, gendarmes and self-defence groups a column expects in a town held by the state, besides its garrison",
                    source = "assumed; keeps small columns from rolling over large ungarrisoned towns")
            double localDefencePer1000,
            @Param(value = 0.5, min = 0, max = 1, unit = "share of fighters",
                    about = "share of a quiet rear unit's fighters that sets out to join a column held up short of a town it does not outmatch (the unit keeps at least minColumnFighters)",
                    source = "assumed; 004 l.19: the 'coordinated attack' of Ansar Eddine, MUJAO and AQIM on Konna; 002 l.11: they 'surged south'")
            double reinforceShare,
            @Param(value = 600, min = 0, max = 3000, unit = "km",
                    about = "rear units this far (straight line) from a held-up column send it reinforcements",
                    source = "assumed (about two days of driving at the road speeds of the marches)")
            double reinforceRangeKm) {}

    private final Params p;

    private final CombatPower power;
    private final ThreatAppraisal appraisal;
    /** Reinforcements on their way, and the column each joins (in the order they set out). */
    private final java.util.Map<ArmedUnit, ArmedUnit> joining = new java.util.LinkedHashMap<>();

    /** Road km a column covers in a day on a national road, unhurried (R1's planning horizon). */
    private final double roadKmPerDay;

    SouthwardOffensive(Params p, CombatPower power, ThreatAppraisal appraisal, Marches.Params marches) {
        this.roadKmPerDay = marches.nationalKmPerHour() * marches.drivingHoursPerDay();
        this.p = p;
        this.power = power;
        this.appraisal = appraisal;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    public void apply(World w) {
        for (Unit x : new ArrayList<>(w.units())) {
            if (!(x instanceof ArmedUnit u) || !u.isAlive() || u.isInExile() || w.sideOf(u.getFaction()) != Side.JIHADIST) {
                continue;
            }
            if (u.getPosture() == Posture.ADVANCE) {
                TownAgent t = u.getTargetTown();
                if (t != null && u.getTown() == t && t.getControlSide() == Side.JIHADIST && !t.isContested()) {
                    t = null; // taken: look further
                }
                if (t == null || t.getControlSide() == Side.JIHADIST) {
                    t = chooseTarget(w, u);
                }
                if (t != null && u.getTown() == t && t.isContested()) {
                    continue; // in the assault: the fight decides (R17 breaks the column, R2 routs the garrison)
                }
                if (t == null || !outmatches(w, u, t, columnStrength(w, u))) {
                    u.setPosture(Posture.HOLD, w.day());
                    u.setBlockedBy(t != null ? t : nearestHostile(w, u));
                    u.setTargetTown(u.getTown());
                    u.clearMovement();
                } else {
                    u.setTargetTown(t);
                }
            } else if (u.getPosture() == Posture.HOLD && u.getBlockedBy() != null) {
                // a held-up column attacks the town that stopped it once it outmatches it (reinforced, or the defence weakened)
                TownAgent t = u.getBlockedBy();
                if (t.getControlSide() == Side.JIHADIST || u.getTown() == null || w.sideOf(u.getFaction()) != Side.JIHADIST) {
                    u.setBlockedBy(null);
                } else if (outmatches(w, u, t, columnStrength(w, u))) {
                    u.setBlockedBy(null);
                    u.setPosture(Posture.ADVANCE, w.day());
                    u.setTargetTown(t);
                }
            } else if (u.getPosture() == Posture.HOLD && u.getStrength() >= p.minColumnFighters
                    && w.chance(p.initiativePerDay)) {
                TownAgent t = chooseTarget(w, u);
                if (t != null) {
                    u.setPosture(Posture.ADVANCE, w.day());
                    u.setTargetTown(t);
                }
            }
        }
        reinforce(w);
    }

    /**
     * Reinforcements: a column held up short of a town (blockedBy) draws fighters from quiet rear
     * units of its side: units holding a town of their side within reinforceRangeKm that see no
     * threat (no hostile force able to come within a day, no hostile air power on call or seen
     * nearby: the shared appraisal) send reinforceShare of their fighters, keeping at least
     * minColumnFighters, by road to the column. Once intervention forces or their air power are
     * near, the rear is no longer quiet and the flow stops.
     */
    public void reinforce(World w) {
        // reinforcements on their way follow their column; arrived, they join its posture and target
        for (var it = joining.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            ArmedUnit j = e.getKey();
            ArmedUnit c = e.getValue();
            if (!j.isAlive() || !c.isAlive() || j.isInExile() || (j.getPosture() != Posture.HOLD && j.getPosture() != Posture.ADVANCE)) {
                it.remove();
            } else if (w.within(j, c, 30)) {
                j.setPosture(c.getPosture(), w.day());
                j.setTargetTown(c.getTargetTown());
                j.setBlockedBy(c.getBlockedBy());
                if (c.getTown() != null) {
                    w.movement().goTo(w, j, c.getTown());
                }
                it.remove();
            } else if (c.getTown() != null && (j.pathEnd() == null || !j.pathEnd().equals(c.getTown().town()) || !j.hasDestination())) {
                w.movement().goTo(w, j, c.getTown());
            }
        }
        List<ArmedUnit> held = new ArrayList<>();
        for (Unit x : w.units()) {
            if (x instanceof ArmedUnit u && u.isAlive() && u.getBlockedBy() != null && u.getPosture() == Posture.HOLD && u.getTown() != null) {
                held.add(u);
            }
        }
        if (held.isEmpty()) {
            return;
        }
        for (Unit x : new ArrayList<>(w.units())) {
            if (!(x instanceof ArmedUnit r) || !r.isAlive() || r.isInExile() || r.getPosture() != Posture.HOLD || r.getBlockedBy() != null
                    || r.getTown() == null || r.getTown().getControlSide() != Side.JIHADIST || r.hasDestination()
                    || w.sideOf(r.getFaction()) != Side.JIHADIST) {
                continue;
            }
            ArmedUnit to = null;
            for (ArmedUnit c : held) {
                if (w.km(r, c) > 30 && w.km(r, c) <= p.reinforceRangeKm && (to == null || w.km(r, c) < w.km(r, to))) {
                    to = c;
                }
            }
            if (to == null) {
                continue;
            }
            int keep = (int) Math.ceil(Math.max(p.minColumnFighters, r.getStrength() * (1 - p.reinforceShare)));
            int send = r.getStrength() - keep;
            if (send < p.minColumnFighters / 2) {
                continue;
            }
            if (appraisal.appraise(w, r.getFaction(), r.getX(), r.getY(), r.getTown(), 1, null).total() > 0) {
                continue; // not quiet: it holds
            }
            int veh = (int) Math.round((double) r.getVehicles() * send / r.getStrength());
            ArmedUnit j = new ArmedUnit(w.newUnitId(), r.getFaction(), r.getX(), r.getY(), send, veh, r.getSupplies(), Posture.HOLD);
            j.setTown(r.getTown());
            r.setStrength(keep);
            r.setVehicles(r.getVehicles() - veh);
            w.addUnit(j);
            w.movement().goTo(w, j, to.getTown());
            joining.put(j, to);
            w.emit(org.sahelsim.core.SubEventType.OTHER, r.getFaction(), "", r.getX(), r.getY(), 0, send + " " + r.getFaction().id()
                    + " fighters leave " + r.getTown().getName() + " to join the column at " + to.getTown().getName() + " (R1 reinforcement)");
        }
        w.flushBorn();
    }

    /** The nearest town held by a hostile side within rangeKm, or null. */
    private TownAgent nearestHostile(World w, ArmedUnit u) {
        TownAgent best = null;
        for (TownAgent t : w.towns()) {
            if (t != u.getTown() && t.getControlFaction() != null && w.hostile(u.getFaction(), t.getControlFaction()) && w.km(u, t) <= p.rangeKm
                    && (best == null || w.km(u, t) < w.km(u, best))) {
                best = t;
            }
        }
        return best;
    }

    /** Effective strength of the column the unit belongs to (same side, advancing or holding, within 30 km). */
    double columnStrength(World w, ArmedUnit u) {
        double s = 0;
        for (Unit v : w.units()) {
            if (v instanceof ArmedUnit a && a.isAlive() && w.sideOf(a.getFaction()) == Side.JIHADIST
                    && (a.getPosture() == Posture.ADVANCE || a.getPosture() == Posture.HOLD) && w.within(u, a, 30)) {
                s += power.effective(w, a);
            }
        }
        return s;
    }

    /** Effective strength of the force units holding a town, with the town's defence. */
    double garrisonStrength(World w, TownAgent t) {
        double s = 0;
        for (Unit v : w.units()) {
            if (v instanceof ForceUnit && v.isAlive() && v.getTown() == t && !w.fieldLog().isRouted(v.getId(), w.day())) {
                s += power.effective(w, v);
            }
        }
        if (t.getControlSide() == Side.GOVERNMENT) {
            s += t.getPopulation() / 1000.0 * p.localDefencePer1000;
        }
        return s * power.urbanDefenceFactor();
    }

    /** The nearest town by road within range, held by an enemy, whose garrison the column outmatches. */
    public TownAgent chooseTarget(World w, ArmedUnit u) {
        double own = columnStrength(w, u);
        TownAgent best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (TownAgent t : w.towns()) {
            if (t == u.getTown() || t.getControlFaction() == null || !w.hostile(u.getFaction(), t.getControlFaction())) {
                continue;
            }
            double straight = w.km(u, t);
            if (straight > p.rangeKm) {
                continue;
            }
            double road = u.getTown() == null ? straight : w.movement().roadKm(w, u.getTown(), t);
            if (road > 1.6 * p.rangeKm || road >= bestKm) {
                continue;
            }
            if (!outmatches(w, u, t, own)) {
                continue;
            }
            if (w.truces().violenceFactor(w, u.getFaction(), t.getControlFaction(), t) < 0.5) {
                continue;
            }
            best = t;
            bestKm = road;
        }
        return best;
    }

    /**
     * Whether the column outmatches the town: own >= superiorityRatio x (defence of the town +
     * the threat of the forces that can come to it before the fight is over), the horizon being
     * the column's travel time to the town plus one day of fighting (shared appraisal with R5),
     * and every hostile town its road runs through is outmatched too.
     */
    boolean outmatches(World w, ArmedUnit u, TownAgent t, double own) {
        double road = u.getTown() == null ? w.km(u, t) : Math.min(w.movement().roadKm(w, u.getTown(), t), 2 * w.km(u, t));
        double horizon = road / roadKmPerDay + 1;
        double threat = appraisal.appraise(w, u.getFaction(), t.centreX(), t.centreY(), t, horizon, t).total();
        if (own <= 0 || own < p.superiorityRatio * (garrisonStrength(w, t) + threat)) {
            return false;
        }
        // the road there must not run through a hostile garrison the column does not outmatch
        if (u.getTown() != null) {
            java.util.List<org.sahelsim.map.Town> path = w.movement().roadPath(w, u.getTown(), t);
            for (int i = 1; path != null && i + 1 < path.size(); i++) {
                TownAgent via = w.town(path.get(i));
                if (via != null && via.getControlFaction() != null && w.hostile(u.getFaction(), via.getControlFaction())
                        && own < p.superiorityRatio * garrisonStrength(w, via)) {
                    return false;
                }
            }
        }
        return true;
    }
}
