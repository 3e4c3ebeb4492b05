package org.sahelsim.experiment.sweep;

import org.sahelsim.map.MaliMap;
import org.sahelsim.map.PlaceNames;

import org.sahelsim.rules.RuleSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.Sha256;
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

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonSchema SCHEMA;

    static {
        try (InputStream in = SweepSpecLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sweep schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(MAPPER.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SweepSpecLoader() {}

    /** Reads and checks a spec file; {@code scenarioDays} gives a scenario's default duration when the spec has no {@code days}. */
    public static SweepSpec load(Path file, java.util.function.ToIntFunction<Path> scenarioDays) {
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(shown + ": no such file (expected a sweep spec .json file)");
        } catch (IOException e) {
            throw new UserError(shown + (Files.isDirectory(file) ? ": is a directory (expected a sweep spec .json file)"
                    : ": cannot be read: " + e.getMessage()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(shown + ": is not UTF-8 text (expected a JSON file)");
        }
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return parse(shown, name, text, folder, Sha256.hex(bytes), scenarioDays);
    }

    static SweepSpec parse(String shown, String name, String text, Path folder, String sha256,
                           java.util.function.ToIntFunction<Path> scenarioDays) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new UserError(shown + where + ": malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    .replaceFirst(" \\(start marker at \\[Source.*$", "")); // Jackson's own location: ours is in front
        }
        if (root == null || root.isMissingNode()) {
            throw new UserError(shown + ": the file is empty (expected a JSON object)");
        }
        List<ValidationMessage> messages = new ArrayList<>(SCHEMA.validate(root));
        if (!messages.isEmpty()) {
            messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                    .thenComparing(ValidationMessage::getMessage));
            ValidationMessage m = messages.get(0);
            String pointer = m.getInstanceLocation().toString();
            String msg = m.getMessage();
            if (msg.startsWith(pointer + ": ")) {
                msg = msg.substring(pointer.length() + 2);
            }
            String more = messages.size() > 1 ? " (and " + (messages.size() - 1) + " more problems)" : "";
            throw new UserError(shown + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + msg + more);
        }
        Checker c = new Checker(shown);

        Path scenario = folder.resolve(root.get("scenario").asText()).normalize();
        if (!Files.isRegularFile(scenario)) {
            c.fail("/scenario", "no scenario file at " + scenario + " (the path is relative to the spec file)");
        }
        int days = root.has("days") ? root.get("days").asInt() : scenarioDays.applyAsInt(scenario);
        Design design = Design.parse(root.get("design").asText());

        List<Factor> factors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonNode params = root.get("parameters");
        for (int i = 0; i < params.size(); i++) {
            JsonNode p = params.get(i);
            String at = "/parameters/" + i;
            String key = p.get("key").asText();
            ParameterInfo info = RuleSet.CATALOG.info(key);
            if (info == null) {
                c.fail(at + "/key", "unknown parameter '" + key + "' (see 'sahel params' for the keys)");
            }
            if (!keys.add(key)) {
                c.fail(at + "/key", "parameter '" + key + "' is varied twice");
            }
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
                    outputs.add(new OutputSpec.Metric(oname, columns, day));
                }
                case "firstControlDay" -> outputs.add(new OutputSpec.FirstControlDay(oname, town(c, at, o),
                        Side.fromId(o.get("side").asText())));
                case "holds" -> outputs.add(new OutputSpec.Holds(oname, town(c, at, o),
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

    private record Checker(String shown) {
        void fail(String pointer, String message) {
            throw new UserError(shown + ": " + pointer + ": " + message);
        }
    }

    /** The map's own name of an output's town (aliases such as "Tombouctou" resolved once, here). */
    private static String town(Checker c, String at, JsonNode output) {
        String given = output.get("town").asText();
        PlaceNames places = MaliMap.get().places();
        String name = places.canonical(given);
        if (name == null) {
            List<String> close = places.closest(given, 1);
            c.fail(at + "/town", "unknown town '" + given + "' (expected a town of the map"
                    + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?") + ")");
            return given;
        }
        return name;
    }
}
