package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.core.UserError;

import java.util.List;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/** The {@code --set rule.param=value} flags of {@code run} and {@code gui}, applied over a scenario's parameters. */
final class ParameterOverrides {
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
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new UserError("--set " + s + ": '" + value + "' is not a number (expected rule.param=number)");
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
