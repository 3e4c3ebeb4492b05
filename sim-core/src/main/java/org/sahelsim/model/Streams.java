package org.sahelsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.world.RandomStreams;

/**
 * The names and keys of the random streams the model opens besides the phases' (whose name is
 * the phase's and whose key is the day): the setup, each initial force and each scenario event.
 * Forces and events are keyed by their content (every field, the date included) and the
 * number of identical ones before them, not by their position in the file, so that adding,
 * removing or moving one event leaves the draws of every other in step.
 */
final class Streams {
    static final String SETUP = "setup";
    static final String INITIAL_FORCE = "initial force";
    static final String SCENARIO_EVENT = "scenario event";

    private Streams() {}

    /** One key per item: a 64-bit hash of its content, and of how many equal items came before it. */
    static long[] contentKeys(List<?> items) {
        long[] keys = new long[items.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String content = String.valueOf(items.get(i));
            int n = seen.merge(content, 1, Integer::sum);
            keys[i] = RandomStreams.fnv64(content + "#" + n);
        }
        return keys;
    }
}
