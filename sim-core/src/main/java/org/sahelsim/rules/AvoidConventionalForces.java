package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R5 Avoid conventional forces (document 004: "The rebels avoided direct confrontation with the
 * newly arrived conventional forces").
 *
 * <p>Each day a jihadist unit holding or advancing on a town looks at the hostile forces within
 * {@code radiusKm}. If their effective strength exceeds that of the jihadists around it (within
 * 30 km) by {@code superiorityRatio}, it leaves with probability {@code leaveProbability}: it
 * disperses (R4) away from the nearest threatening force, towards the redoubt or a sanctuary.
 * Units already in the redoubt stay and defend it (R6) while it has supplies. Forces on the move
 * (clearing, patrolling, advancing) count within {@code radiusKm}; a garrison, which holds its town
 * and does not go after the groups, counts only within {@code garrisonReachKm} for a holding unit
 * (a column on the road still weighs every force within {@code radiusKm}) (001: villages
 * "surrounded by jihadists"; a "large convoy" had to be sent to secure the Niono area).
 */
public final class AvoidConventionalForces implements Rule {
    public static final String RULE = "R5";

    @ParamGroup(prefix = "avoidance", rule = RULE)
    public record Params(
            @Param(value = 150, min = 0, max = 1000, unit = "km",
                    about = "hostile forces closer than this are weighed against the unit's own side",
                    source = "assumed; about two days' drive")
            double radiusKm,
            @Param(value = 1.0, min = 0.1, max = 10, unit = "ratio",
                    about = "forces stronger than the local jihadists by this ratio make them leave",
                    source = "assumed")
            double superiorityRatio,
            @Param(value = 0.6, min = 0, max = 1, unit = "probability per day",
                    about = "chance per day that a threatened unit leaves",
                    source = "assumed; 004: 'melt away ... in droves'")
            double leaveProbability,
            @Param(value = 60, min = 0, max = 1000, unit = "km",
                    about = "a garrison (a force holding its town, not out clearing, patrolling or advancing) threatens only units this close",
                    source = "assumed (a day out and back by road); 001: villages 'surrounded by jihadists', a 'large convoy' needed to secure the area; 30 km broke the negotiation-2020 pattern test, 60 and 90 keep it")
            double garrisonReachKm) {}

    private final Params p;

    private final CombatPower power;
    private final Dispersal dispersal;

    AvoidConventionalForces(Params p, CombatPower power, Dispersal dispersal) {
        this.p = p;
        this.power = power;
        this.dispersal = dispersal;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    public void apply(World w) {
        List<Unit> us = w.units(); // dispersal adds units through addUnit, not to these lists
        List<org.sahelsim.agents.ForceUnit> forces = w.forceUnits();
        if (forces.isEmpty()) {
            return;
        }
        for (ArmedUnit a : w.armedUnits()) {
            if (!a.isAlive() || a.isInExile() || w.sideOf(a.getFaction()) != Side.JIHADIST) {
                continue;
            }
            Posture ps = a.getPosture();
            if (ps != Posture.HOLD && ps != Posture.ADVANCE && !(ps == Posture.REDOUBT && w.redoubt().getSupplies() <= 0)) {
                continue;
            }
            double threat = 0;
            Unit nearest = null;
            double nearestKm = Double.POSITIVE_INFINITY;
            for (ForceUnit v : forces) {
                if (v.isAlive() && w.hostile(a.getFaction(), v.getFaction())
                        && w.within(a, v, Sanctuary.hunting(v) || ps == Posture.ADVANCE ? p.radiusKm : Math.min(p.radiusKm, p.garrisonReachKm))) {
                    double km = w.km(a, v);
                    {
                        threat += power.effective(w, v);
                        if (km < nearestKm) {
                            nearestKm = km;
                            nearest = v;
                        }
                    }
                }
            }
            if (nearest == null) {
                continue;
            }
            double own = 0;
            for (ArmedUnit v : w.armedUnits()) {
                if (v.isAlive() && World.visible(v) && w.sideOf(v.getFaction()) == Side.JIHADIST && w.within(a, v, 30)) {
                    own += power.effective(w, v) * power.defence(w, v);
                }
            }
            if (threat > own * p.superiorityRatio && w.chance(p.leaveProbability)) {
                dispersal.disperse(w, a, nearest.getX(), nearest.getY());
            }
        }
    }
}
