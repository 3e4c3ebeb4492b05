package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R2 Garrison collapse (document 004, Konna, January 10 2013: "the soldiers fled, abandoning
 * their heavy weapons and armored vehicles").
 *
 * <p>When a column (armed units in posture advance) attacks force units holding a town and its
 * effective strength exceeds the garrison's (with the town's defence) by at least
 * {@code routRatio}, the garrison routs with probability routProbability x min(1, ratio /
 * (2 routRatio)): it loses {@code routLossShare} of its men, leaves {@code equipmentLeftShare}
 * of its vehicles and some supplies to the attacker, and falls back along the roads to the
 * nearest town its side holds: it is out of the town the same day (the first 20 km of its
 * flight) and, routed, holds no ground and counts in no threat appraisal for
 * {@code threat.routedDays}.
 */
public final class GarrisonCollapse implements Rule {
    public static final String RULE = "R2";

    @ParamGroup(prefix = "garrisonCollapse", rule = RULE)
    public record Params(
            @Param(value = 1.5, min = 1, max = 10, unit = "ratio",
                    about = "attacker/defender effective strength above which a garrison may rout",
                    source = "assumed")
            double routRatio,
            @Param(value = 0.8, min = 0, max = 1, unit = "probability per day",
                    about = "chance of a rout at twice the rout ratio or more",
                    source = "assumed; 004: Konna garrison fled")
            double routProbability,
            @Param(value = 0.7, min = 0, max = 1, unit = "share of vehicles",
                    about = "vehicles a routed garrison abandons to the attacker",
                    source = "assumed; 004: 'abandoning their heavy weapons and armored vehicles'")
            double equipmentLeftShare,
            @Param(value = 0.08, min = 0, max = 1, unit = "share of troops",
                    about = "troops killed or captured in a rout",
                    source = "assumed")
            double routLossShare) {}

    private final Params p;

    private final CombatPower power;
    private final double routedDays;

    GarrisonCollapse(Params p, CombatPower power, ThreatAppraisal.Params threat) {
        this.p = p;
        this.power = power;
        this.routedDays = threat.routedDays();
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Kilometres a routed garrison covers on the day of its rout, out of its town. */
    static final double ROUT_KM = 20;

    /** Returns true when the defenders routed (and the day's fight is over). */
    public boolean tryRout(World w, List<Unit> attackers, List<Unit> defenders) {
        boolean column = false;
        for (Unit u : attackers) {
            column |= u instanceof ArmedUnit a && a.getPosture() == Posture.ADVANCE;
        }
        if (!column || defenders.isEmpty()) {
            return false;
        }
        TownAgent town = null;
        for (Unit d : defenders) {
            if (!(d instanceof ForceUnit) || d.getTown() == null || d.getTown().getControlSide() != w.sideOf(d.getFaction())) {
                return false;
            }
            town = d.getTown();
        }
        double effA = power.effective(w, attackers);
        double effD = power.effective(w, defenders) * power.urbanDefenceFactor();
        double ratio = effD <= 0 ? Double.POSITIVE_INFINITY : effA / effD;
        if (ratio < p.routRatio || !w.chance(p.routProbability * Math.min(1.0, ratio / (2 * p.routRatio)))) {
            return false;
        }
        Unit taker = attackers.get(0);
        for (Unit u : attackers) {
            if (u.getStrength() > taker.getStrength()) {
                taker = u;
            }
        }
        int dead = 0;
        int abandoned = 0;
        for (Unit d : defenders) {
            int lost = w.binomial(d.getStrength(), p.routLossShare);
            int left = (int) Math.round(d.getVehicles() * p.equipmentLeftShare);
            d.setStrength(d.getStrength() - lost);
            d.setVehicles(d.getVehicles() - left);
            d.setCohesion(d.getCohesion() * 0.6);
            w.addCasualties(w.sideOf(d.getFaction()), lost);
            dead += lost;
            abandoned += left;
            taker.setSupplies(taker.getSupplies() + d.getSupplies() * p.equipmentLeftShare);
            if (d.isAlive()) {
                retreat(w, (ForceUnit) d);
                // the routed garrison is out of the town the same day (the first km of its flight)
                // and, routed, holds no ground and counts in no appraisal for threat.routedDays
                w.movement().move(w, d, ROUT_KM);
                d.setTown(null);
                w.fieldLog().routed(d.getId(), w.day() + (int) Math.ceil(routedDays));
            }
        }
        taker.setVehicles(taker.getVehicles() + abandoned);
        int attackerDead = Math.min(taker.getStrength() - 1, w.poisson(power.combat().aimedFireRate() * effD * 0.3));
        if (attackerDead > 0) {
            taker.setStrength(taker.getStrength() - attackerDead);
            w.addCasualties(w.sideOf(taker.getFaction()), attackerDead);
        }
        w.emit(SubEventType.ARMED_CLASH, taker.getFaction(), defenders.get(0).getFaction().id(), town.centreX(), town.centreY(),
                dead + Math.max(0, attackerDead), "garrison of " + town.getName() + " routed, " + abandoned + " vehicles abandoned (R2)");
        return true;
    }

    /** Sends a force unit back to the nearest town its side holds (by road), to garrison it. */
    public void retreat(World w, ForceUnit f) {
        TownAgent from = f.getTown();
        Side side = w.sideOf(f.getFaction());
        TownAgent best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (TownAgent t : w.towns()) {
            if (t == from || t.getControlSide() != side || !w.access().allowedTown(f.getFaction(), t)) {
                continue;
            }
            double straight = w.km(f, t);
            if (straight < 15 || straight > 800) {
                continue;
            }
            double km = from == null ? straight : w.movement().roadKm(w, from, t);
            if (km < bestKm) {
                bestKm = km;
                best = t;
            }
        }
        f.setMission(Mission.GARRISON);
        f.setPost(best);
        if (best != null) {
            w.movement().goTo(w, f, best);
        }
    }
}
