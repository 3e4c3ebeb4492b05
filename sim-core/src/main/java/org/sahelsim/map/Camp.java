package org.sahelsim.map;

/**
 * A refugee camp or site outside Mali ({@code camps.csv}): where Malian refugees were counted by
 * UNHCR. {@code x, y} are continuous cell coordinates ({@link Grid#x}, {@link Grid#y}); the
 * capacity only weighs the choice of refugees (see the civilians submodel in docs/ODD.md).
 */
public record Camp(String name, String country, double lat, double lon, int capacity, String source) {
    public double x() {
        return Grid.x(lon);
    }

    public double y() {
        return Grid.y(lat);
    }

    @Override
    public String toString() {
        return name;
    }
}
