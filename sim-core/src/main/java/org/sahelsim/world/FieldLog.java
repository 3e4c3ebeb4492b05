package org.sahelsim.world;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Grid;

/**
 * What happened in the field during one run that the rules read back later, kept out of the
 * agents: the air activity (every sortie flown, where and when, R3; read by the threat
 * appraisal of R1/R5 and by R8's emergence), routed units (R2: a routed force holds no ground
 * and counts in no appraisal until a given day) and each faction's pool of suicide bombers
 * (R10).
 */
public final class FieldLog {
    /** One sortie: the day it was flown, by whom, over which point (grid coordinates). */
    public record Sortie(int day, Faction faction, double x, double y) {}

    private final List<Sortie> sorties = new ArrayList<>();
    private final Map<Integer, Integer> routedUntil = new HashMap<>();
    private final EnumMap<Faction, Integer> bombers = new EnumMap<>(Faction.class);
    private final EnumMap<Faction, Integer> recruits = new EnumMap<>(Faction.class);
    private final EnumMap<Faction, Integer> used = new EnumMap<>(Faction.class);
    private final EnumMap<Faction, Integer> prepared = new EnumMap<>(Faction.class);
    private boolean bombersSet;
    private int suicideAttacks;
    private int emptyPoolOpportunities;

    /** Records a sortie flown over (x, y) on the given day. */
    public void sortie(int day, Faction f, double x, double y) {
        sorties.add(new Sortie(day, f, x, y));
        if (sorties.size() > 4000) { // keep the last few weeks only: nothing reads further back
            int cut = day - 60;
            sorties.removeIf(s -> s.day() < cut);
        }
    }

    /** Sorties flown since {@code sinceDay} (inclusive) by factions the predicate accepts, within km of (x, y). */
    public int sortiesNear(java.util.function.Predicate<Faction> by, int sinceDay, double x, double y, double km) {
        int n = 0;
        for (int i = sorties.size() - 1; i >= 0; i--) {
            Sortie s = sorties.get(i);
            if (s.day() < sinceDay) {
                break; // appended in day order
            }
            if (by.test(s.faction()) && Grid.km(s.x(), s.y(), x, y) <= km) {
                n++;
            }
        }
        return n;
    }

    /** Every sortie recorded (the last weeks). */
    public List<Sortie> sorties() {
        return java.util.Collections.unmodifiableList(sorties);
    }

    /** Marks a unit routed up to and including {@code day}. */
    public void routed(int unitId, int untilDay) {
        routedUntil.merge(unitId, untilDay, Math::max);
    }

    /** Whether the unit is routed on the given day. */
    public boolean isRouted(int unitId, int day) {
        Integer d = routedUntil.get(unitId);
        return d != null && d >= day;
    }

    /** Sets the starting pools once per run; later calls do nothing. */
    public void initBombers(Map<Faction, Integer> start) {
        if (!bombersSet) {
            bombers.putAll(start);
            bombersSet = true;
        }
    }

    public boolean bombersSet() { return bombersSet; }

    /** Bombers the faction has now: its starting pool plus those its cells have prepared (R10), less those used. */
    public int bombers(Faction f) {
        return bombers.getOrDefault(f, 0) + prepared.getOrDefault(f, 0) - used.getOrDefault(f, 0);
    }

    /** Adds bombers a faction's cells have prepared (R10: volunteers trained and equipped). */
    public void prepared(Faction f, int n) {
        if (n > 0) {
            prepared.merge(f, n, Integer::sum);
        }
    }

    /** Bombers the faction's cells have prepared during the run (R10). */
    public int prepared(Faction f) { return prepared.getOrDefault(f, 0); }

    /** Uses one bomber of the faction; false (and counted as an empty-pool opportunity) when none is left. */
    public boolean useBomber(Faction f) {
        if (bombers(f) <= 0) {
            emptyPoolOpportunities++;
            return false;
        }
        used.merge(f, 1, Integer::sum);
        suicideAttacks++;
        return true;
    }

    public int suicideAttacks() { return suicideAttacks; }

    /** Records recruits joining a faction (R15). */
    public void recruited(Faction f, int n) {
        if (n > 0) {
            recruits.merge(f, n, Integer::sum);
        }
    }

    /** Recruits that have joined the faction during the run. */
    public int recruits(Faction f) { return recruits.getOrDefault(f, 0); }

    /** Attacks that would have been suicide bombings had the faction had a bomber. */
    public int emptyPoolOpportunities() { return emptyPoolOpportunities; }
}
