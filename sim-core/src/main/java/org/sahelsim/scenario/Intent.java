package org.sahelsim.scenario;

import java.util.List;
import java.util.Locale;

/**
 * What a force is there to do (issue 11): the commander (rules.Command) turns it into objectives
 * each day from the situation; a scenario never gives an itinerary.
 *
 * @param type    reconquer, support, takeover, defend, clear, withdraw
 * @param regions administrative regions of the map's towns (towns.csv: Mopti, Tombouctou, Gao,
 *                Kidal, ...) or, for clear, map regions (tigharghar, ifoghas, ...); empty = anywhere
 * @param towns   towns the intent names (defend, clear, takeover); may be empty
 * @param with    support: the faction whose units this force follows (e.g. FRANCE)
 */
public record Intent(String type, List<String> regions, List<String> towns, String with) {
    /** The kinds of intent, as written in scenarios. */
    public static final List<String> TYPES = List.of("reconquer", "support", "takeover", "defend", "clear", "withdraw");

    public Intent {
        type = type == null ? "defend" : type.trim().toLowerCase(Locale.ROOT);
        regions = regions == null ? List.of() : List.copyOf(regions);
        towns = towns == null ? List.of() : List.copyOf(towns);
    }

    public boolean is(String t) {
        return type.equals(t);
    }
}
