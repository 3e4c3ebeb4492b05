package org.sahelsim.rules;

import org.sahelsim.core.ParameterInfo;

/** Shorthand for declaring a rule parameter. */
final class P {
    private P() {}

    static ParameterInfo of(String key, String rule, double def, double min, double max, String unit,
                            String description, String source) {
        return new ParameterInfo(key, rule, def, min, max, unit, description, source);
    }
}
