package org.sahelsim.agents;

import org.sahelsim.core.Faction;

/**
 * A unit of a national or intervention force (FAMa, France, Chad, AFISMA, UN, partner): troops,
 * armoured vehicles, a mission, an intent and the objective its commander chose (rules.Command). Where it may go is limited by the
 * restrictions of its faction (R12).
 */
public final class ForceUnit extends Unit {
    Mission mission;
    /** Town it holds when garrisoning. */
    TownAgent post;
    /** Kept in its town by recent attacks until this day (R10). */
    int tiedDownUntilDay = -1;
    /** What it is there to do (issue 11); null = hold where it is. */
    org.sahelsim.scenario.Intent intent;
    /** The town its commander chose today (rules.Command), or null. */
    TownAgent objective;
    /** Score of that objective when chosen (hysteresis). */
    double objectiveScore;
    /** Halted (reorganising, installing a detachment, a breakdown) until this day. */
    int haltedUntilDay = -1;
    /** In contact mode (after an ambush or mines) until this day. */
    int contactUntilDay = -1;
    /** Waiting short of its objective for a better force ratio (rules.Command). */
    boolean waiting;
    /** Days of fuel, water and ammunition carried by a manoeuvre unit (rules.Command); NaN until it manoeuvres. */
    double supplyDays = Double.NaN;
    /** Holding to refill after running short, until its supplies are full again. */
    boolean resupplying;
    /** Flown to its objectives (parachuted or air-landed) from its air base (rules.Command). */
    boolean airborne;
    /** The town an airborne unit flies from and back to. */
    TownAgent airBase;

    public ForceUnit(int id, Faction faction, double x, double y, int troops, int vehicles, double supplies,
                     Mission mission) {
        super(id, faction, x, y, troops, vehicles, supplies);
        this.mission = mission;
    }

    public Mission getMission() { return mission; }
    public void setMission(Mission m) { mission = m; }
    public TownAgent getPost() { return post; }
    public void setPost(TownAgent t) { post = t; }
    public int getTiedDownUntilDay() { return tiedDownUntilDay; }
    public void setTiedDownUntilDay(int d) { tiedDownUntilDay = d; }
    public int getTroops() { return strength; }
    public org.sahelsim.scenario.Intent getIntent() { return intent; }
    public void setIntent(org.sahelsim.scenario.Intent i) { intent = i; }
    public String getIntentType() { return intent == null ? "" : intent.type(); }
    public TownAgent getObjective() { return objective; }
    public void setObjective(TownAgent t, double score) { objective = t; objectiveScore = score; }
    public double getObjectiveScore() { return objectiveScore; }
    public String getObjectiveName() { return objective == null ? "" : objective.getName(); }
    public int getHaltedUntilDay() { return haltedUntilDay; }
    public void setHaltedUntilDay(int d) { haltedUntilDay = d; }
    public int getContactUntilDay() { return contactUntilDay; }
    public void setContactUntilDay(int d) { contactUntilDay = d; }
    public boolean isWaiting() { return waiting; }
    public double getSupplyDays() { return supplyDays; }
    public void setSupplyDays(double d) { supplyDays = d; }
    public boolean isResupplying() { return resupplying; }
    public void setResupplying(boolean r) { resupplying = r; }
    public void setWaiting(boolean w) { waiting = w; }
    public boolean isAirborne() { return airborne; }
    public TownAgent getAirBase() { return airBase; }
    public void setAirborne(TownAgent base) { airborne = base != null; airBase = base; }
}
