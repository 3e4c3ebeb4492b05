package org.sahelsim.bench;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.core.ParameterInfo;

/** Prints the parameter catalogue as Markdown tables, one per rule, for docs/ODD.md. */
public final class ParameterTable {
    public static void main(String[] args) {
        String rule = "";
        for (ParameterInfo p : RuleSet.CATALOG.all()) {
            if (!p.ruleId().equals(rule)) {
                rule = p.ruleId();
                System.out.println();
                System.out.println("Parameters of " + rule + ":");
                System.out.println();
                System.out.println("| key | default | range | unit | meaning | source of the default |");
                System.out.println("|---|---|---|---|---|---|");
            }
            System.out.println("| `" + p.key() + "` | " + fmt(p.defaultValue()) + " | " + fmt(p.min()) + "–" + fmt(p.max()) + " | "
                    + p.unit() + " | " + p.description() + " | " + p.source() + " |");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : Double.toString(d);
    }
}
