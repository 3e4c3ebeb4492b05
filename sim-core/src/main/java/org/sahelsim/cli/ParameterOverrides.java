package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.core.UserError;

import java.util.List;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/** The {@code --set rule.param=value} flags of {@code run} and {@code gui}, applied over a scenario's parameters. */
final class ParameterOverrides {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private ParameterOverrides() {}

    /**
     * The defaults, then the scenario's own overrides (validated with the scenario), then each
     * {@code --set} in the order given; a malformed or unknown one is a {@link UserError}.
     */
    static Parameters resolve(Scenario scenario, List<String> sets) {
        Parameters p = RuleSet.CATALOG.defaults().withAll(scenario.parameters());
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new UserError("--set " + s + ": expected rule.param=value, e.g. --set airStrikes.detectionProbability=0.5");
            }
            String key = s.substring(0, eq).trim();
            String value = s.substring(eq + 1).trim();
            // strictly a decimal number: Java would also take 100d, 0x1p3, NaN or Infinity
            if (!NUMBER.matcher(value).matches()) {
                throw new UserError("--set " + s + ": '" + value + "' is not a number (expected rule.param=number, e.g. 0.5 or 1e-3)");
            }
            double v = Double.parseDouble(value);
            if (!Double.isFinite(v)) {
                throw new UserError("--set " + s + ": '" + value + "' is too large (expected a finite number)");
            }
            try {
                p = p.with(key, v);
            } catch (IllegalArgumentException e) {
                throw new UserError("--set " + s + ": " + e.getMessage());
            }
        }
        return p;
    }
}
