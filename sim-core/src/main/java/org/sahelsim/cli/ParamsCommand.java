package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.core.ParameterInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel params}: every rule parameter with its default, range, unit and source. */
@Command(name = "params", mixinStandardHelpOptions = true,
        header = "List every rule parameter with its default and range.",
        description = {"Lists every rule parameter: key (for scenario 'parameters' and --set), rule, default, range, unit,",
            "where the default comes from, and what it does."})
final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ParameterInfo> all = RuleSet.CATALOG.all();
        if (all.isEmpty()) {
            out.println("no rule parameters are defined");
            out.flush();
            return 0;
        }
        int key = "key".length();
        int range = "range".length();
        int unit = "unit".length();
        for (ParameterInfo p : all) {
            key = Math.max(key, p.key().length());
            range = Math.max(range, range(p).length());
            unit = Math.max(unit, p.unit().length());
        }
        String row = "%-" + key + "s  %-4s  %10s  %-" + range + "s  %-" + unit + "s  %s%n";
        out.printf(java.util.Locale.ROOT, row, "key", "rule", "default", "range", "unit", "source");
        for (ParameterInfo p : all) {
            out.printf(java.util.Locale.ROOT, row, p.key(), p.ruleId(), num(p.defaultValue()), range(p), p.unit(), p.source());
            out.println(" ".repeat(key + 2) + p.description());
        }
        out.flush();
        return 0;
    }

    private static String range(ParameterInfo p) {
        return "[" + num(p.min()) + ", " + num(p.max()) + "]";
    }

    static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
