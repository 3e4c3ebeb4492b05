package org.sahelsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer, from one streaming parse. Object
 * members are located at their field name (where a reader looks), array elements and the root
 * at their first character. Validators work on trees that have lost positions; this map gives
 * them back.
 */
public final class JsonLocations {
    /** A 1-based line and column. */
    public record Position(int line, int column) {}

    private final Map<String, Position> positions;

    private JsonLocations(Map<String, Position> positions) {
        this.positions = positions;
    }

    /**
     * Scans a document. Malformed JSON (and duplicate keys, which Jackson would otherwise silently
     * resolve to the last one) raise a {@link JsonProcessingException} carrying the location.
     */
    public static JsonLocations scan(String json) throws JsonProcessingException {
        Map<String, Position> map = new HashMap<>();
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonParser p = factory.createParser(json)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            // the stack holds, per open container, the pointer of the container and the next array index
            Deque<String> pointers = new ArrayDeque<>();
            Deque<int[]> indices = new ArrayDeque<>();
            String pendingMember = null;
            JsonToken t;
            while ((t = next(p)) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingMember = pointers.peek() + "/" + escape(p.currentName());
                    map.put(pendingMember, position(p.currentTokenLocation()));
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    pointers.pop();
                    indices.pop();
                    continue;
                }
                String here;
                if (pointers.isEmpty()) {
                    here = "";
                    map.put(here, position(p.currentTokenLocation()));
                } else if (pendingMember != null) {
                    here = pendingMember;
                    pendingMember = null;
                } else {
                    int[] next = indices.peek();
                    here = pointers.peek() + "/" + next[0]++;
                    map.put(here, position(p.currentTokenLocation()));
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointers.push(here);
                    indices.push(new int[] {0});
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a String cannot fail", e);
        }
        return new JsonLocations(map);
    }

    /** The next token; a limit of the reader (nesting, number length) is reported where it is hit. */
    private static JsonToken next(JsonParser p) throws IOException {
        try {
            return p.nextToken();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, e.getOriginalMessage());
        }
    }

    /**
     * The position of a pointer, or of its nearest ancestor that has one (a missing member is
     * reported at the object that should hold it).
     */
    public Position of(String pointer) {
        String p = pointer;
        while (true) {
            Position pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return new Position(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static Position position(JsonLocation loc) {
        return new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
