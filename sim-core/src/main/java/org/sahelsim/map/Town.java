package org.sahelsim.map;

/**
 * A town of the map. {@code x, y} is its grid cell; {@code geonameId} is 0 for towns entered by
 * hand; {@code source} says where its coordinates and population come from.
 */
public record Town(String name, double lat, double lon, int x, int y, int population, String region,
        long geonameId, String source) {
    @Override
    public String toString() {
        return name;
    }
}
