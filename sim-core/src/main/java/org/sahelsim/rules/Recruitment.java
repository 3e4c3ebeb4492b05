package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R15 Recruitment, local and foreign (document 002: recruitment-and-transport networks bringing
 * volunteers from France to the "3,000 to 5,000 core fighters"; "as long as AQIM-linked fighters
 * scatter ... they'll be far more difficult for outside supporters to find and join").
 *
 * <p>Local: each day a town yields Poisson(population present (civilians submodel) x {@code localRatePerDay} x grievance x
 * (0.3 + sympathy for the jihadists)) recruits to the nearest jihadist unit within
 * {@code radiusKm} (not in exile). Foreign: Poisson({@code foreignInflowPerDay} x (1 -
 * {@code dispersedPenalty} x share of jihadist fighters dispersed, hiding or in the redoubt) x (1 -
 * {@code networksDismantled})) recruits join the largest jihadist unit.
 */
public final class Recruitment implements Rule {
    public static final String RULE = "R15";

    @ParamGroup(prefix = "recruitment", rule = RULE)
    public record Params(
            @Param(value = 0.00002, min = 0, max = 0.01, unit = "recruits per inhabitant per day",
                    about = "local recruitment at full grievance",
                    source = "assumed")
            double localRatePerDay,
            @Param(value = 150, min = 0, max = 1000, unit = "km",
                    about = "recruits join a unit within this distance of their town",
                    source = "assumed")
            double radiusKm,
            @Param(value = 2, min = 0, max = 100, unit = "recruits per day",
                    about = "foreign volunteers arriving when the groups are concentrated",
                    source = "assumed; 002: networks from France")
            double foreignInflowPerDay,
            @Param(value = 0.8, min = 0, max = 1, unit = "share",
                    about = "reduction of the foreign inflow when all fighters are scattered",
                    source = "assumed; 002: scattering makes joining harder")
            double dispersedPenalty,
            @Param(value = 0, min = 0, max = 1, unit = "share",
                    about = "share of the recruitment networks dismantled",
                    source = "scenario lever; 002: four arrests in Paris, Feb 5 2013")
            double networksDismantled,
            @Param(value = 0.2, min = 0, max = 1, unit = "grievance (0..1)",
                    about = "grievance of every town at the start",
                    source = "assumed")
            double initialGrievance) {}

    private final Params p;

    public Recruitment(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Expected local recruits per day from a town. */
    public double localRate(TownAgent t) {
        return t.getPopulationPresent() * p.localRatePerDay * t.getGrievance() * (0.3 + t.sympathy(Side.JIHADIST));
    }

    public void apply(World w) {
        for (TownAgent t : w.towns()) {
            int n = w.poisson(localRate(t));
            if (n == 0) {
                continue;
            }
            ArmedUnit best = null;
            double bestKm = p.radiusKm;
            for (Unit u : w.units()) {
                if (u instanceof ArmedUnit a && a.isAlive() && !a.isInExile() && w.sideOf(a.getFaction()) == Side.JIHADIST) {
                    double km = w.km(a, t);
                    if (km <= bestKm) {
                        bestKm = km;
                        best = a;
                    }
                }
            }
            if (best != null) {
                best.setStrength(best.getStrength() + n);
                w.fieldLog().recruited(best.getFaction(), n);
            }
        }
        int total = 0;
        int scattered = 0;
        ArmedUnit largest = null;
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit a && a.isAlive() && w.sideOf(a.getFaction()) == Side.JIHADIST) {
                total += a.getStrength();
                Posture ps = a.getPosture();
                if (ps == Posture.DISPERSE || ps == Posture.HIDE || ps == Posture.REDOUBT || a.isInExile()) {
                    scattered += a.getStrength();
                }
                if (largest == null || a.getStrength() > largest.getStrength()) {
                    largest = a;
                }
            }
        }
        if (largest == null) {
            return;
        }
        double share = total == 0 ? 0 : (double) scattered / total;
        int foreign = w.poisson(p.foreignInflowPerDay * (1 - p.dispersedPenalty * share) * (1 - p.networksDismantled));
        largest.setStrength(largest.getStrength() + foreign);
        w.fieldLog().recruited(largest.getFaction(), foreign);
    }
}
