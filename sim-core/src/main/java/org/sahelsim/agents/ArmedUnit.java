package org.sahelsim.agents;

import org.sahelsim.core.Faction;

/**
 * A unit of an armed group (AQIM, Ansar Dine, MUJAO, MNLA, IMA, JNIM, Katiba Macina): fighters,
 * technicals and motorbikes, supplies, cohesion and a posture. Units split when struck or
 * threatened (R4) and merge again when they regroup in quiet places (R6, R18).
 */
public final class ArmedUnit extends Unit {
    Posture posture;
    /** Town the unit is advancing on, hiding in or raiding; may be null. */
    TownAgent targetTown;
    /** The town a column holds short of because it does not outmatch it (R1), or null. */
    TownAgent blockedBy;
    int postureSinceDay;
    /** Day it left Mali (R18), or -1. */
    int exileSinceDay = -1;

    public ArmedUnit(int id, Faction faction, double x, double y, int fighters, int vehicles, double supplies, Posture posture) {
        super(id, faction, x, y, fighters, vehicles, supplies);
        this.posture = posture;
    }

    public Posture getPosture() { return posture; }
    public void setPosture(Posture p, int day) {
        if (p != posture) {
            posture = p;
            postureSinceDay = day;
        }
    }
    public int getPostureSinceDay() { return postureSinceDay; }
    public TownAgent getTargetTown() { return targetTown; }
    public void setTargetTown(TownAgent t) { targetTown = t; }
    public TownAgent getBlockedBy() { return blockedBy; }
    public void setBlockedBy(TownAgent t) { blockedBy = t; }
    public String getTargetTownName() { return targetTown == null ? "" : targetTown.getName(); }
    public int getExileSinceDay() { return exileSinceDay; }
    public void setExileSinceDay(int d) { exileSinceDay = d; }
    public boolean isInExile() { return exileSinceDay >= 0; }
    public int getFighters() { return strength; }
}
