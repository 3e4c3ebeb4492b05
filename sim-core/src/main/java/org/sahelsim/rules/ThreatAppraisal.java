package org.sahelsim.rules;

import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.map.Grid;
import org.sahelsim.world.World;

/**
 * The threat a jihadist group sees at a place, shared by R1 (whether a column attacks a town)
 * and R5 (whether a group leaves): every hostile force weighted by whether it can intervene in
 * time, plus the air power seen nearby (004: the rebels "avoided direct confrontation with the
 * newly arrived conventional forces"; French air strikes "from January 11" stopped the advance).
 *
 * <p>threat(P, h) = sum over hostile force units f of E(f) x kappa(f) x w(t_f, h) + A(P), where
 * E is the effective strength (R17); f is ignored when routed (R2), when its cohesion is below
 * {@code minCohesion} or when it withdraws; t_f = km to P / {@code reactionSpeedKmPerDay}
 * (by road between towns, straight otherwise), plus {@code garrisonReactionDays} for a garrison,
 * and a garrison farther than {@code garrisonReachKm} from P does not come at all;
 * w = 1 when t_f is at most the horizon h, else exp(-(t_f - h) / {@code decayDays}); kappa = 1
 * for intervention forces (France, Chad, partners) and for any force in its own town P,
 * {@code homeForceWeight} for FAMa, AFISMA and UN elsewhere. A(P) = {@code airWeightPerSortie} x
 * (hostile sorties flown within {@code localAirKm} of P over the last {@code airMemoryDays}, plus
 * the daily sorties of hostile assets that can reach P within {@code responseHours}).
 */
public final class ThreatAppraisal {
    @ParamGroup(prefix = "threat", rule = AvoidConventionalForces.RULE)
    public record Params(
            @Param(value = 320, min = 10, max = 1000, unit = "km per day",
                    about = "how fast a hostile force can come to a place, as a group reckons it",
                    source = "assumed from convoy doctrine: 40 km/h for 8 h of driving on roads (FM 55-30/FM 11-43 order of magnitude)")
            double reactionSpeedKmPerDay,
            @Param(value = 60, min = 0, max = 1000, unit = "km",
                    about = "a garrison (a force holding its town, not out clearing, patrolling or advancing) weighs only at places this close",
                    source = "assumed (a day out and back by road); 001: villages 'surrounded by jihadists', a 'large convoy' needed to secure the area")
            double garrisonReachKm,
            @Param(value = 0.5, min = 0, max = 10, unit = "days",
                    about = "time a garrison needs before it sets out",
                    source = "assumed")
            double garrisonReactionDays,
            @Param(value = 1, min = 0.05, max = 30, unit = "days",
                    about = "a force that needs this much more than the horizon to arrive weighs e^-1 of its strength",
                    source = "assumed")
            double decayDays,
            @Param(value = 0.5, min = 0, max = 1, unit = "multiplier",
                    about = "weight of FAMa, AFISMA and UN forces away from their own town (intervention forces weigh 1)",
                    source = "assumed; 004: the rebels 'avoided direct confrontation with the newly arrived conventional forces'")
            double homeForceWeight,
            @Param(value = 0.3, min = 0, max = 1, unit = "cohesion",
                    about = "a force below this cohesion counts in no appraisal",
                    source = "assumed")
            double minCohesion,
            @Param(value = 3, min = 0, max = 30, unit = "days",
                    about = "days a routed garrison holds no ground and counts in no appraisal",
                    source = "assumed; 004: the Konna garrison 'fled, abandoning their heavy weapons'")
            double routedDays,
            @Param(value = 60, min = 0, max = 10000, unit = "effective strength per sortie",
                    about = "weight of one hostile sortie seen near a place, or one daily sortie of an asset that can reach it quickly",
                    source = "assumed")
            double airWeightPerSortie,
            @Param(value = 150, min = 0, max = 2000, unit = "km",
                    about = "sorties flown this close to a place are felt there",
                    source = "assumed")
            double localAirKm,
            @Param(value = 2, min = 1, max = 30, unit = "days",
                    about = "how long sorties seen nearby are remembered",
                    source = "assumed")
            double airMemoryDays,
            @Param(value = 3, min = 0, max = 24, unit = "hours",
                    about = "an air asset whose transit to a place is at most this counts as on call there",
                    source = "assumed; from N'Djamena (about 2.6 h to central Mali at 800 km/h) an asset is barely on call, from Niamey or Ouagadougou fully")
            double responseHours) {}

    /** The appraised threat and the force that weighs most (the one to flee from), or null. */
    public record Threat(double total, double x, double y, boolean any) {}

    private final Params p;
    private final CombatPower power;
    private final AirStrikes.Params air;

    ThreatAppraisal(Params p, CombatPower power, AirStrikes.Params air) {
        this.p = p;
        this.power = power;
        this.air = air;
    }

    public Params params() {
        return p;
    }

    /** Intervention forces, which groups avoid wherever they are. */
    public static boolean intervention(Faction f) {
        return f == Faction.FRANCE || f == Faction.CHAD || f == Faction.PARTNER;
    }

    /** Whether the force counts in an appraisal today: alive, not routed, cohesive, not withdrawing. */
    public boolean counts(World w, ForceUnit f) {
        return f.isAlive() && !w.fieldLog().isRouted(f.getId(), w.day()) && f.getCohesion() >= p.minCohesion
                && f.getMission() != Mission.WITHDRAW;
    }

    /** Weight w(t, h) of a force t days away against a horizon of h days. */
    public double timeWeight(double t, double h) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        return t <= h ? 1.0 : Math.exp(-(t - h) / p.decayDays);
    }

    /**
     * The threat the group of faction {@code g} sees at (x, y) in town {@code at} (may be null) over
     * {@code horizonDays}; the units holding {@code exclude} (the target's garrison, counted in its
     * defence by R1) are left out.
     */
    public Threat appraise(World w, Faction g, double x, double y, TownAgent at, double horizonDays, TownAgent exclude) {
        double total = 0;
        double best = 0;
        double bx = Double.NaN;
        double by = Double.NaN;
        for (ForceUnit f : w.forceUnits()) {
            if (!w.hostile(g, f.getFaction()) || !counts(w, f)) {
                continue;
            }
            if (exclude != null && f.getTown() == exclude && !Sanctuary.hunting(f)) {
                continue;
            }
            double straight = Grid.km(f.getX(), f.getY(), x, y);
            boolean garrison = !Sanctuary.hunting(f);
            double t;
            if (garrison && straight > p.garrisonReachKm) {
                continue;
            }
            double km = (f.getTown() != null && at != null) ? Math.min(w.movement().roadKm(w, f.getTown(), at), straight * 2) : straight;
            t = km / p.reactionSpeedKmPerDay + (garrison && f.getTown() != at ? p.garrisonReactionDays : 0);
            double kappa = intervention(f.getFaction()) || (at != null && f.getTown() == at) ? 1.0 : p.homeForceWeight;
            double c = power.effective(w, f) * kappa * timeWeight(t, horizonDays);
            total += c;
            if (c > best) {
                best = c;
                bx = f.getX();
                by = f.getY();
            }
        }
        double a = air(w, g, x, y);
        total += a;
        if (a > best && Double.isNaN(bx)) {
            bx = x;
            by = y;
        }
        return new Threat(total, bx, by, !Double.isNaN(bx));
    }

    /** A(P): the air threat a group of faction g feels at (x, y). */
    public double air(World w, Faction g, double x, double y) {
        int since = w.day() - (int) p.airMemoryDays + 1;
        double n = w.fieldLog().sortiesNear(f -> w.hostile(g, f), since, x, y, p.localAirKm);
        for (AirAsset a : w.airAssets()) {
            if (a.getSortiesPerDay() > 0 && w.hostile(g, a.getFaction())
                    && AirStrikes.transitHours(air, a, x, y) <= p.responseHours) {
                n += a.getSortiesPerDay() * air.sortieFactor();
            }
        }
        return n * p.airWeightPerSortie;
    }

    /** No hostile sorties within localAirKm over the last {@code days} and no hostile asset on call. */
    public boolean airQuiet(World w, Faction g, double x, double y, int days) {
        if (w.fieldLog().sortiesNear(f -> w.hostile(g, f), w.day() - days + 1, x, y, p.localAirKm) > 0) {
            return false;
        }
        for (AirAsset a : w.airAssets()) {
            if (a.getSortiesPerDay() > 0 && w.hostile(g, a.getFaction()) && AirStrikes.transitHours(air, a, x, y) <= p.responseHours) {
                return false;
            }
        }
        return true;
    }

    /** Days for a hostile force (by the appraisal's speed) to reach (x, y); used by R8's emergence. */
    public double daysToReach(ForceUnit f, double x, double y) {
        return Grid.km(f.getX(), f.getY(), x, y) / p.reactionSpeedKmPerDay;
    }
}
