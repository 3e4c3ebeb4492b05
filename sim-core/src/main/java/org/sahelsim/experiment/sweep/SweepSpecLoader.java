package org.sahelsim.experiment.sweep;


import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import org.sahelsim.experiment.JsonSpec;
import org.sahelsim.experiment.JsonSpec.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.core.UserError;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.ParameterCatalog;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Side;

/**
 * Reads a sweep spec: JSON syntax, the JSON Schema ({@code scenarios/sweep.schema.json}), then the
 * checks a schema cannot make (parameter keys and ranges against {@link ParameterCatalog}, metric
 * column names, days within the run, unique names). The first problem found is thrown as a
 * {@link UserError} that names the file, the JSON pointer and what is expected.
 */
public final class SweepSpecLoader {
    /** Classpath location of the schema (copied from scenarios/ by the build). */
    public static final String SCHEMA_RESOURCE = "/org/sahelsim/experiment/sweep/sweep.schema.json";

    private static final JsonSchema SCHEMA = JsonSpec.schema(SweepSpecLoader.class, SCHEMA_RESOURCE, "sweep schema");

    /** A run's days at most (as 'sahel run --days'), and a sweep's runs at most. */
    public static final int MAX_DAYS = 3650;
    public static final long MAX_RUNS = 10_000_000L;

    private SweepSpecLoader() {}

    /** Reads and checks a spec file; {@code scenarioDays} gives a scenario's default duration when the spec has no {@code days}. */
    public static SweepSpec load(Path file, java.util.function.ToIntFunction<Path> scenarioDays) {
        JsonSpec.Read r = JsonSpec.read(file, "a sweep spec .json file");
        return parse(r.shown(), r.name(), r.text(), r.folder(), r.sha256(), scenarioDays);
    }

    static SweepSpec parse(String shown, String name, String text, Path folder, String sha256,
                           java.util.function.ToIntFunction<Path> scenarioDays) {
        JsonSpec.Parsed parsed = JsonSpec.parse(shown, text, SCHEMA);
        JsonNode root = parsed.root();
        Checker c = parsed.checker();

        Path scenario = folder.resolve(root.get("scenario").asText()).normalize();
        if (!Files.isRegularFile(scenario)) {
            c.fail("/scenario", "no scenario file at " + scenario + " (the path is relative to the spec file)");
        }
        int days = root.has("days") ? root.get("days").asInt() : scenarioDays.applyAsInt(scenario);
        if (days > MAX_DAYS) {
            c.fail(root.has("days") ? "/days" : "/scenario", days + " days per run, more than the " + MAX_DAYS + " a run may have");
        }
        Design design = Design.parse(root.get("design").asText());

        List<Factor> factors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonNode params = root.get("parameters");
        for (int i = 0; i < params.size(); i++) {
            JsonNode p = params.get(i);
            String at = "/parameters/" + i;
            String key = p.get("key").asText();
            ParameterInfo info = c.parameter(at, key, keys, "varied twice");
            Factor f;
            if (p.has("range")) {
                double lo = p.get("range").get(0).asDouble();
                double hi = p.get("range").get(1).asDouble();
                if (!(lo < hi)) {
                    c.fail(at + "/range", "range [" + lo + ", " + hi + "] is empty (expected [min, max] with min < max)");
                }
                checkBounds(c, at + "/range", info, lo);
                checkBounds(c, at + "/range", info, hi);
                f = new Factor(key, lo, hi, List.of());
            } else {
                List<Double> levels = new ArrayList<>();
                for (JsonNode v : p.get("levels")) {
                    checkBounds(c, at + "/levels", info, v.asDouble());
                    if (levels.contains(v.asDouble())) {
                        c.fail(at + "/levels", "level " + v.asDouble() + " is listed twice");
                    }
                    levels.add(v.asDouble());
                }
                f = new Factor(key, levels.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), levels);
            }
            factors.add(f);
        }

        // the size of the design before it is generated: a factorial of many levels explodes
        int reps = root.get("replications").asInt();
        double points = switch (design) {
            case FACTORIAL -> factors.stream().mapToDouble(f -> f.levels().isEmpty() ? root.path("levels").asInt(3) : f.levels().size())
                    .reduce(1, (x, y) -> x * y);
            case LHS -> root.path("points").asInt(0);
            case SOBOL -> (double) root.path("baseSamples").asInt(0) * (factors.size() + 2);
        };
        if (points * reps > MAX_RUNS) {
            c.fail("/design", String.format(java.util.Locale.ROOT, "%.0f runs (%.0f points x %d replications), more than the %d a sweep may have",
                    points * reps, points, reps, MAX_RUNS));
        }

        List<OutputSpec> outputs = new ArrayList<>();
        Set<String> names = new HashSet<>(List.of("point", "replication", "seed"));
        names.addAll(keys);
        JsonNode outs = root.get("outputs");
        for (int i = 0; i < outs.size(); i++) {
            JsonNode o = outs.get(i);
            String at = "/outputs/" + i;
            String oname = o.get("name").asText();
            if (!names.add(oname)) {
                c.fail(at + "/name", "output name '" + oname + "' is already used (names must be unique columns of results.csv)");
            }
            int day = days;
            if (o.has("day") && o.get("day").isInt()) {
                day = o.get("day").asInt();
                if (day > days) {
                    c.fail(at + "/day", "day " + day + " is after the last day of the runs (" + days + ")");
                }
            }
            switch (o.get("type").asText()) {
                case "metric" -> {
                    List<String> columns = new ArrayList<>();
                    if (o.has("metric")) {
                        columns.add(o.get("metric").asText());
                    } else {
                        o.get("metrics").forEach(n -> columns.add(n.asText()));
                    }
                    for (String col : columns) {
                        if (MetricColumns.indexOf(col) < 0) {
                            c.fail(at, "unknown metric column '" + col + "' (expected one of: "
                                    + String.join(", ", MetricColumns.names()) + ")");
                        }
                    }
                    outputs.add(new OutputSpec.Metric(oname, columns, day, o.path("cumulative").asBoolean(false)));
                }
                case "firstControlDay" -> outputs.add(new OutputSpec.FirstControlDay(oname, c.town(at, o),
                        Side.fromId(o.get("side").asText())));
                case "events" -> {
                    String label = o.path("subEventType").asText();
                    org.sahelsim.core.SubEventType type = null;
                    for (org.sahelsim.core.SubEventType t : org.sahelsim.core.SubEventType.values()) {
                        if (t.label().equalsIgnoreCase(label)) {
                            type = t;
                        }
                    }
                    if (type == null) {
                        c.fail(at + "/subEventType", "unknown ACLED sub-event type '" + label + "' (expected one of: "
                                + String.join(", ", java.util.Arrays.stream(org.sahelsim.core.SubEventType.values())
                                        .map(org.sahelsim.core.SubEventType::label).toList()) + ")");
                    }
                    outputs.add(new OutputSpec.Events(oname, type, day));
                }
                case "holds" -> outputs.add(new OutputSpec.Holds(oname, c.town(at, o),
                        Side.fromId(o.get("side").asText()), day));
                default -> throw new IllegalStateException("schema let through output type " + o.get("type"));
            }
        }

        String description = root.has("description") ? root.get("description").asText() : "";
        return new SweepSpec(name, description, scenario, root.get("seed").asLong(), days, design,
                root.path("points").asInt(0), root.path("baseSamples").asInt(0), root.path("levels").asInt(3),
                root.get("replications").asInt(), "common".equals(root.path("seeds").asText("independent")),
                factors, outputs, sha256);
    }

    private static void checkBounds(Checker c, String at, ParameterInfo info, double v) {
        if (info != null && (v < info.min() || v > info.max())) {
            c.fail(at, "value " + v + " of '" + info.key() + "' is outside its bounds [" + info.min() + ", " + info.max() + "]");
        }
    }


}
