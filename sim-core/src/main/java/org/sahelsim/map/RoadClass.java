package org.sahelsim.map;

/** A paved national road, or a desert/bush track. */
public enum RoadClass {
    NATIONAL, TRACK;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
