package org.sahelsim.map;

/** Two towns adjacent along a road, and the distance between them along it. */
public record RoadLink(Town from, Town to, double km, RoadClass roadClass) {
}
