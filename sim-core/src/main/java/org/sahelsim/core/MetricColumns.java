package org.sahelsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fixed list of daily metric columns, the same for every scenario so that outputs of
 * different scenarios line up:
 * <ul>
 *   <li>{@code fighters_<FACTION>} for armed groups and {@code troops_<FACTION>} for forces (alive, in Mali or at its borders);</li>
 *   <li>{@code towns_<side>}: number of towns controlled by each side (none = uncontrolled or contested);</li>
 *   <li>{@code territory_<side>}: share of Mali's cells under each side's control (none = uncontrolled/contested), summing to 1;</li>
 *   <li>{@code casualties_<side>}: cumulative combatant deaths of that side since the start, and {@code casualties_civilian};</li>
 *   <li>{@code events_<type>}: number of events of each ACLED event type on that day;</li>
 *   <li>{@code idps}, {@code refugees}: internally displaced people (in towns of Mali) and refugees
 *   (in the camps abroad) at the end of the day (civilians submodel).</li>
 * </ul>
 */
public final class MetricColumns {
    private static final List<String> NAMES;

    static {
        List<String> n = new ArrayList<>();
        for (Faction f : Faction.values()) {
            n.add((f.isArmedGroup() ? "fighters_" : "troops_") + f.id());
        }
        for (Side s : Side.values()) {
            n.add("towns_" + s.id());
        }
        for (Side s : Side.values()) {
            n.add("territory_" + s.id());
        }
        for (Side s : Side.values()) {
            if (s != Side.NONE) {
                n.add("casualties_" + s.id());
            }
        }
        n.add("casualties_civilian");
        for (EventType t : EventType.values()) {
            n.add("events_" + t.key());
        }
        n.add("idps");
        n.add("refugees");
        NAMES = Collections.unmodifiableList(n);
    }

    private MetricColumns() {}

    public static List<String> names() {
        return NAMES;
    }

    public static int count() {
        return NAMES.size();
    }

    /** Index of a column; -1 when there is none of that name. */
    public static int indexOf(String name) {
        return NAMES.indexOf(name);
    }

    public static int strength(Faction f) {
        return f.ordinal();
    }

    public static int towns(Side s) {
        return Faction.values().length + s.ordinal();
    }

    public static int territory(Side s) {
        return Faction.values().length + Side.values().length + s.ordinal();
    }

    /** Cumulative combatant casualties of a side (not NONE). */
    public static int casualties(Side s) {
        if (s == Side.NONE) {
            throw new IllegalArgumentException("no casualty column for side none");
        }
        return Faction.values().length + 2 * Side.values().length + s.ordinal();
    }

    public static int civilianCasualties() {
        return Faction.values().length + 3 * Side.values().length - 1;
    }

    public static int events(EventType t) {
        return civilianCasualties() + 1 + t.ordinal();
    }

    /** Internally displaced people at the end of the day. */
    public static int idps() {
        return events(EventType.values()[EventType.values().length - 1]) + 1;
    }

    /** Refugees in the camps abroad at the end of the day. */
    public static int refugees() {
        return idps() + 1;
    }
}
