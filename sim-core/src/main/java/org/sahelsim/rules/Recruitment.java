package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R15 Recruitment, local and foreign (document 002: recruitment-and-transport networks bringing
 * volunteers from France to the "3,000 to 5,000 core fighters"; "as long as AQIM-linked fighters
 * scatter ... they'll be far more difficult for outside supporters to find and join").
 *
 * <p>Local: each day a town yields Poisson(population x {@code localRatePerDay} x grievance x
 * (0.3 + sympathy for the jihadists)) recruits to the nearest jihadist unit within
 * {@code radiusKm} (not in exile). Foreign: Poisson({@code foreignInflowPerDay} x (1 -
 * {@code dispersedPenalty} x share of jihadist fighters dispersed, hiding or in the redoubt) x (1 -
 * {@code networksDismantled})) recruits join the largest jihadist unit.
 */
public final class Recruitment implements Rule {
    public static final String RULE = "R15";

    public record Params(double localRatePerDay, double radiusKm, double foreignInflowPerDay, double dispersedPenalty,
                         double networksDismantled, double initialGrievance) {
        public static Params from(Parameters p) {
            return new Params(p.get("recruitment.localRatePerDay"), p.get("recruitment.radiusKm"),
                    p.get("recruitment.foreignInflowPerDay"), p.get("recruitment.dispersedPenalty"),
                    p.get("recruitment.networksDismantled"), p.get("recruitment.initialGrievance"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("recruitment.localRatePerDay", RULE, 0.00002, 0, 0.01, "recruits per inhabitant per day",
                        "local recruitment at full grievance", "assumed"),
                P.of("recruitment.radiusKm", RULE, 150, 0, 1000, "km", "recruits join a unit within this distance of their town", "assumed"),
                P.of("recruitment.foreignInflowPerDay", RULE, 2, 0, 100, "recruits per day",
                        "foreign volunteers arriving when the groups are concentrated", "assumed; 002: networks from France"),
                P.of("recruitment.dispersedPenalty", RULE, 0.8, 0, 1, "share",
                        "reduction of the foreign inflow when all fighters are scattered", "assumed; 002: scattering makes joining harder"),
                P.of("recruitment.networksDismantled", RULE, 0, 0, 1, "share", "share of the recruitment networks dismantled",
                        "scenario lever; 002: four arrests in Paris, Feb 5 2013"),
                P.of("recruitment.initialGrievance", RULE, 0.2, 0, 1, "grievance (0..1)", "grievance of every town at the start", "assumed"));
    }

    private final Params p;

    public Recruitment(Parameters parameters) {
        this.p = Params.from(parameters);
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
        return t.getPopulation() * p.localRatePerDay * t.getGrievance() * (0.3 + t.sympathy(Side.JIHADIST));
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
    }
}
