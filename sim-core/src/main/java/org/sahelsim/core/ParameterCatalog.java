package org.sahelsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule parameter the model knows, in a fixed order. Each rule class declares its own
 * {@link ParameterInfo}s; {@code rules.RuleParameters} lists them in rule order and this class
 * indexes them.
 */
public final class ParameterCatalog {
    private static final List<ParameterInfo> ALL;
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        List<ParameterInfo> all = new ArrayList<>();
        for (ParameterInfo p : org.sahelsim.rules.RuleParameters.all()) {
            if (INDEX.putIfAbsent(p.key(), all.size()) != null) {
                throw new IllegalStateException("duplicate parameter key " + p.key());
            }
            all.add(p);
        }
        ALL = Collections.unmodifiableList(all);
    }

    private ParameterCatalog() {}

    public static List<ParameterInfo> all() {
        return ALL;
    }

    public static int indexOf(String key) {
        Integer i = INDEX.get(key);
        return i == null ? -1 : i;
    }

    public static ParameterInfo info(String key) {
        int i = indexOf(key);
        return i < 0 ? null : ALL.get(i);
    }

    /** A hint for a mistyped key: the closest known keys, or the rule's parameters. */
    static String suggestion(String key) {
        String rule = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        List<String> sameRule = new ArrayList<>();
        for (ParameterInfo p : ALL) {
            if (p.key().startsWith(rule + ".")) {
                sameRule.add(p.key());
            }
        }
        if (!sameRule.isEmpty()) {
            return " (parameters of rule '" + rule + "': " + String.join(", ", sameRule) + ")";
        }
        List<String> rules = new ArrayList<>();
        for (ParameterInfo p : ALL) {
            String r = p.key().substring(0, p.key().indexOf('.'));
            if (!rules.contains(r)) {
                rules.add(r);
            }
        }
        return " (expected rule.param with rule one of: " + String.join(", ", rules) + "; see 'sahel params')";
    }
}
