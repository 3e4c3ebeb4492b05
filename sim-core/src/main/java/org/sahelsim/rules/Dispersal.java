package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Geo;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;

/**
 * R4 Dispersal after strikes (document 004: fighters "seemed to melt away, leaving population
 * centers in droves via their ubiquitous Toyota technicals and nimble motorbikes").
 *
 * <p>A unit struck from the air (R3), threatened by superior forces (R5) or broken in combat
 * (R17) splits into up to {@code parts} smaller units (none below half of
 * {@code minFightersToSplit}) that leave the town: each heads for the mountain redoubt (R6) or a
 * sympathetic village (R8), or else flees {@code fleeKm} away from the threat, at the speed of
 * small mobile groups. Dispersed units that stay unmolested for {@code regroupDays} merge again
 * with others of their faction nearby, up to {@code regroupMaxFighters}.
 */
public final class Dispersal implements Rule {
    public static final String RULE = "R4";

    public record Params(double minFightersToSplit, double parts, double speedKmPerDay, double fleeKm,
                         double regroupDays, double mergeRadiusKm, double regroupMaxFighters) {
        public static Params from(Parameters p) {
            return new Params(p.get("dispersal.minFightersToSplit"), p.get("dispersal.parts"), p.get("dispersal.speedKmPerDay"),
                    p.get("dispersal.fleeKm"), p.get("dispersal.regroupDays"), p.get("dispersal.mergeRadiusKm"),
                    p.get("dispersal.regroupMaxFighters"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("dispersal.minFightersToSplit", RULE, 60, 2, 1000, "fighters", "units at least this big split when dispersing", "assumed"),
                P.of("dispersal.parts", RULE, 3, 1, 10, "units", "number of parts a dispersing unit splits into", "assumed"),
                P.of("dispersal.speedKmPerDay", RULE, 120, 10, 500, "km per day",
                        "speed of dispersed groups off-road (divided by terrain move cost)",
                        "assumed; 004: technicals and motorbikes"),
                P.of("dispersal.fleeKm", RULE, 90, 10, 500, "km", "how far a group not heading for a refuge flees from the threat", "assumed"),
                P.of("dispersal.regroupDays", RULE, 10, 1, 120, "days", "days without strike or fight before dispersed groups merge", "assumed"),
                P.of("dispersal.mergeRadiusKm", RULE, 25, 1, 200, "km", "groups closer than this may merge", "assumed"),
                P.of("dispersal.regroupMaxFighters", RULE, 250, 10, 5000, "fighters", "largest unit a regroup can form", "assumed"));
    }

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

    /** Units struck today disperse. */
    public void apply(World w) {
        int day = w.day();
        for (Unit u : new ArrayList<>(w.units())) {
            if (u instanceof ArmedUnit a && a.isAlive() && a.getLastStruckDay() == day) {
                disperse(w, a, a.getX(), a.getY());
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
