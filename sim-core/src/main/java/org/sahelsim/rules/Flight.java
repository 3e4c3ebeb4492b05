package org.sahelsim.rules;

import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.world.World;

/**
 * Flight of a group on the run (R4; 004: groups "melt away" into the countryside): the
 * destination, inside Mali, of a unit fleeing a threat. Used by dispersal (R4) and by groups
 * leaving a sanctuary that turned against them (R8).
 */
public final class Flight {
    private final double fleeKm;

    Flight(Dispersal.Params dispersal) {
        this.fleeKm = dispersal.fleeKm();
    }

    /**
     * Sends the unit {@code fleeKm} away from (tx, ty), in a random direction within 60 degrees of
     * straight away, to a point inside Mali: a group on the run melts into the countryside (004);
     * crossing a border is the deliberate escape of R7 (R18), not the end of every flight. Up to
     * {@link #FLEE_TRIES} directions are drawn; if none stays in Mali the flight is cut short to
     * the last point inside the country along the first one.
     */
    public void flee(World w, ArmedUnit u, double tx, double ty) {
        double ax = u.getX() - tx;
        double ay = u.getY() - ty;
        double base = (ax == 0 && ay == 0) ? w.random().nextDouble() * 2 * Math.PI : Math.atan2(ay, ax);
        double cellsPerKm = 1.0 / Grid.KM_PER_CELL;
        double shrinkX = Math.max(0.3, Math.cos(Math.toRadians(Grid.lat(u.getY()))));
        double firstAng = Double.NaN;
        for (int i = 0; i < FLEE_TRIES; i++) {
            double ang = base + (w.random().nextDouble() - 0.5) * (2 * Math.PI / 3);
            if (i == 0) {
                firstAng = ang;
            }
            double nx = clampX(u.getX() + Math.cos(ang) * fleeKm * cellsPerKm / shrinkX);
            double ny = clampY(u.getY() + Math.sin(ang) * fleeKm * cellsPerKm);
            if (inMali(w, nx, ny)) {
                u.setDestination(nx, ny);
                return;
            }
        }
        double bx = u.getX();
        double by = u.getY();
        for (double f = 0.1; f <= 1.0001; f += 0.1) {
            double nx = clampX(u.getX() + Math.cos(firstAng) * fleeKm * f * cellsPerKm / shrinkX);
            double ny = clampY(u.getY() + Math.sin(firstAng) * fleeKm * f * cellsPerKm);
            if (!inMali(w, nx, ny)) {
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

    private static boolean inMali(World w, double x, double y) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        return w.map().inGrid(cx, cy) && w.map().inMali(cx, cy);
    }
}
