package org.sahelsim.agents;

import org.sahelsim.core.Faction;

/** Combat aircraft of a faction flying a number of sorties per day from a base (R3; 002, 004). */
public final class AirAsset {
    private final Faction faction;
    private final String base;
    private final double baseLat;
    private final double baseLon;
    private double sortiesPerDay;

    public AirAsset(Faction faction, String base, double baseLat, double baseLon, double sortiesPerDay) {
        this.faction = faction;
        this.base = base;
        this.baseLat = baseLat;
        this.baseLon = baseLon;
        this.sortiesPerDay = sortiesPerDay;
    }

    public Faction getFaction() { return faction; }
    public String getBase() { return base; }
    public double getBaseLat() { return baseLat; }
    public double getBaseLon() { return baseLon; }
    public double getSortiesPerDay() { return sortiesPerDay; }
    public void setSortiesPerDay(double s) { sortiesPerDay = Math.max(0, s); }
}
