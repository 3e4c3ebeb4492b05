package org.sahelsim.core;

/** Sides used for reporting control and casualties. */
public enum Side {
    GOVERNMENT("government"),
    JIHADIST("jihadist"),
    SEPARATIST("separatist"),
    NONE("none");

    private final String id;

    Side(String id) {
        this.id = id;
    }

    /** Lower-case id used in files (scenario, CSV, JSON). */
    public String id() {
        return id;
    }

    public static Side fromId(String id) {
        for (Side s : values()) {
            if (s.id.equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown side '" + id + "' (expected government, jihadist, separatist or none)");
    }
}
