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

    /** The map's own name of a town name or alias, or null when it is no town of the map. */
    String canonicalTown(String name);

    /** The town names closest to a misspelt one (at most one today), for "did you mean" hints. */
    List<String> closestTowns(String name);

    /** True when the name is an air base outside the map's towns (N'Djamena, Niamey, ...). */
    boolean hasAirBase(String name);

    /** The air bases outside the map's towns, for messages. */
    List<String> airBaseNames();

    /** Region ids, for messages. */
    List<String> regionIds();

    /** Administrative regions of the map's towns (towns.csv: Mopti, Tombouctou, Gao, Kidal, ...). */
    List<String> adminRegions();
}
