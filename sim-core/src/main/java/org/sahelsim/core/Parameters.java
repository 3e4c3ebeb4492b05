package org.sahelsim.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable, fully resolved set of rule parameters: the defaults of a {@link ParameterCatalog}
 * with overrides applied (scenario first, then command line). Unknown keys and values outside a
 * parameter's range are refused with an {@link IllegalArgumentException} whose message names the
 * key and what is expected.
 */
public final class Parameters {
    private final ParameterCatalog catalog;
    private final double[] values;

    Parameters(ParameterCatalog catalog, double[] values) {
        this.catalog = catalog;
        this.values = values;
    }

    /** The catalogue these values belong to. */
    public ParameterCatalog catalog() {
        return catalog;
    }

    public Parameters with(String key, double value) {
        int i = catalog.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("unknown parameter '" + key + "'" + catalog.suggestion(key));
        }
        ParameterInfo info = catalog.all().get(i);
        if (Double.isNaN(value) || value < info.min() || value > info.max()) {
            throw new IllegalArgumentException("parameter '" + key + "' = " + value + " is outside its range ["
                    + fmt(info.min()) + ", " + fmt(info.max()) + "]");
        }
        double[] v = values.clone();
        v[i] = value;
        return new Parameters(catalog, v);
    }

    public Parameters withAll(Map<String, Double> overrides) {
        Parameters p = this;
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' has no value");
            }
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    public double get(String key) {
        int i = catalog.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("unknown parameter '" + key + "'");
        }
        return values[i];
    }

    /** All resolved values, sorted by key. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new TreeMap<>();
        List<ParameterInfo> cat = catalog.all();
        for (int i = 0; i < values.length; i++) {
            m.put(cat.get(i).key(), values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Only the values that differ from the defaults, in catalogue order. */
    public Map<String, Double> overrides() {
        Map<String, Double> m = new LinkedHashMap<>();
        List<ParameterInfo> cat = catalog.all();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != cat.get(i).defaultValue()) {
                m.put(cat.get(i).key(), values[i]);
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
