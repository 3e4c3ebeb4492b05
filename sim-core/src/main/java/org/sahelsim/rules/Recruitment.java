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
 *
 * <p>Groups grow where the state is absent (001, 003: Katiba Macina's rise among the herders of
 * the centre from 2015): recruits of a town with no jihadist unit within {@code radiusKm} are not
 * lost but gather there; once {@code cellFighters} have gathered in a town where the state is
 * absent (no government-side troops) and grievance is at least {@code cellGrievance} (above the
 * level of an absent state alone: abuses or militia violence have happened there, R13), they form
 * a new cell of the jihadist faction whose unit is nearest (its recruiters), hidden in the town
 * (R8: it comes out when unthreatened, R4 merges it with others, R1 takes it on offensives).
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
            double initialGrievance,
            @Param(value = 30, min = 1, max = 1000, unit = "fighters",
                    about = "recruits that, gathered in a town with no group within radiusKm, form a new cell there",
                    source = "assumed (a band of two or three dozen motorbikes)")
            double cellFighters,
            @Param(value = 0.3, min = 0, max = 1, unit = "grievance (0..1)",
                    about = "least grievance of a town where the state is absent for its gathered recruits to form a cell (above vengeance.absentStateGrievance: abuses or militia violence happened there)",
                    source = "assumed; 001, 003: the groups grow on grievances where the state is absent")
            double cellGrievance) {}

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

    /** Per town (index order): recruits gathered with no group in reach. */
    private int[] gathered;

    public void apply(World w) {
        if (gathered == null) {
            gathered = new int[w.towns().size()];
        }
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
            } else {
                gather(w, t, n);
            }
        }
        w.flushBorn();
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

    /** Recruits of a town with no group in reach gather there; enough of them, where grievance runs high and the state is absent, form a cell. */
    private void gather(World w, TownAgent t, int n) {
        int i = t.index();
        gathered[i] += n;
        if (gathered[i] < p.cellFighters || t.getGrievance() < p.cellGrievance || t.presence(Side.GOVERNMENT) > 0
                || t.getControlSide() == Side.SEPARATIST) {
            return;
        }
        ArmedUnit recruiter = null;
        for (ArmedUnit a : w.armedUnits()) {
            if (a.isAlive() && !a.isInExile() && w.sideOf(a.getFaction()) == Side.JIHADIST && (recruiter == null || w.km(a, t) < w.km(recruiter, t))) {
                recruiter = a;
            }
        }
        if (recruiter == null) {
            return;
        }
        ArmedUnit cell = new ArmedUnit(w.newUnitId(), recruiter.getFaction(), t.centreX(), t.centreY(), gathered[i], 0, 0, Posture.HIDE);
        cell.setTown(t);
        cell.setTargetTown(t);
        w.addUnit(cell);
        w.fieldLog().recruited(cell.getFaction(), gathered[i]);
        w.emit(org.sahelsim.core.SubEventType.OTHER, cell.getFaction(), "", t.centreX(), t.centreY(), 0,
                "a " + cell.getFaction().id() + " cell of " + gathered[i] + " local recruits forms in " + t.getName() + " (R15)");
        gathered[i] = 0;
    }
}
