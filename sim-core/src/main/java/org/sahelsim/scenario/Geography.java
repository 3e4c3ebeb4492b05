package org.sahelsim.scenario;

import java.util.List;

/**
 * What scenario validation needs to know about the map: which towns and regions exist and which
 * coordinates lie on the model grid. Implemented over {@code MaliMap}; kept as an interface so
 * the loader does not depend on how the map is built.
 */
public interface Geography {
    /** True when the name is a town of the map (accent- and case-insensitive). */
    boolean hasTown(String name);

    /** True when the id is a region of the map, or a pseudo-region the rules know (north-of-niger-valley). */
    boolean hasRegion(String id);

    /** True when the coordinates fall inside the model grid. */
    boolean onGrid(double lat, double lon);

    /** Town names, for "did you mean" hints. */
    List<String> townNames();

    /** Region ids, for messages. */
    List<String> regionIds();
}
