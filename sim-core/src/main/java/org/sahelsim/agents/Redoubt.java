package org.sahelsim.agents;

/**
 * The Ifoghas/Tigharghar mountain redoubt: caves, fresh water and prepositioned supplies (R6;
 * 000, 002, 004), resupplied through the towns around it unless they are held by hostile forces (R7).
 * Supplies are counted in fighter-days.
 */
public final class Redoubt {
    private final String regionId;
    private double supplies;
    private double suppliesInitial;

    public Redoubt(String regionId, double supplies) {
        this.regionId = regionId;
        this.supplies = supplies;
        this.suppliesInitial = supplies;
    }

    public String getRegionId() { return regionId; }
    public double getSupplies() { return supplies; }
    public void setSupplies(double s) { supplies = Math.max(0, s); }
    public double getSuppliesInitial() { return suppliesInitial; }
    public double getSupplyShare() { return suppliesInitial <= 0 ? 0 : supplies / suppliesInitial; }
}
