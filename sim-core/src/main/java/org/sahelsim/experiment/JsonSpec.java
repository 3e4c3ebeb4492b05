package org.sahelsim.experiment;

import java.util.Set;
import org.sahelsim.core.ParameterInfo;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sahelsim.core.UserError;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.PlaceNames;
import org.sahelsim.scenario.InputFile;
import org.sahelsim.scenario.JsonErrors;
import org.sahelsim.scenario.JsonLocations;

/**
 * What the spec loaders (sweep, calibration) share: reading a spec file and its SHA-256, JSON syntax,
 * JSON Schema validation, and one-line located errors ({@code FILE:LINE:COLUMN: pointer: problem}).
 */
public final class JsonSpec {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonSpec() {}

    /** A spec file's text, its name without {@code .json}, its folder and the SHA-256 of its bytes. */
    public record Read(String shown, String name, String text, Path folder, String sha256) {}

    /** A spec whose syntax and schema are checked, with the checker for the rest. */
    public record Parsed(JsonNode root, Checker checker) {}

    /** Loads a JSON Schema (2020-12) from the classpath; {@code what} names it if it is missing. */
    public static JsonSchema schema(Class<?> owner, String resource, String what) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " missing from the classpath: " + resource);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a spec file ({@code expected} says what it should be, for a refusal). */
    public static Read read(Path file, String expected) {
        String text;
        try {
            text = InputFile.read(file, expected);
        } catch (InputFile.Refused r) {
            throw new UserError(r.problem().toString());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            bytes = Files.readAllBytes(file); // the SHA-256 of the bytes as they are (a BOM included); small and regular
        } catch (IOException e) {
            // read a moment ago: keep the text's bytes
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return new Read(file.toString(), name, text, file.toAbsolutePath().getParent(), Sha256.hex(bytes));
    }

    /** Parses {@code text} and validates it against {@code schema}; the first problem is thrown as a {@link UserError}. */
    public static Parsed parse(String shown, String text, JsonSchema schema) {
        JsonNode root;
        JsonLocations locations;
        try {
            locations = JsonLocations.scan(text);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? ":1:1" : ":" + Math.max(1, loc.getLineNr()) + ":" + Math.max(1, loc.getColumnNr());
            throw new UserError(shown + where + ": malformed JSON: " + JsonErrors.plain(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new UserError(shown + ": the file is empty (expected a JSON object)");
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(root));
        if (!messages.isEmpty()) {
            messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                    .thenComparing(ValidationMessage::getMessage));
            ValidationMessage m = messages.get(0);
            String pointer = m.getInstanceLocation().toString();
            String msg = m.getMessage();
            if (msg.startsWith(pointer + ": ")) {
                msg = msg.substring(pointer.length() + 2);
            }
            if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
                pointer = pointer + "/" + JsonLocations.escape(m.getProperty());
                msg = "unknown field '" + m.getProperty() + "'";
            }
            String more = messages.size() > 1 ? " (and " + (messages.size() - 1) + " more problems)" : "";
            JsonLocations.Position pos = locations.of(pointer);
            throw new UserError(shown + ":" + pos.line() + ":" + pos.column() + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + msg + more);
        }
        return new Parsed(root, new Checker(shown, locations));
    }

    /** Throws the checks a schema cannot make as one-line located errors. */
    public record Checker(String shown, JsonLocations locations) {
        public void fail(String pointer, String message) {
            JsonLocations.Position pos = locations.of(pointer);
            throw new UserError(shown + ":" + pos.line() + ":" + pos.column() + ": " + pointer + ": " + message);
        }

        /** The map's own name of {@code node}'s "town" (aliases such as "Tombouctou" resolved once, here). */
        public String town(String at, JsonNode node) {
            String given = node.get("town").asText();
            PlaceNames places = MaliMap.get().places();
            String name = places.canonical(given);
            if (name == null) {
                List<String> close = places.closest(given, 1);
                fail(at + "/town", "unknown town '" + given + "' (expected a town of the map"
                        + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?") + ")");
            }
            return name;
        }

        /**
         * The catalogue's entry for the parameter key given at {@code at}: an unknown key, or one
         * already in {@code seen}, is refused ("parameter 'k' is {@code twice}", e.g. "varied twice").
         */
        public ParameterInfo parameter(String at, String key, Set<String> seen, String twice) {
            ParameterInfo info = RuleSet.CATALOG.info(key);
            if (info == null) {
                fail(at + "/key", "unknown parameter '" + key + "' (see 'sahel params' for the keys)");
            }
            if (!seen.add(key)) {
                fail(at + "/key", "parameter '" + key + "' is " + twice);
            }
            return info;
        }
    }
}
