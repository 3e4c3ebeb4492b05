package org.sahelsim.rules;

import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.RoadClass;
import org.sahelsim.map.RoadLink;
import org.sahelsim.map.Terrain;
import org.sahelsim.map.Town;
import org.sahelsim.world.World;

/**
 * How far a column (force or armed group) drives in a day (issue 11, replaces the fitted 90 and
 * 120 km/day): speed of the road class of its current leg x driving hours x a mode factor
 * (administrative; tactical in ground held by a hostile side; contact after an ambush or with a
 * hostile unit close) x a daily random factor, with random halt days. Forces on the move meet
 * ambushes and mines as Poisson events whose rate grows with the hostile fighters near them; each
 * costs part of the day and puts the unit in contact mode. The same table serves jihadist columns.
 */
public final class Marches {
    @ParamGroup(prefix = "movement", rule = "R9")
    public record Params(
            @Param(value = 40, min = 1, max = 200, unit = "km per hour",
                    about = "convoy speed on a paved national road",
                    source = "US Army FM 11-43 §5-2: convoy speed on two-lane roads 40 km/h")
            double nationalKmPerHour,
            @Param(value = 20, min = 1, max = 200, unit = "km per hour",
                    about = "convoy speed on a desert or bush track (and the base of off-road speed, divided by the terrain's move cost)",
                    source = "assumed: half the road speed (FM 11-43's slowest listed case is 24 km/h in built-up areas)")
            double trackKmPerHour,
            @Param(value = 8, min = 1, max = 24, unit = "hours per day",
                    about = "hours a column drives in a day",
                    source = "assumed: a day's march by daylight with halts (convoy planning practice)")
            double drivingHoursPerDay,
            @Param(value = 0.5, min = 0, max = 1, unit = "factor",
                    about = "speed factor when moving towards or through ground held by a hostile side (reconnaissance, security)",
                    source = "assumed: advance with reconnaissance in hostile-held ground")
            double tacticalFactor,
            @Param(value = 0.25, min = 0, max = 1, unit = "factor",
                    about = "speed factor in contact: a hostile unit within contactKm, or an ambush in the last two days",
                    source = "assumed: movement to contact, route clearance")
            double contactFactor,
            @Param(value = 30, min = 0, max = 300, unit = "km",
                    about = "a hostile unit this close puts a force in contact mode",
                    source = "assumed")
            double contactKm,
            @Param(value = 0.3, min = 0, max = 2, unit = "sigma of a lognormal",
                    about = "day-to-day variation of a column's speed (mean 1)",
                    source = "assumed")
            double dailySpeedSigma,
            @Param(value = 0.1, min = 0, max = 1, unit = "probability per day",
                    about = "chance a moving column halts for the day (maintenance, refuelling, sandstorm)",
                    source = "assumed")
            double haltProbabilityPerDay,
            @Param(value = 0.2, min = 0, max = 10, unit = "events per 100 km per 100 hostile fighters",
                    about = "rate of ambushes and mines met by a moving force, per 100 km driven and per 100 hostile fighters within ambushRadiusKm",
                    source = "order of magnitude from 004 l.47: the Chadian column met three ambushes advancing some tens of km in mountains with several hundred AQIM near; not fitted to any date")
            double ambushPer100kmPer100Fighters,
            @Param(value = 50, min = 0, max = 500, unit = "km",
                    about = "hostile fighters within this distance of a moving force feed its ambush rate",
                    source = "assumed")
            double ambushRadiusKm,
            @Param(value = 3, min = 1, max = 10, unit = "factor",
                    about = "ambush rate multiplier in mountains",
                    source = "assumed; 004 l.47 (Adrar des Ifoghas)")
            double mountainAmbushFactor) {}

    private final Params p;

    Marches(Params p) {
        this.p = p;
    }

    public Params params() {
        return p;
    }

    /** Administrative km per day on a road class. */
    public double kmPerDay(RoadClass c) {
        return (c == RoadClass.NATIONAL ? p.nationalKmPerHour : p.trackKmPerHour) * p.drivingHoursPerDay;
    }

    /** The class of the road leg a unit is on (or starts next), or null when it moves off-road. */
    static RoadClass legClass(World w, Unit u) {
        if (u.path() == null || u.pathIndex() >= u.path().size() - 1) {
            return null;
        }
        Town a = u.path().get(u.pathIndex());
        Town b = u.path().get(u.pathIndex() + 1);
        return classOf(w, a, b);
    }

    static RoadClass classOf(World w, Town a, Town b) {
        for (RoadLink l : w.map().links(a)) {
            if (l.to().equals(b) || l.from().equals(b)) {
                return l.roadClass();
            }
        }
        return RoadClass.TRACK;
    }

    /** Daily random factor (lognormal, mean 1) and halt draw: 0 on a halt day. */
    double dailyFactor(World w) {
        if (w.chance(p.haltProbabilityPerDay)) {
            return 0;
        }
        double s = p.dailySpeedSigma;
        return Math.exp(s * w.random().nextGaussian() - s * s / 2);
    }

    /** Today's km for a moving armed-group column (R1): same table, tactical when its target is held by a hostile side. */
    double columnKm(World w, ArmedUnit a) {
        if (!a.hasDestination()) {
            return 0;
        }
        RoadClass c = legClass(w, a);
        double base = c == null ? p.nationalKmPerHour * p.drivingHoursPerDay : kmPerDay(c);
        TownAgent t = a.getTargetTown();
        boolean hostileGround = t != null && t.getControlFaction() != null && w.hostile(a.getFaction(), t.getControlFaction());
        return base * (hostileGround ? p.tacticalFactor : 1) * dailyFactor(w);
    }

    /** Today's km for a moving force, after its halt, mode and ambush draws. */
    double forceKm(World w, ForceUnit f) {
        if (!f.hasDestination() || f.getHaltedUntilDay() >= w.day()) {
            return 0;
        }
        RoadClass c = legClass(w, f);
        double base = c == null ? p.nationalKmPerHour * p.drivingHoursPerDay : kmPerDay(c);
        double hostileNear = 0;
        boolean contact = f.getContactUntilDay() >= w.day();
        for (ArmedUnit a : w.armedUnits()) {
            if (a.isAlive() && World.visible(a) && !a.isInExile() && w.hostile(f.getFaction(), a.getFaction())) {
                double km = w.km(f, a);
                if (km <= p.ambushRadiusKm) {
                    hostileNear += a.getStrength();
                }
                if (km <= p.contactKm && a.getPosture() != Posture.REDOUBT) {
                    contact = true;
                }
            }
        }
        double mode = 1;
        if (contact) {
            mode = p.contactFactor;
        } else if (hostileGround(w, f)) {
            mode = p.tacticalFactor;
        }
        double km = base * mode * dailyFactor(w);
        if (km > 0 && hostileNear > 0 && p.ambushPer100kmPer100Fighters > 0) {
            double terrain = w.terrainAt(f) == Terrain.MOUNTAIN ? p.mountainAmbushFactor : 1;
            double lambda = p.ambushPer100kmPer100Fighters * km / 100 * hostileNear / 100 * terrain;
            int n = w.poisson(lambda);
            if (n > 0) {
                for (int i = 0; i < n; i++) {
                    km *= w.random().nextDouble();
                }
                f.setContactUntilDay(w.day() + 2);
                w.emit(SubEventType.OTHER, f.getFaction(), "", f.getX(), f.getY(), 0,
                        f.getFaction().id() + " column delayed by " + n + " ambush or mine incident(s) (movement)");
            }
        }
        return km;
    }

    /** True when the unit heads for, or stands near, a town held by a side hostile to it. */
    private static boolean hostileGround(World w, ForceUnit f) {
        Town end = f.pathEnd();
        TownAgent t = end == null ? f.getObjective() : w.town(end);
        return t != null && t.getControlFaction() != null && w.hostile(f.getFaction(), t.getControlFaction());
    }

}
