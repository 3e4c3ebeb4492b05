package org.sahelsim.map;

import java.util.List;

/**
 * A road or track: its polyline ({@code points} as {lat, lon}) and the towns it serves, in order.
 */
public record Road(String id, String name, RoadClass roadClass, List<double[]> points, List<String> towns) {
    public Road {
        points = List.copyOf(points);
        towns = List.copyOf(towns);
    }
}
