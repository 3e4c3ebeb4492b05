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
 * <p>Each day a jihadist unit holding or advancing on a town appraises the threat where it stands
 * over one day ({@link ThreatAppraisal}, shared with R1: hostile forces weighted by whether they
 * can come within the day, intervention forces fully and FAMa, AFISMA and UN by half away from
 * their town, a garrison only within its reach, routed and broken forces not at all, plus the
 * air activity seen nearby). If it exceeds the effective strength of the jihadists around it
 * (within 30 km, with their defence) by {@code superiorityRatio}, the unit leaves with
 * probability {@code leaveProbability}: it disperses (R4) away from the force that weighs most,
 * towards the redoubt or a sanctuary. Units already in the redoubt stay and defend it (R6) while
 * it has supplies.
 */
public final class AvoidConventionalForces implements Rule {
    public static final String RULE = "R5";

    @ParamGroup(prefix = "avoidance", rule = RULE)
    public record Params(
            @Param(value = 1.0, min = 0.1, max = 10, unit = "ratio",
                    about = "forces stronger than the local jihadists by this ratio make them leave",
                    source = "assumed")
            double superiorityRatio,
            @Param(value = 0.6, min = 0, max = 1, unit = "probability per day",
                    about = "chance per day that a threatened unit leaves",
                    source = "assumed; 004: 'melt away ... in droves'")
            double leaveProbability) {}

    private final Params p;

    private final CombatPower power;
    private final Dispersal dispersal;
    private final ThreatAppraisal appraisal;

    AvoidConventionalForces(Params p, CombatPower power, Dispersal dispersal, ThreatAppraisal appraisal) {
        this.p = p;
        this.power = power;
        this.dispersal = dispersal;
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
        if (w.forceUnits().isEmpty() && w.airAssets().isEmpty()) {
            return;
        }
        List<ArmedUnit> ownUnits = null;
        List<Double> ownPower = null;
        for (ArmedUnit a : w.armedUnits()) {
            if (!a.isAlive() || a.isInExile() || w.sideOf(a.getFaction()) != Side.JIHADIST) {
                continue;
            }
            Posture ps = a.getPosture();
            if (ps != Posture.HOLD && ps != Posture.ADVANCE && !(ps == Posture.REDOUBT && w.redoubt().getSupplies() <= 0)) {
                continue;
            }
            ThreatAppraisal.Threat threat = appraisal.appraise(w, a.getFaction(), a.getX(), a.getY(), a.getTown(), 1.0, null);
            if (!threat.any()) {
                continue;
            }
            if (ownUnits == null) { // the visible jihadist units and their power, until a dispersal changes them
                ownUnits = new ArrayList<>();
                ownPower = new ArrayList<>();
                for (ArmedUnit v : w.armedUnits()) {
                    if (v.isAlive() && World.visible(v) && w.sideOf(v.getFaction()) == Side.JIHADIST) {
                        ownUnits.add(v);
                        ownPower.add(power.effective(w, v) * power.defence(w, v));
                    }
                }
            }
            double own = 0;
            for (int i = 0; i < ownUnits.size(); i++) {
                if (w.within(a, ownUnits.get(i), 30)) {
                    own += ownPower.get(i);
                }
            }
            if (threat.total() > own * p.superiorityRatio && w.chance(p.leaveProbability)) {
                dispersal.disperse(w, a, threat.x(), threat.y());
                ownUnits = null;
            }
        }
    }
}
