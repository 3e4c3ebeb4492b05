package org.sahelsim.agents;

import org.sahelsim.map.Town;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;

/**
 * A town of the map with its political state: who controls it, the population's sympathy towards
 * each side (0..1) and its grievance against the state (0..1). Control is a state of the town
 * (R9): it only changes when a side holds the town unopposed.
 */
public final class TownAgent {
    private final int index;
    private final Town town;
    Side controlSide = Side.NONE;
    Faction controlFaction;
    /** Sympathy by {@link Side} ordinal. */
    final double[] sympathy = new double[Side.values().length];
    double grievance;
    /** Day control last changed (0 = initial). */
    int controlSinceDay;
    /** True once government forces retook it from a non-state actor (R10, R13). */
    boolean liberated;
    int lastAttackDay = -100;
    /** Total strength of each side present today (hiding units excluded), by side ordinal. */
    final double[] presence = new double[Side.values().length];
    boolean contested;
    /** Mean strength of the non-government occupiers holding it over recent days (R9 clearing memory). */
    double occupiers;
    /** Share of the town's catchment present today (residents at home and displaced hosted; civilians submodel). */
    double presentShare = 1;
    /** Day a government clearing of the town ends (R9), or -1 when none is under way. */
    int clearedOnDay = -1;

    public TownAgent(int index, Town town) {
        this.index = index;
        this.town = town;
    }

    public int index() { return index; }
    public Town town() { return town; }
    public String getName() { return town.name(); }
    /** Resident population of the town (the map's figure). */
    public int getPopulation() { return town.population(); }
    /** People in the town today: its population scaled by the share of its catchment present (displacement). */
    public int getPopulationPresent() { return (int) Math.round(town.population() * presentShare); }
    public double getPresentShare() { return presentShare; }
    public void setPresentShare(double s) { presentShare = Math.max(0, s); }
    public String getRegion() { return town.region(); }
    public int cellX() { return town.x(); }
    public int cellY() { return town.y(); }
    public double centreX() { return town.x() + 0.5; }
    public double centreY() { return town.y() + 0.5; }
    public Side getControlSide() { return controlSide; }
    public Faction getControlFaction() { return controlFaction; }
    public String getController() { return controlFaction == null ? "none" : controlFaction.id(); }
    public void setControl(Side side, Faction faction, int day) {
        controlSide = side;
        controlFaction = faction;
        controlSinceDay = day;
    }
    public int getControlSinceDay() { return controlSinceDay; }
    public double sympathy(Side s) { return sympathy[s.ordinal()]; }
    public void setSympathy(Side s, double v) { sympathy[s.ordinal()] = Math.max(0, Math.min(1, v)); }
    public double getSympathyGovernment() { return sympathy(Side.GOVERNMENT); }
    public double getSympathyJihadist() { return sympathy(Side.JIHADIST); }
    public double getSympathySeparatist() { return sympathy(Side.SEPARATIST); }
    public double getGrievance() { return grievance; }
    public void setGrievance(double g) { grievance = Math.max(0, Math.min(1, g)); }
    public boolean isLiberated() { return liberated; }
    public void setLiberated(boolean l) { liberated = l; }
    public int getLastAttackDay() { return lastAttackDay; }
    public void setLastAttackDay(int d) { lastAttackDay = d; }
    public double presence(Side s) { return presence[s.ordinal()]; }
    public void setPresence(Side s, double v) { presence[s.ordinal()] = v; }
    public void clearPresence() { java.util.Arrays.fill(presence, 0); contested = false; }
    public boolean isContested() { return contested; }
    public void setContested(boolean c) { contested = c; }
    public double getGarrison() { return presence(Side.GOVERNMENT); }
    public double getOccupiers() { return occupiers; }
    public void setOccupiers(double o) { occupiers = Math.max(0, o); }
    public int getClearedOnDay() { return clearedOnDay; }
    public void setClearedOnDay(int d) { clearedOnDay = d; }
}
