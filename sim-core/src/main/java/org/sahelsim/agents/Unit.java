package org.sahelsim.agents;

import java.util.List;
import org.sahelsim.map.Town;
import org.sahelsim.core.Faction;

/**
 * A body of armed men on the map: fighters of an armed group or troops of a force. Position is in
 * continuous cell coordinates (x east, y south; the centre of cell (i, j) is (i + 0.5, j + 0.5)).
 * Movement is along the town road graph when a road path is set, otherwise a straight line whose
 * daily progress is divided by the terrain's move cost. A unit is state: the rules decide what it
 * does each day ({@code rules.UnitOrders}).
 */
public abstract class Unit {
    final int id;
    Faction faction;
    double x;
    double y;
    int strength;
    int vehicles;
    /** Days of supplies carried. */
    double supplies;
    /** 0..1; low cohesion lowers combat power and raises desertion. */
    double cohesion = 1.0;
    boolean alive = true;
    /** Town whose cell the unit is in, or null. */
    TownAgent town;
    /** Road path being followed (towns), index of the town last reached, km done on the current leg. */
    List<Town> path;
    int pathIndex;
    double legKmDone;
    /** Off-road destination in cell coordinates, NaN when none. */
    double destX = Double.NaN;
    double destY = Double.NaN;
    int lastStruckDay = -100;
    int lastCombatDay = -100;

    protected Unit(int id, Faction faction, double x, double y, int strength, int vehicles, double supplies) {
        this.id = id;
        this.faction = faction;
        this.x = x;
        this.y = y;
        this.strength = strength;
        this.vehicles = vehicles;
        this.supplies = supplies;
    }

    // ---- state access for rules (package-independent) and inspectors ----
    public int getId() { return id; }
    public Faction getFaction() { return faction; }
    public void setFaction(Faction f) { this.faction = f; }
    public double getX() { return x; }
    public double getY() { return y; }
    public int cellX() { return (int) Math.floor(x); }
    public int cellY() { return (int) Math.floor(y); }
    public void setPosition(double x, double y) { this.x = x; this.y = y; }
    public int getStrength() { return strength; }
    public void setStrength(int s) { this.strength = Math.max(0, s); if (this.strength == 0) { alive = false; } }
    public int getVehicles() { return vehicles; }
    public void setVehicles(int v) { this.vehicles = Math.max(0, v); }
    public double getSupplies() { return supplies; }
    public void setSupplies(double s) { this.supplies = Math.max(0, s); }
    public double getCohesion() { return cohesion; }
    public void setCohesion(double c) { this.cohesion = Math.max(0, Math.min(1, c)); }
    public boolean isAlive() { return alive; }
    public void kill() { alive = false; strength = 0; }
    public TownAgent getTown() { return town; }
    public void setTown(TownAgent t) { this.town = t; }
    public String getTownName() { return town == null ? "" : town.getName(); }
    public int getLastStruckDay() { return lastStruckDay; }
    public void setLastStruckDay(int d) { lastStruckDay = d; }
    public int getLastCombatDay() { return lastCombatDay; }
    public void setLastCombatDay(int d) { lastCombatDay = d; }

    public List<Town> path() { return path; }
    public int pathIndex() { return pathIndex; }
    public double legKmDone() { return legKmDone; }
    public void setPathProgress(int index, double kmDone) { pathIndex = index; legKmDone = kmDone; }

    /** Follow this road path (first element = where the unit is). */
    public void setPath(List<Town> p) {
        path = p;
        pathIndex = 0;
        legKmDone = 0;
        destX = Double.NaN;
        destY = Double.NaN;
    }

    /** Move off-road straight towards a cell centre. */
    public void setDestination(double dx, double dy) {
        path = null;
        destX = dx;
        destY = dy;
    }

    public void clearMovement() {
        path = null;
        destX = Double.NaN;
        destY = Double.NaN;
    }

    public boolean hasDestination() { return !Double.isNaN(destX) || (path != null && pathIndex < path.size() - 1); }
    public double destX() { return destX; }
    public double destY() { return destY; }

    /** The final town of the road path, or null. */
    public Town pathEnd() { return path == null || path.isEmpty() ? null : path.get(path.size() - 1); }

    public boolean isArmedGroup() { return faction.isArmedGroup(); }

    @Override
    public String toString() {
        return faction.id() + "#" + id + "(" + strength + ")";
    }
}
