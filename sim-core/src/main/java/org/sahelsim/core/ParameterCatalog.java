package org.sahelsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of a model, in a fixed order, built from the {@link Param} declarations of its
 * parameter records ({@link ParameterRecords}); the model's own catalogue is
 * {@code rules.RuleSet.CATALOG}. Immutable, shared by every run.
 */
public final class ParameterCatalog {
    private final List<ParameterInfo> all;
    private final Map<String, Integer> index = new HashMap<>();
    private final Parameters defaults;

    private ParameterCatalog(List<ParameterInfo> infos) {
        List<ParameterInfo> list = new ArrayList<>();
        for (ParameterInfo p : infos) {
            if (index.putIfAbsent(p.key(), list.size()) != null) {
                throw new IllegalStateException("duplicate parameter key " + p.key());
            }
            list.add(p);
        }
        all = Collections.unmodifiableList(list);
        double[] v = new double[all.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = all.get(i).defaultValue();
        }
        defaults = new Parameters(this, v);
    }

    /** The catalogue of the parameters the records declare, in the records' order. */
    public static ParameterCatalog of(List<Class<? extends Record>> records) {
        List<ParameterInfo> infos = new ArrayList<>();
        for (Class<? extends Record> r : records) {
            infos.addAll(ParameterRecords.describe(r));
        }
        return new ParameterCatalog(infos);
    }

    /** Every parameter, in catalogue order. */
    public List<ParameterInfo> all() {
        return all;
    }

    /** Every parameter at its default value. */
    public Parameters defaults() {
        return defaults;
    }

    public int indexOf(String key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    public ParameterInfo info(String key) {
        int i = indexOf(key);
        return i < 0 ? null : all.get(i);
    }

    /** A hint for a mistyped key: the closest known keys, or the rule's parameters. */
    String suggestion(String key) {
        String rule = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        List<String> sameRule = new ArrayList<>();
        for (ParameterInfo p : all) {
            if (p.key().startsWith(rule + ".")) {
                sameRule.add(p.key());
            }
        }
        if (!sameRule.isEmpty()) {
            return " (parameters of rule '" + rule + "': " + String.join(", ", sameRule) + ")";
        }
        List<String> rules = new ArrayList<>();
        for (ParameterInfo p : all) {
            String r = p.key().substring(0, p.key().indexOf('.'));
            if (!rules.contains(r)) {
                rules.add(r);
            }
        }
        return " (expected rule.param with rule one of: " + String.join(", ", rules) + "; see 'sahel params')";
    }
}
