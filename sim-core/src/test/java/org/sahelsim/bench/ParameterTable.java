package org.sahelsim.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.rules.RuleSet;

/**
 * The parameter catalogue as Markdown tables, one per rule (every record tagged with the rule,
 * in catalogue order), for docs/ODD.md. Without arguments it prints them; with a file it replaces,
 * in place, each "Parameters of Rn:" paragraph and the table under it with the catalogue's:
 * {@code java -cp ... org.sahelsim.bench.ParameterTable docs/ODD.md}.
 */
public final class ParameterTable {
    public static void main(String[] args) throws Exception {
        Map<String, List<String>> tables = tables();
        if (args.length == 0) {
            tables.values().forEach(t -> System.out.println("\n" + String.join("\n", t)));
            return;
        }
        Path file = Path.of(args[0]);
        List<String> in = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        List<String> missing = new ArrayList<>(tables.keySet());
        for (int i = 0; i < in.size(); i++) {
            String line = in.get(i);
            String rule = line.startsWith("Parameters of ") && line.endsWith(":")
                    ? line.substring("Parameters of ".length(), line.length() - 1) : null;
            if (rule == null || !tables.containsKey(rule)) {
                out.add(line);
                continue;
            }
            out.addAll(tables.get(rule));
            missing.remove(rule);
            int j = i + 1;
            while (j < in.size() && in.get(j).isBlank()) {
                j++;
            }
            while (j < in.size() && in.get(j).startsWith("|")) {
                j++;
            }
            i = j - 1;
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + " has no \"Parameters of R..:\" paragraph for " + missing);
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    /** Per rule id, the lines of its paragraph and table. */
    static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (ParameterInfo p : RuleSet.CATALOG.all()) {
            List<String> t = tables.computeIfAbsent(p.ruleId(), r -> new ArrayList<>(List.of("Parameters of " + r + ":", "",
                    "| key | default | range | unit | meaning | source of the default |", "|---|---|---|---|---|---|")));
            t.add("| `" + p.key() + "` | " + fmt(p.defaultValue()) + " | " + fmt(p.min()) + "–" + fmt(p.max()) + " | "
                    + p.unit() + " | " + p.description() + " | " + p.source() + " |");
        }
        return tables;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : Double.toString(d);
    }
}
