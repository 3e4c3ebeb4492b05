package org.sahelsim.agents;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.core.Faction;

/**
 * A unit of a national or intervention force (FAMa, France, Chad, AFISMA, UN, partner): troops,
 * armoured vehicles, a mission and its target towns. Where it may go is limited by the
 * restrictions of its faction (R12).
 */
public final class ForceUnit extends Unit {
    Mission mission;
    final List<String> targets = new ArrayList<>();
    int targetIndex;
    /** Town it holds when garrisoning. */
    TownAgent post;
    /** Kept in its town by recent attacks until this day (R10). */
    int tiedDownUntilDay = -1;

    public ForceUnit(int id, Faction faction, double x, double y, int troops, int vehicles, double supplies,
                     Mission mission, List<String> targets) {
        super(id, faction, x, y, troops, vehicles, supplies);
        this.mission = mission;
        if (targets != null) {
            this.targets.addAll(targets);
        }
    }

    public Mission getMission() { return mission; }
    public void setMission(Mission m) { mission = m; }
    public List<String> targets() { return targets; }
    public int getTargetIndex() { return targetIndex; }
    public void setTargetIndex(int i) { targetIndex = i; }
    public String getCurrentTarget() { return targetIndex < targets.size() ? targets.get(targetIndex) : ""; }
    public TownAgent getPost() { return post; }
    public void setPost(TownAgent t) { post = t; }
    public int getTiedDownUntilDay() { return tiedDownUntilDay; }
    public void setTiedDownUntilDay(int d) { tiedDownUntilDay = d; }
    public int getTroops() { return strength; }
}
