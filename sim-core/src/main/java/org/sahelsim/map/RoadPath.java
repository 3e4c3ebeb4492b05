package org.sahelsim.map;

import java.util.List;

/** A shortest path over the road network: the towns passed, from start to end, and its length. */
public record RoadPath(List<Town> towns, double km) {
    public RoadPath {
        towns = List.copyOf(towns);
    }
}
