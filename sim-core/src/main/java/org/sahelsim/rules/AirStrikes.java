package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R3 Air strikes (documents 002, 004: Mirage and Rafale sorties from N'Djamena; strikes "pounding
 * local fuel and supply depots").
 *
 * <p>Each air asset flies its sorties per day (scaled by {@code sortieFactor}; a fractional part
 * is a chance of one more) from its base, within {@code fighterRadiusKm} of it, tasked in
 * priority order: close support of own units in contact today or yesterday (two sorties each,
 * detection x {@code closeSupportDetection}), interdiction of hostile columns on the move and of
 * towns hostile groups hold (ranked by size / (1 + km to the nearest own unit / 100)), the
 * redoubt's depots while hostile groups use it (found with {@code depotFindProbability}), then
 * armed reconnaissance of discs of {@code searchKm} around own forces on the move, the redoubt
 * and hostile-held towns; left-over sorties go round the reconnaissance and depot tasks again.
 * A sortie can find only units inside the area it is sent to, each with probability
 * q = detectionProbability x (fighters/100)^sizeExponent x terrain x posture (columns and
 * camps 1, bands on the move {@code postureDispersed}, hiding R8) x redoubt factor (R6), and
 * strikes the largest it finds. Every sortie is recorded in the run's air activity (world
 * FieldLog), which is what groups feel as air threat (R1/R5 appraisal, R8). A strike kills a
 * binomial share of the fighters, destroys vehicles and supplies and lowers the unit's cohesion
 * (R4 decides whether it disperses). Strikes in towns may kill civilians.
 */
public final class AirStrikes implements Rule {
    public static final String RULE = "R3";

    @ParamGroup(prefix = "airStrikes", rule = RULE)
    public record Params(
            @Param(value = 1.0, min = 0, max = 5, unit = "multiplier",
                    about = "scales the sorties per day of every air campaign of the scenario",
                    source = "1 = as in the scenario")
            double sortieFactor,
            @Param(value = 0.1, min = 0, max = 1, unit = "probability per sortie",
                    about = "chance that one sortie finds a 100-fighter camp or column in open desert; with n sorties a day the chance " + "of being found that day is 1-(1-q)^n (reconnaissance grows with the sorties flown)",
                    source = "assumed; R3: sorties per day are limited")
            double detectionProbability,
            @Param(value = 1.0, min = 0, max = 2, unit = "exponent",
                    about = "detection grows with unit size to this power (1: in proportion to the vehicles, camps and radio traffic of the group)",
                    source = "assumed; 002/004: concentrations are struck, scattered groups escape")
            double sizeExponent,
            @Param(value = 1.0, min = 0, max = 1, unit = "multiplier",
                    about = "detection in open desert",
                    source = "assumed")
            double terrainDesert,
            @Param(value = 0.8, min = 0, max = 1, unit = "multiplier",
                    about = "detection in the Sahel steppe",
                    source = "assumed")
            double terrainSahel,
            @Param(value = 0.5, min = 0, max = 1, unit = "multiplier",
                    about = "detection in the wooded savanna",
                    source = "assumed")
            double terrainSavanna,
            @Param(value = 0.6, min = 0, max = 1, unit = "multiplier",
                    about = "detection in the Niger valley (villages, vegetation)",
                    source = "assumed")
            double terrainRiver,
            @Param(value = 0.35, min = 0, max = 1, unit = "multiplier",
                    about = "detection in mountains",
                    source = "assumed; 004: 'pockmarked with caves'")
            double terrainMountain,
            @Param(value = 0.03, min = 0, max = 1, unit = "share of fighters",
                    about = "fighters killed by one sortie on a unit",
                    source = "assumed")
            double killShare,
            @Param(value = 0.12, min = 0, max = 1, unit = "share of vehicles",
                    about = "vehicles destroyed by one sortie",
                    source = "assumed")
            double vehicleKillShare,
            @Param(value = 0.02, min = 0, max = 1, unit = "share of redoubt supplies",
                    about = "redoubt supplies destroyed by one sortie on the depots",
                    source = "assumed; 002: 'pounding local fuel and supply depots'")
            double depotStrikeShare,
            @Param(value = 2500, min = 0, max = 6000, unit = "km",
                    about = "radius of action of a fighter from its base (with air-to-air refuelling); nothing beyond is struck or searched",
                    source = "assumed: the smallest round value consistent with 004 l.23 (Mirage and Rafale from N'Djamena bombed central and northern Mali; N'Djamena-Konna is 2,068 km great-circle); public Rafale combat radius is about 1,850 km without refuelling, tankers per 004 l.10 overflight")
            double fighterRadiusKm,
            @Param(value = 800, min = 100, max = 2000, unit = "km per hour",
                    about = "cruise speed of a fighter on its way to the target (transit = km / speed + 0.5 h)",
                    source = "typical subsonic cruise of a Rafale or Mirage 2000 (public figures, Mach 0.7-0.8)")
            double cruiseKmPerHour,
            @Param(value = 150, min = 10, max = 1000, unit = "km",
                    about = "radius of the area an armed-reconnaissance sortie searches; units outside every tasked area cannot be found",
                    source = "assumed")
            double searchKm,
            @Param(value = 30, min = 1, max = 300, unit = "km",
                    about = "radius around an own unit in contact (close support) or a reported column or held town (interdiction) where a sortie looks for its target",
                    source = "assumed")
            double strikeAreaKm,
            @Param(value = 3, min = 1, max = 10, unit = "multiplier",
                    about = "detection of hostile units near own troops in contact (ground-directed close support)",
                    source = "assumed")
            double closeSupportDetection,
            @Param(value = 0.1, min = 0, max = 1, unit = "probability per sortie",
                    about = "chance a strike in a town kills a civilian",
                    source = "assumed")
            double civilianHarmProbability,
            @Param(value = 25, min = 0, max = 1000, unit = "fighters",
                    about = "smallest group worth a sortie",
                    source = "assumed; 002: strikes aim at positions, supplies and concentrations")
            double minTargetFighters,
            @Param(value = 0.25, min = 0, max = 1, unit = "multiplier",
                    about = "detection of groups on the move in small bands (postures disperse and raid) relative to a column or camp",
                    source = "assumed; 004: fighters 'melt away' on 'nimble motorbikes'; R3: detection of concentrations")
            double postureDispersed,
            @Param(value = 0.2, min = 0, max = 1, unit = "probability per sortie",
                    about = "chance that a sortie with no unit to strike finds a depot of the redoubt, when hostile groups use it",
                    source = "assumed; 002: strikes 'pounding local fuel and supply depots'")
            double depotFindProbability) {}

    private final Params p;

    private final double hideDetectionFactor;
    private final double redoubtDetectionFactor;

    private final double cohesionPerStrike;
    private final double lossCohesionFactor;

    AirStrikes(Params p, Sanctuary.Params sanctuary, MountainRedoubt.Params redoubt, Dispersal.Params dispersal) {
        this.p = p;
        this.cohesionPerStrike = dispersal.cohesionPerStrike();
        this.lossCohesionFactor = dispersal.lossCohesionFactor();
        this.hideDetectionFactor = sanctuary.hideDetectionFactor();
        this.redoubtDetectionFactor = redoubt.detectionFactor();
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Probability that one sortie's reconnaissance finds this unit. */
    public double detectionProbability(World w, ArmedUnit u) {
        double terrain = switch (w.terrainAt(u)) {
            case DESERT -> p.terrainDesert;
            case SAHEL -> p.terrainSahel;
            case SAVANNA -> p.terrainSavanna;
            case RIVER -> p.terrainRiver;
            case MOUNTAIN -> p.terrainMountain;
        };
        double posture = switch (u.getPosture()) {
            case HIDE -> hideDetectionFactor;
            case DISPERSE, RAID -> p.postureDispersed;
            default -> 1.0;
        };
        double redoubt = w.inRedoubt(u) ? redoubtDetectionFactor : 1.0;
        double size = Math.pow(Math.max(1, u.getStrength()) / 100.0, p.sizeExponent);
        return Math.min(1.0, p.detectionProbability * size * terrain * posture * redoubt);
    }

    /** Hours for the asset to reach (x, y) from its base; +infinity beyond its radius of action. */
    public static double transitHours(Params p, AirAsset a, double x, double y) {
        double km = Grid.kmLatLon(a.getBaseLat(), a.getBaseLon(), Grid.lat(y), Grid.lon(x));
        return km > p.fighterRadiusKm ? Double.POSITIVE_INFINITY : km / p.cruiseKmPerHour + 0.5;
    }

    /** Whether (x, y) lies within the asset's radius of action. */
    public boolean inRange(AirAsset a, double x, double y) {
        return Grid.kmLatLon(a.getBaseLat(), a.getBaseLon(), Grid.lat(y), Grid.lon(x)) <= p.fighterRadiusKm;
    }

    /** A place sorties are sent to: close support, interdiction, depots or armed reconnaissance. */
    record Task(String kind, double x, double y, double radiusKm, double detection, int sorties) {}

    public void apply(World w) {
        for (AirAsset a : w.airAssets()) {
            double sorties = a.getSortiesPerDay() * p.sortieFactor;
            int n = (int) Math.floor(sorties) + (w.chance(sorties - Math.floor(sorties)) ? 1 : 0);
            if (n <= 0) {
                continue;
            }
            List<Task> tasks = tasks(w, a);
            if (tasks.isEmpty()) {
                continue;
            }
            int used = 0;
            // first pass: each task its sorties in priority order; then the left-over sorties go
            // round the reconnaissance and depot tasks again
            for (Task t : tasks) {
                for (int k = 0; k < t.sorties() && used < n; k++, used++) {
                    fly(w, a, t);
                }
            }
            List<Task> again = new ArrayList<>();
            for (Task t : tasks) {
                if (t.kind().equals("recce") || t.kind().equals("depots")) {
                    again.add(t);
                }
            }
            for (int i = 0; used < n && !again.isEmpty(); i++, used++) {
                fly(w, a, again.get(i % again.size()));
            }
        }
    }

    /**
     * The day's tasks of an asset, in priority order: close support of own units in contact
     * (today or yesterday), interdiction of hostile columns on the move and of towns held by
     * hostile groups, the redoubt's depots while hostile groups use it, then armed
     * reconnaissance around own forces on the move, the redoubt and hostile-held towns. Only
     * places within the asset's radius of action are tasked.
     */
    List<Task> tasks(World w, AirAsset a) {
        List<Task> tasks = new ArrayList<>();
        Side own = w.sideOf(a.getFaction());
        List<org.sahelsim.agents.ForceUnit> friends = new ArrayList<>();
        for (org.sahelsim.agents.ForceUnit f : w.forceUnits()) {
            if (f.isAlive() && w.sideOf(f.getFaction()) == own) {
                friends.add(f);
            }
        }
        for (org.sahelsim.agents.ForceUnit f : friends) {
            if (f.getLastCombatDay() >= w.day() - 1 && inRange(a, f.getX(), f.getY()) && !near(tasks, f.getX(), f.getY(), p.strikeAreaKm)) {
                tasks.add(new Task("support", f.getX(), f.getY(), p.strikeAreaKm, p.closeSupportDetection, 2));
            }
        }
        record Ranked(Task task, double score) {}
        List<Ranked> interdiction = new ArrayList<>();
        for (ArmedUnit u : w.armedUnits()) {
            if (u.isAlive() && u.getPosture() == Posture.ADVANCE && target(w, a, u)) {
                interdiction.add(new Ranked(new Task("interdiction", u.getX(), u.getY(), p.strikeAreaKm, 1, 1),
                        u.getStrength() / (1 + nearestKm(friends, u.getX(), u.getY()) / 100)));
            }
        }
        for (org.sahelsim.agents.TownAgent t : w.towns()) {
            if (t.getControlFaction() == null || !w.hostile(a.getFaction(), t.getControlFaction())
                    || !inRange(a, t.centreX(), t.centreY())) {
                continue;
            }
            int held = 0;
            for (ArmedUnit u : w.armedUnits()) {
                if (u.getTown() == t && target(w, a, u)) {
                    held += u.getStrength();
                }
            }
            if (held > 0) {
                interdiction.add(new Ranked(new Task("interdiction", t.centreX(), t.centreY(), p.strikeAreaKm, 1, 1),
                        held / (1 + nearestKm(friends, t.centreX(), t.centreY()) / 100)));
            }
        }
        interdiction.sort((x, y) -> Double.compare(y.score(), x.score())); // stable: ties keep unit/town order
        for (Ranked r : interdiction) {
            if (!near(tasks, r.task().x(), r.task().y(), p.strikeAreaKm)) {
                tasks.add(r.task());
            }
        }
        Redoubt r = w.redoubt();
        if (r != null && w.index().redoubtCellCount() > 0 && redoubtOccupant(w, a) != null && r.getSupplies() > 0) {
            int cell = w.index().redoubtCell(w.index().redoubtCellCount() / 2);
            double rx = cell % org.sahelsim.map.MaliMap.WIDTH + 0.5;
            double ry = cell / org.sahelsim.map.MaliMap.WIDTH + 0.5;
            if (inRange(a, rx, ry)) {
                tasks.add(new Task("depots", rx, ry, 0, 0, 1));
                tasks.add(new Task("recce", rx, ry, p.searchKm, 1, 1));
            }
        }
        for (org.sahelsim.agents.ForceUnit f : friends) {
            if (Sanctuary.hunting(f) && inRange(a, f.getX(), f.getY()) && !near(tasks, f.getX(), f.getY(), p.searchKm / 2)) {
                tasks.add(new Task("recce", f.getX(), f.getY(), p.searchKm, 1, 1));
            }
        }
        for (org.sahelsim.agents.TownAgent t : w.towns()) {
            if (t.getControlFaction() != null && w.hostile(a.getFaction(), t.getControlFaction()) && inRange(a, t.centreX(), t.centreY())
                    && !near(tasks, t.centreX(), t.centreY(), p.searchKm / 2)) {
                tasks.add(new Task("recce", t.centreX(), t.centreY(), p.searchKm, 1, 1));
            }
        }
        return tasks;
    }

    private static boolean near(List<Task> tasks, double x, double y, double km) {
        for (Task t : tasks) {
            if (!t.kind().equals("depots") && Grid.km(t.x(), t.y(), x, y) <= km) {
                return true;
            }
        }
        return false;
    }

    private static double nearestKm(List<org.sahelsim.agents.ForceUnit> fs, double x, double y) {
        double best = 2000;
        for (org.sahelsim.agents.ForceUnit f : fs) {
            best = Math.min(best, Grid.km(f.getX(), f.getY(), x, y));
        }
        return best;
    }

    /** A unit the asset may strike: hostile, alive, in Mali, big enough, in range, hunt not suspended. */
    boolean target(World w, AirAsset a, ArmedUnit au) {
        return au.isAlive() && !au.isInExile() && au.getStrength() >= p.minTargetFighters && w.inMali(au)
                && w.hostile(a.getFaction(), au.getFaction()) && !w.truces().huntSpared(a.getFaction(), au.getFaction(), au.getX(), au.getY())
                && inRange(a, au.getX(), au.getY());
    }

    /** One sortie over a task: recorded as air activity; it strikes the largest unit it finds there. */
    void fly(World w, AirAsset a, Task t) {
        if (t.kind().equals("depots")) {
            Redoubt r = w.redoubt();
            org.sahelsim.core.Faction occupant = redoubtOccupant(w, a);
            int cell = w.index().redoubtCell(w.random().nextInt(w.index().redoubtCellCount()));
            double cx = cell % org.sahelsim.map.MaliMap.WIDTH + 0.5;
            double cy = cell / org.sahelsim.map.MaliMap.WIDTH + 0.5;
            w.fieldLog().sortie(w.day(), a.getFaction(), cx, cy);
            if (occupant == null || r.getSupplies() <= 0 || !w.chance(p.depotFindProbability)) {
                return;
            }
            double destroyed = r.getSupplies() * p.depotStrikeShare;
            r.setSupplies(r.getSupplies() - destroyed);
            w.emit(SubEventType.AIR_DRONE_STRIKE, a.getFaction(), occupant.id(), cx, cy, 0,
                    String.format(java.util.Locale.ROOT, "strike on redoubt depots, %.0f fighter-days of supplies destroyed (R3)", destroyed));
            return;
        }
        w.fieldLog().sortie(w.day(), a.getFaction(), t.x(), t.y());
        ArmedUnit best = null;
        boolean state = w.sideOf(a.getFaction()) == Side.GOVERNMENT;
        for (ArmedUnit u : w.armedUnits()) {
            if (target(w, a, u) && Grid.km(u.getX(), u.getY(), t.x(), t.y()) <= t.radiusKm()
                    && w.chance(Math.min(1.0, detectionProbability(w, u) * t.detection()
                            * (state ? w.relations().guideFactor(u.getX(), u.getY()) : 1)))
                    && (best == null || u.getStrength() > best.getStrength())) {
                best = u;
            }
        }
        if (best != null) {
            strike(w, a, best);
        }
    }

    /**
     * The faction with the most fighters holding the redoubt among those the asset may strike
     * (hostile, hunt not suspended), or null when no such group uses it: then its depots are
     * not a target.
     */
    static org.sahelsim.core.Faction redoubtOccupant(World w, AirAsset a) {
        int[] by = new int[org.sahelsim.core.Faction.values().length];
        org.sahelsim.core.Faction best = null;
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit au && au.isAlive() && au.getPosture() == Posture.REDOUBT && w.inRedoubt(au)
                    && w.hostile(a.getFaction(), au.getFaction()) && !w.truces().huntSuspended(au.getFaction())) {
                int f = au.getFaction().ordinal();
                by[f] += au.getStrength();
                if (best == null || by[f] > by[best.ordinal()]) {
                    best = au.getFaction();
                }
            }
        }
        return best;
    }

    void strike(World w, AirAsset a, ArmedUnit u) {
        int killed = w.binomial(u.getStrength(), p.killShare);
        int vehicles = w.binomial(u.getVehicles(), p.vehicleKillShare);
        u.setStrength(u.getStrength() - killed);
        u.setVehicles(u.getVehicles() - vehicles);
        u.setSupplies(u.getSupplies() * (1 - p.vehicleKillShare));
        double lossShare = killed / (double) Math.max(1, u.getStrength() + killed);
        u.setCohesion(u.getCohesion() - cohesionPerStrike - lossCohesionFactor * lossShare);
        u.setLastStruckDay(w.day());
        w.addCasualties(w.sideOf(u.getFaction()), killed);
        int civ = 0;
        if (u.getTown() != null && w.chance(p.civilianHarmProbability)) {
            civ = 1 + w.poisson(1.0);
            w.addCivilianCasualties(civ);
        }
        w.emit(SubEventType.AIR_DRONE_STRIKE, a.getFaction(), u.getFaction().id(), u.getX(), u.getY(), killed + civ,
                "air strike on " + u.getFaction().id() + " unit of " + (u.getStrength() + killed) + ", " + vehicles + " vehicles destroyed"
                        + (civ > 0 ? ", " + civ + " civilians killed" : "")
                        + ", posture " + u.getPosture().name().toLowerCase(java.util.Locale.ROOT) + (w.inRedoubt(u) ? " in the redoubt" : "") + " (R3)");
    }
}
