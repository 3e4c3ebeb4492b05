package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.model.Geo;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.model.SahelModel;

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
public final class Dispersal {
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

    public Dispersal(Parameters parameters) {
        this.p = Params.from(parameters);
    }

    public Params params() {
        return p;
    }

    /** Units struck today disperse. */
    public void apply(SahelModel m) {
        int day = m.day();
        for (Unit u : new ArrayList<>(m.units())) {
            if (u instanceof ArmedUnit a && a.isAlive() && a.getLastStruckDay() == day) {
                disperse(m, a, a.getX(), a.getY());
            }
        }
    }

    /** Splits the unit and sends the parts away from the threat at (tx, ty). Returns the parts (the unit first). */
    public List<ArmedUnit> disperse(SahelModel m, ArmedUnit u, double tx, double ty) {
        List<ArmedUnit> parts = split(m, u);
        boolean holdingRedoubt = u.getPosture() == Posture.REDOUBT && m.inRedoubt(u);
        for (ArmedUnit part : parts) {
            part.setTargetTown(null);
            if (holdingRedoubt) {
                m.redoubtRule().sendToRedoubt(m, part); // move to another cave, stay in the mountains
                part.setPosture(Posture.REDOUBT, m.day());
                continue;
            }
            part.setPosture(Posture.DISPERSE, m.day());
            if (!m.redoubtRule().chooseRedoubt(m, part) && !m.sanctuary().chooseSanctuary(m, part, tx, ty)) {
                flee(m, part, tx, ty);
            }
        }
        return parts;
    }

    /** Splits into up to {@code parts} units of at least half the split threshold. */
    public List<ArmedUnit> split(SahelModel m, ArmedUnit u) {
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
            ArmedUnit part = new ArmedUnit(m.newUnitId(), u.getFaction(), u.getX(), u.getY(), s, v, u.getSupplies(), u.getPosture());
            part.setCohesion(u.getCohesion());
            part.setLastStruckDay(u.getLastStruckDay());
            part.setLastCombatDay(u.getLastCombatDay());
            part.setTown(u.getTown());
            part.setExileSinceDay(u.getExileSinceDay());
            u.setStrength(u.getStrength() - s);
            u.setVehicles(u.getVehicles() - v);
            m.addUnit(part);
            out.add(part);
        }
        return out;
    }

    /**
     * Sends the unit {@code fleeKm} away from (tx, ty), in a random direction within 60 degrees of
     * straight away, to a point inside Mali: a group on the run melts into the countryside (004);
     * crossing a border is the deliberate escape of R7 (R18), not the end of every flight. Up to
     * {@link #FLEE_TRIES} directions are drawn; if none stays in Mali the flight is cut short to
     * the last point inside the country along the first one.
     */
    public void flee(SahelModel m, ArmedUnit u, double tx, double ty) {
        double ax = u.getX() - tx;
        double ay = u.getY() - ty;
        double base = (ax == 0 && ay == 0) ? m.random.nextDouble() * 2 * Math.PI : Math.atan2(ay, ax);
        double cellsPerKm = 1.0 / 11.1;
        double shrinkX = Math.max(0.3, Math.cos(Math.toRadians(Geo.lat(u.getY()))));
        double firstAng = Double.NaN;
        for (int i = 0; i < FLEE_TRIES; i++) {
            double ang = base + (m.random.nextDouble() - 0.5) * (2 * Math.PI / 3);
            if (i == 0) {
                firstAng = ang;
            }
            double nx = clampX(u.getX() + Math.cos(ang) * p.fleeKm * cellsPerKm / shrinkX);
            double ny = clampY(u.getY() + Math.sin(ang) * p.fleeKm * cellsPerKm);
            if (inMali(m, nx, ny)) {
                u.setDestination(nx, ny);
                return;
            }
        }
        double bx = u.getX();
        double by = u.getY();
        for (double f = 0.1; f <= 1.0001; f += 0.1) {
            double nx = clampX(u.getX() + Math.cos(firstAng) * p.fleeKm * f * cellsPerKm / shrinkX);
            double ny = clampY(u.getY() + Math.sin(firstAng) * p.fleeKm * f * cellsPerKm);
            if (!inMali(m, nx, ny)) {
                break;
            }
            bx = nx;
            by = ny;
        }
        u.setDestination(bx, by);
    }

    /** Directions a fleeing group tries before cutting its flight short at the border. */
    static final int FLEE_TRIES = 6;

    private static double clampX(double x) {
        return Math.max(0.5, Math.min(MaliMap.WIDTH - 0.5, x));
    }

    private static double clampY(double y) {
        return Math.max(0.5, Math.min(MaliMap.HEIGHT - 0.5, y));
    }

    private static boolean inMali(SahelModel m, double x, double y) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        return m.map().inGrid(cx, cy) && m.map().inMali(cx, cy);
    }

    /** A dispersed or raiding unit reached its destination: what it becomes there. */
    public void arrived(SahelModel m, ArmedUnit u) {
        if (!m.inMali(u)) {
            m.displacement().enterExile(m, u);
        } else if (m.inRedoubt(u)) {
            u.setPosture(Posture.REDOUBT, m.day());
        } else {
            u.setPosture(Posture.HOLD, m.day()); // a rural cell
        }
    }

    /** Dispersed groups left alone long enough merge with neighbours of their faction. */
    public void regroup(SahelModel m) {
        int day = m.day();
        List<Unit> us = m.units();
        for (int i = 0; i < us.size(); i++) {
            if (!(us.get(i) instanceof ArmedUnit a) || !quiet(a, day)) {
                continue;
            }
            for (int j = i + 1; j < us.size(); j++) {
                if (us.get(j) instanceof ArmedUnit b && b.getFaction() == a.getFaction() && quiet(b, day)
                        && b.getPosture() == a.getPosture() && b.isInExile() == a.isInExile()
                        && a.getStrength() + b.getStrength() <= p.regroupMaxFighters && m.within(a, b, p.mergeRadiusKm)) {
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
