package org.sahelsim.world;

import org.sahelsim.map.Grid;
import org.sahelsim.world.World;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.RoadLink;
import org.sahelsim.map.RoadPath;
import org.sahelsim.map.Town;

/**
 * Moves units: along the town road graph when they follow a road path (fast, km of road per
 * day), otherwise in a straight line whose daily progress is divided by the terrain's move cost
 * of the cell the unit is in. Road paths are memoised per run (lookups only, never iterated, so
 * the memo cannot change results).
 */
public final class Movement {
    private final Map<Long, List<Town>> paths = new HashMap<>();
    private final Map<Long, Double> legs = new HashMap<>();

    /** A road path between two towns of the map (list of towns, first = from), or null. */
    public List<Town> roadPath(World w, TownAgent from, TownAgent to) {
        long k = ((long) from.index() << 32) | to.index();
        if (paths.containsKey(k)) {
            return paths.get(k);
        }
        RoadPath p = w.map().roadPath(from.town(), to.town());
        List<Town> towns = p == null || p.towns().size() < 2 ? null : List.copyOf(p.towns());
        paths.put(k, towns);
        return towns;
    }

    /** Road km between two towns of the map (the road path's length), or +infinity. */
    public double roadKm(World w, TownAgent from, TownAgent to) {
        if (from == to) {
            return 0;
        }
        List<Town> p = roadPath(w, from, to);
        if (p == null) {
            return Double.POSITIVE_INFINITY;
        }
        double km = 0;
        for (int i = 0; i + 1 < p.size(); i++) {
            km += legKm(w, p.get(i), p.get(i + 1));
        }
        return km;
    }

    private double legKm(World w, Town a, Town b) {
        long k = ((long) System.identityHashCode(a) << 32) ^ System.identityHashCode(b);
        Double km = legs.get(k);
        if (km == null) {
            km = Grid.km(a.x() + 0.5, a.y() + 0.5, b.x() + 0.5, b.y() + 0.5);
            for (RoadLink l : w.map().links(a)) {
                if (l.to().equals(b) || l.from().equals(b)) {
                    km = l.km();
                    break;
                }
            }
            legs.put(k, km);
        }
        return km;
    }

    /**
     * Sends a unit to a town: along roads when it stands in a town connected to the target,
     * otherwise straight across country.
     */
    public void goTo(World w, Unit u, TownAgent target) {
        if (u.getTown() == target) {
            u.clearMovement();
            return;
        }
        if (u.pathEnd() != null && u.pathEnd().equals(target.town()) && u.hasDestination()) {
            return;
        }
        if (u.getTown() != null) {
            List<Town> p = roadPath(w, u.getTown(), target);
            if (p != null) {
                u.setPosition(u.getTown().centreX(), u.getTown().centreY());
                u.setPath(p);
                return;
            }
        }
        if (!(u.destX() == target.centreX() && u.destY() == target.centreY())) {
            u.setDestination(target.centreX(), target.centreY());
        }
    }

    /** Advances a unit by up to {@code km} kilometres today. */
    public void move(World w, Unit u, double km) {
        if (km <= 0) {
            return;
        }
        List<Town> path = u.path();
        if (path != null && u.pathIndex() < path.size() - 1) {
            int i = u.pathIndex();
            double done = u.legKmDone();
            while (km > 0 && i < path.size() - 1) {
                Town a = path.get(i);
                Town b = path.get(i + 1);
                if (u instanceof ForceUnit f && !w.access().allowedCell(f.getFaction(), b.x(), b.y())) {
                    break; // R12: a force does not drive into a forbidden place, even in transit
                }
                double leg = Math.max(0.1, legKm(w, a, b));
                double remaining = leg - done;
                if (km >= remaining) {
                    km -= remaining;
                    i++;
                    done = 0;
                    u.setPosition(b.x() + 0.5, b.y() + 0.5);
                } else {
                    done += km;
                    km = 0;
                    double f = done / leg;
                    u.setPosition(a.x() + 0.5 + f * (b.x() - a.x()), a.y() + 0.5 + f * (b.y() - a.y()));
                }
            }
            u.setPathProgress(i, done);
            if (i >= path.size() - 1) {
                u.clearMovement();
            }
            return;
        }
        double dx = u.destX();
        double dy = u.destY();
        if (Double.isNaN(dx)) {
            return;
        }
        MaliMap map = w.map();
        int cx = Math.max(0, Math.min(MaliMap.WIDTH - 1, u.cellX()));
        int cy = Math.max(0, Math.min(MaliMap.HEIGHT - 1, u.cellY()));
        double cost = map.isRoad(cx, cy) ? 1.0 : Math.max(1.0, Math.min(10.0, map.moveCost(cx, cy)));
        double step = km / cost;
        double d = Grid.km(u.getX(), u.getY(), dx, dy);
        double nx;
        double ny;
        if (d <= step) {
            nx = dx;
            ny = dy;
        } else {
            nx = u.getX() + (dx - u.getX()) * step / d;
            ny = u.getY() + (dy - u.getY()) * step / d;
        }
        int ncx = (int) Math.floor(nx);
        int ncy = (int) Math.floor(ny);
        if (!map.inGrid(ncx, ncy)) {
            u.clearMovement();
            return;
        }
        if (u instanceof ForceUnit f && !w.access().allowedCell(f.getFaction(), ncx, ncy)) {
            u.clearMovement();
            return;
        }
        u.setPosition(nx, ny);
        if (nx == dx && ny == dy) {
            u.clearMovement();
        }
    }
}
