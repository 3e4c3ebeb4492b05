package org.sahelsim.core;

/**
 * One tunable number of a rule. Keys are {@code rule.param}, e.g. {@code airStrikes.sortiesPerDay};
 * the same key is used in scenarios ({@code parameters}), on the command line ({@code --set}),
 * in sweeps and in outputs.
 *
 * @param key          rule.param
 * @param ruleId       the rule of domain-rules.md it belongs to (R1..R21)
 * @param defaultValue default value
 * @param min          smallest accepted value
 * @param max          largest accepted value
 * @param unit         unit of the value (e.g. "per day", "probability", "fighters")
 * @param description  what it does, one sentence
 * @param source       where the default comes from: a document (e.g. "004: 65 militants killed"), a cited public figure, or "assumed"
 */
public record ParameterInfo(String key, String ruleId, double defaultValue, double min, double max,
                            String unit, String description, String source) {
    public ParameterInfo {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("default of " + key + " outside [" + min + ", " + max + "]");
        }
    }
}
