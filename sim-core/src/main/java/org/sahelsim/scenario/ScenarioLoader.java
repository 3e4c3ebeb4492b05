package org.sahelsim.scenario;

import org.sahelsim.core.ParameterCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonNodePath;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a scenario file and reports everything wrong with it: JSON syntax, the JSON Schema
 * ({@code scenarios/scenario.schema.json}, draft 2020-12), then the checks a schema cannot make
 * (towns, regions and positions on the map, event dates, parameter keys and ranges; see
 * {@link SemanticChecks}). Every problem carries the line and column of the value it is about.
 * Binding to {@link Scenario} is strict: unknown properties and nulls for numbers are refused.
 */
public final class ScenarioLoader {
    /** Classpath location of the schema (copied from scenarios/ by the build). */
    public static final String SCHEMA_RESOURCE = "/org/sahelsim/scenario/scenario.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private static final JsonNode SCHEMA_TREE;
    private static final JsonSchema SCHEMA;

    static {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            SCHEMA_TREE = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_TREE, config);
    }

    /** The outcome of reading one file: the scenario when there are no problems, else null. */
    public record Result(Scenario scenario, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Geography geography;

    private final ParameterCatalog catalog;

    /** @param catalog the parameters a scenario may set (the model's: {@code rules.RuleSet.CATALOG}) */
    public ScenarioLoader(Geography geography, ParameterCatalog catalog) {
        this.catalog = catalog;
        this.geography = geography;
    }

    /** Reads and validates a scenario; a {@link ScenarioException} lists every problem. */
    public Scenario load(Path file) {
        Result r = check(file);
        if (!r.valid()) {
            throw new ScenarioException(r.problems());
        }
        return r.scenario();
    }

    /** Reads and validates a scenario, collecting every problem instead of stopping at the first. */
    public Result check(Path file) {
        return check(file, List.of());
    }

    /** {@code chain}: the files extending this one, outermost first (to refuse cycles). */
    private Result check(Path file, List<Path> chain) {
        String text;
        try {
            text = InputFile.read(file, "a scenario .json file");
        } catch (InputFile.Refused r) {
            return failed(r.problem());
        }
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> withThis = new ArrayList<>(chain);
        withThis.add(absolute);
        return check(file.toString(), text, absolute.getParent(), withThis);
    }

    /** A branch may extend a branch, up to this depth: beyond any real study. */
    public static final int MAX_BRANCH_DEPTH = 8;

    /** At most this many entries in forces and events, units and fighters in all: beyond any real scenario. */
    public static final int MAX_FORCES = 500;
    public static final int MAX_EVENTS = 1000;
    public static final int MAX_TOTAL_UNITS = 5000;
    public static final long MAX_TOTAL_STRENGTH = 1_000_000;
    public static final int MAX_CONTROL = 2000;

    /**
     * Validates scenario text; {@code shown} names it in problems and is taken as its file's path:
     * a branch's {@code extends} is resolved against that file's directory.
     */
    public Result check(String shown, String text) {
        Path self;
        try {
            self = Path.of(shown).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            self = null;
        }
        Path dir = self == null || self.getParent() == null ? Path.of("").toAbsolutePath() : self.getParent();
        return check(shown, text, dir, self == null ? List.of() : List.of(self));
    }

    private Result check(String shown, String text, Path dir, List<Path> chain) {
        JsonLocations locations;
        JsonNode tree;
        try {
            locations = JsonLocations.scan(text);
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            return failed(new Problem(shown, loc == null ? 1 : Math.max(1, loc.getLineNr()),
                    loc == null ? 1 : Math.max(1, loc.getColumnNr()), "", "malformed JSON: " + JsonErrors.plain(e)));
        }
        if (tree == null || tree.isMissingNode()) {
            return failed(new Problem(shown, 1, 1, "", "the file is empty (expected a JSON object)"));
        }
        Problem tooBig = sizeCaps(shown, locations, tree);
        if (tooBig != null) {
            return failed(tooBig); // before the schema, which would take its time over half a million entries
        }
        Problems problems = new Problems(shown, locations);
        for (ValidationMessage m : sortedSchemaMessages(tree)) {
            addSchemaProblem(problems, m);
        }
        Branching.Base base = Branching.resolveBase(tree, dir, chain, problems, this::checkBase);
        new SemanticChecks(geography, catalog, problems, fileNameOf(shown)).check(tree, base == null ? null : base.scenario());
        if (!problems.isEmpty()) {
            return new Result(null, problems.sorted());
        }
        Scenario scenario;
        try {
            JsonNode bound = tree.deepCopy();
            ((ObjectNode) bound).remove("$schema");
            Branching.prepareForBinding((ObjectNode) bound, base);
            scenario = MAPPER.treeToValue(bound, Scenario.class);
            if (base != null) {
                scenario = Branching.compose(scenario, tree, base);
            }
        } catch (JsonMappingException e) {
            // the schema should have caught it; report it where it is all the same
            problems.add(pointerOf(e.getPath()), oneLine(e.getOriginalMessage()));
            return new Result(null, problems.sorted());
        } catch (JsonProcessingException e) {
            problems.add("", oneLine(e.getOriginalMessage()));
            return new Result(null, problems.sorted());
        }
        return new Result(scenario, List.of());
    }

    private Result checkBase(Path file, List<Path> chain) {
        return check(file, chain);
    }

    /** Absurd sizes (half a million forces would pass the schema and then run for ever). */
    private static Problem sizeCaps(String shown, JsonLocations locations, JsonNode tree) {
        Problems p = new Problems(shown, locations);
        JsonNode forces = tree.path("forces");
        if (forces.isArray() && forces.size() > MAX_FORCES) {
            p.add("/forces", forces.size() + " entries, more than the " + MAX_FORCES + " a scenario may have (expected one entry per faction and place)");
        } else if (forces.isArray()) {
            long units = 0;
            long strength = 0;
            for (JsonNode f : forces) {
                // each within its own bounds (the schema reports a single entry out of them)
                units += f.path("units").isIntegralNumber() ? Math.max(0, Math.min(1000, f.path("units").longValue())) : 1;
                strength += f.path("strength").isIntegralNumber() ? Math.max(0, Math.min(100_000, f.path("strength").longValue())) : 0;
            }
            if (units > MAX_TOTAL_UNITS) {
                p.add("/forces", units + " units in all, more than the " + MAX_TOTAL_UNITS + " a scenario may have");
            } else if (strength > MAX_TOTAL_STRENGTH) {
                p.add("/forces", strength + " fighters and troops in all, more than the " + MAX_TOTAL_STRENGTH + " a scenario may have");
            }
        }
        JsonNode events = tree.path("events");
        if (events.isArray() && events.size() > MAX_EVENTS) {
            p.add("/events", events.size() + " events, more than the " + MAX_EVENTS + " a scenario may have");
        }
        JsonNode control = tree.path("control");
        if ((control.isArray() || control.isObject()) && control.size() > MAX_CONTROL) {
            p.add("/control", control.size() + " entries, more than the " + MAX_CONTROL + " a scenario may have");
        }
        return p.isEmpty() ? null : p.sorted().get(0);
    }

    private static List<ValidationMessage> sortedSchemaMessages(JsonNode tree) {
        Set<ValidationMessage> messages = SCHEMA.validate(tree);
        List<ValidationMessage> list = new ArrayList<>(messages);
        list.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getMessage));
        return list;
    }

    private static void addSchemaProblem(Problems problems, ValidationMessage m) {
        String pointer = pointerOf(m.getInstanceLocation());
        String type = m.getType();
        if ("additionalProperties".equals(type) && m.getProperty() != null) {
            String member = pointer + "/" + JsonLocations.escape(m.getProperty());
            problems.add(member, "unknown field '" + m.getProperty() + "' (expected one of: "
                    + String.join(", ", allowedFields(m)) + ")");
            return;
        }
        if ("required".equals(type) && m.getProperty() != null) {
            problems.add(pointer, "missing required field '" + m.getProperty() + "'");
            return;
        }
        if ("false".equals(type)) {
            return; // reported by additionalProperties
        }
        String msg = m.getMessage();
        String prefix = m.getInstanceLocation().toString() + ": ";
        if (msg.startsWith(prefix)) {
            msg = msg.substring(prefix.length());
        }
        String description = describedAs(m);
        problems.add(pointer, msg + (description == null ? "" : " (" + description + ")"));
    }

    /** The "properties" next to the failing "additionalProperties" keyword of the schema. */
    private static List<String> allowedFields(ValidationMessage m) {
        JsonNode at = schemaNodeAt(m.getSchemaLocation().getFragment());
        List<String> names = new ArrayList<>();
        if (at != null && at.has("properties")) {
            Iterator<String> it = at.get("properties").fieldNames();
            while (it.hasNext()) {
                names.add(it.next());
            }
        }
        return names;
    }

    /** The "description" of the schema that failed, so the user reads what is expected. */
    private static String describedAs(ValidationMessage m) {
        JsonNode at = schemaNodeAt(m.getSchemaLocation().getFragment());
        if (at != null && at.hasNonNull("description")) {
            return at.get("description").asText();
        }
        return null;
    }

    /** The schema object holding the keyword that a fragment like /$defs/force/properties/units/minimum names. */
    private static JsonNode schemaNodeAt(JsonNodePath fragment) {
        JsonNode node = SCHEMA_TREE;
        int n = fragment.getNameCount();
        for (int i = 0; i < n - 1 && node != null; i++) {
            Object e = fragment.getElement(i);
            node = e instanceof Integer idx ? node.get(idx) : node.get(String.valueOf(e));
        }
        return node;
    }

    static String pointerOf(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            sb.append('/').append(e instanceof Integer ? e.toString() : JsonLocations.escape(String.valueOf(e)));
        }
        return sb.toString();
    }

    static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            sb.append('/').append(r.getFieldName() != null ? JsonLocations.escape(r.getFieldName()) : Integer.toString(r.getIndex()));
        }
        return sb.toString();
    }

    private static String fileNameOf(String shown) {
        int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        return shown.substring(slash + 1);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static Result failed(Problem p) {
        return new Result(null, List.of(p));
    }

    /** Problems of one file, located through the file's {@link JsonLocations}. */
    static final class Problems {
        private final String file;
        private final JsonLocations locations;
        private final List<Problem> list = new ArrayList<>();

        Problems(String file, JsonLocations locations) {
            this.file = file;
            this.locations = locations;
        }

        void add(String pointer, String message) {
            JsonLocations.Position pos = locations.of(pointer);
            Problem p = new Problem(file, pos.line(), pos.column(), pointer, message);
            if (!list.contains(p)) {
                list.add(p);
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Problem> sorted() {
            List<Problem> s = new ArrayList<>(list);
            s.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                    .thenComparing(Problem::message));
            return s;
        }
    }
}
