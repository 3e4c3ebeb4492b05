package org.sahelsim.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where town names are compared: a name matches a town of the map whatever its
 * case, accents, spaces, hyphens and apostrophes, or through a known alternative spelling
 * (resources aliases.csv: "Tombouctou" is Timbuktu). Everything that reads a town name from a
 * user (scenarios, sweep outputs, summaries) turns it into the map's own name here, once.
 */
public final class PlaceNames {
    private final Map<String, Town> byKey = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** @param aliases pairs {alias, name of a town in towns}; an alias of an unknown town is ignored */
    PlaceNames(List<Town> towns, List<String[]> aliases) {
        for (Town t : towns) {
            byKey.put(key(t.name()), t);
            names.add(t.name());
        }
        for (String[] alias : aliases) {
            Town t = byKey.get(key(alias[1]));
            if (t != null) {
                byKey.putIfAbsent(key(alias[0]), t);
            }
        }
    }

    /** Folded forms already computed: the rules look towns up by name every day. */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The folded form under which two spellings of one name are equal. */
    public static String key(String name) {
        return KEYS.computeIfAbsent(name, PlaceNames::fold);
    }

    private static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The town a name or alias designates, or null. */
    public Town town(String name) {
        return name == null ? null : byKey.get(key(name));
    }

    /** The map's own name for a name or alias, or null if it designates no town. */
    public String canonical(String name) {
        Town t = town(name);
        return t == null ? null : t.name();
    }

    /** Whether two names designate the same town (or, for names of no town, fold to the same key). */
    public boolean same(String a, String b) {
        Town ta = town(a);
        Town tb = town(b);
        if (ta != null || tb != null) {
            return ta == tb;
        }
        return key(a).equals(key(b));
    }

    /** The names of the map's towns, in the map's order. */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    /** Up to {@code max} town names closest to a misspelt one (edit distance on folded names), for a hint. */
    public List<String> closest(String name, int max) {
        String wanted = key(name);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((x, y) -> {
            int c = Integer.compare(distance(wanted, key(x)), distance(wanted, key(y)));
            return c != 0 ? c : x.compareTo(y);
        });
        List<String> out = new ArrayList<>();
        for (String n : sorted) {
            if (out.size() >= max || distance(wanted, key(n)) > Math.max(2, wanted.length() / 3)) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
