package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;

/**
 * R4 Dispersal after strikes (document 004: fighters "seemed to melt away, leaving population
 * centers in droves via their ubiquitous Toyota technicals and nimble motorbikes").
 *
 * <p>A unit whose cohesion a strike (R3) brings below {@code cohesionThreshold}, a unit
 * threatened by superior forces (R5) or one broken in combat (R17) splits into up to {@code parts} smaller units (none below half of
 * {@code minFightersToSplit}) that leave the town: each heads for the mountain redoubt (R6) or a
 * sympathetic village (R8), or else flees {@code fleeKm} away from the threat, at the speed of
 * small mobile groups. Dispersed units that stay unmolested for {@code regroupDays} merge again
 * with others of their faction nearby, up to {@code regroupMaxFighters}.
 */
public final class Dispersal implements Rule {
    public static final String RULE = "R4";

    @ParamGroup(prefix = "dispersal", rule = RULE)
    public record Params(
            @Param(value = 60, min = 2, max = 1000, unit = "fighters",
                    about = "units at least this big split when dispersing",
                    source = "assumed")
            double minFightersToSplit,
            @Param(value = 3, min = 1, max = 10, unit = "units",
                    about = "number of parts a dispersing unit splits into",
                    source = "assumed")
            double parts,
            @Param(value = 120, min = 10, max = 500, unit = "km per day",
                    about = "speed of dispersed groups off-road (divided by terrain move cost)",
                    source = "assumed; 004: technicals and motorbikes")
            double speedKmPerDay,
            @Param(value = 90, min = 10, max = 500, unit = "km",
                    about = "how far a group not heading for a refuge flees from the threat",
                    source = "assumed")
            double fleeKm,
            @Param(value = 10, min = 1, max = 120, unit = "days",
                    about = "days without strike or fight before dispersed groups merge",
                    source = "assumed")
            double regroupDays,
            @Param(value = 25, min = 1, max = 200, unit = "km",
                    about = "groups closer than this may merge",
                    source = "assumed")
            double mergeRadiusKm,
            @Param(value = 250, min = 10, max = 5000, unit = "fighters",
                    about = "largest unit a regroup can form",
                    source = "assumed")
            double regroupMaxFighters,
            @Param(value = 0.1, min = 0, max = 1, unit = "cohesion",
                    about = "cohesion a unit loses from the shock of one air strike, besides its losses",
                    source = "assumed; 004 l.28: fighters 'melt away' after 'a number of French airstrikes'")
            double cohesionPerStrike,
            @Param(value = 2, min = 0, max = 20, unit = "cohesion per share of fighters killed",
                    about = "cohesion lost per share of the unit killed in a strike",
                    source = "assumed")
            double lossCohesionFactor,
            @Param(value = 0.5, min = 0, max = 1, unit = "cohesion",
                    about = "a unit struck below this cohesion disperses",
                    source = "assumed")
            double cohesionThreshold,
            @Param(value = 0.02, min = 0, max = 1, unit = "cohesion per day",
                    about = "cohesion regained each day without strike or fight (in Mali; exile has R18's reconstitution)",
                    source = "assumed, the same order as displacement.reconstitutionPerDay")
            double cohesionRecoveryPerDay) {}

    private final Params p;
    private final MountainRedoubt redoubt;
    private final Sanctuary sanctuary;
    private final Displacement displacement;
    private final Flight flight;

    Dispersal(Params p, MountainRedoubt redoubt, Sanctuary sanctuary, Displacement displacement, Flight flight) {
        this.p = p;
        this.redoubt = redoubt;
        this.sanctuary = sanctuary;
        this.displacement = displacement;
        this.flight = flight;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /**
     * Units struck today whose cohesion has fallen below {@code cohesionThreshold} disperse; the
     * others, if neither struck nor fought today, regain {@code cohesionRecoveryPerDay}.
     */
    public void apply(World w) {
        int day = w.day();
        for (Unit u : new ArrayList<>(w.units())) {
            if (!(u instanceof ArmedUnit a) || !a.isAlive()) {
                continue;
            }
            if (a.getLastStruckDay() == day) {
                if (a.getCohesion() < p.cohesionThreshold) {
                    disperse(w, a, a.getX(), a.getY());
                }
            } else if (a.getLastCombatDay() != day && !a.isInExile()) {
                a.setCohesion(a.getCohesion() + p.cohesionRecoveryPerDay);
            }
        }
    }

    /** Splits the unit and sends the parts away from the threat at (tx, ty). Returns the parts (the unit first). */
    public List<ArmedUnit> disperse(World w, ArmedUnit u, double tx, double ty) {
        List<ArmedUnit> parts = split(w, u);
        boolean holdingRedoubt = u.getPosture() == Posture.REDOUBT && w.inRedoubt(u);
        for (ArmedUnit part : parts) {
            part.setTargetTown(null);
            if (holdingRedoubt) {
                redoubt.sendToRedoubt(w, part); // move to another cave, stay in the mountains
                part.setPosture(Posture.REDOUBT, w.day());
                continue;
            }
            part.setPosture(Posture.DISPERSE, w.day());
            if (!redoubt.chooseRedoubt(w, part) && !sanctuary.chooseSanctuary(w, part, tx, ty)) {
                flight.flee(w, part, tx, ty);
            }
        }
        return parts;
    }

    /** Splits into up to {@code parts} units of at least half the split threshold. */
    public List<ArmedUnit> split(World w, ArmedUnit u) {
        List<ArmedUnit> out = new ArrayList<>();
        out.add(u);
        int k = (int) Math.min(p.parts, Math.floor(u.getStrength() / (p.minFightersToSplit / 2.0)));
        if (u.getStrength() < p.minFightersToSplit || k < 2) {
            return out;
        }
        int total = u.getStrength();
        int veh = u.getVehicles();
        for (int i = 1; i < k; i++) {
            int s = total / k;
            int v = veh / k;
            ArmedUnit part = new ArmedUnit(w.newUnitId(), u.getFaction(), u.getX(), u.getY(), s, v, u.getSupplies(), u.getPosture());
            part.setCohesion(u.getCohesion());
            part.setLastStruckDay(u.getLastStruckDay());
            part.setLastCombatDay(u.getLastCombatDay());
            part.setTown(u.getTown());
            part.setExileSinceDay(u.getExileSinceDay());
            u.setStrength(u.getStrength() - s);
            u.setVehicles(u.getVehicles() - v);
            w.addUnit(part);
            out.add(part);
        }
        return out;
    }

    /** A dispersed or raiding unit reached its destination: what it becomes there. */
    public void arrived(World w, ArmedUnit u) {
        if (!w.inMali(u)) {
            displacement.enterExile(w, u);
        } else if (w.inRedoubt(u)) {
            u.setPosture(Posture.REDOUBT, w.day());
        } else {
            u.setPosture(Posture.HOLD, w.day()); // a rural cell
        }
    }

    /** Dispersed groups left alone long enough merge with neighbours of their faction. */
    public void regroup(World w) {
        int day = w.day();
        List<Unit> us = w.units();
        for (int i = 0; i < us.size(); i++) {
            if (!(us.get(i) instanceof ArmedUnit a) || !quiet(a, day)) {
                continue;
            }
            for (int j = i + 1; j < us.size(); j++) {
                if (us.get(j) instanceof ArmedUnit b && b.getFaction() == a.getFaction() && quiet(b, day)
                        && b.getPosture() == a.getPosture() && b.isInExile() == a.isInExile()
                        && a.getStrength() + b.getStrength() <= p.regroupMaxFighters && w.within(a, b, p.mergeRadiusKm)) {
                    a.setStrength(a.getStrength() + b.getStrength());
                    a.setVehicles(a.getVehicles() + b.getVehicles());
                    a.setSupplies(Math.max(a.getSupplies(), b.getSupplies()));
                    b.kill();
                }
            }
        }
    }

    private boolean quiet(ArmedUnit a, int day) {
        return a.isAlive() && !a.hasDestination()
                && (a.getPosture() == Posture.HOLD || a.getPosture() == Posture.REDOUBT)
                && day - a.getLastStruckDay() >= p.regroupDays && day - a.getLastCombatDay() >= p.regroupDays
                && day - a.getPostureSinceDay() >= p.regroupDays;
    }
}
