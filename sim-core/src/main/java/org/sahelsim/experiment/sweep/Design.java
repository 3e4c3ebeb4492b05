package org.sahelsim.experiment.sweep;

import java.util.Locale;

/** How the points of a sweep are placed in parameter space. */
public enum Design {
    /** Every combination of the factors' levels (ranges are cut into {@code levels} evenly spaced values). */
    FACTORIAL,
    /** Latin hypercube of {@code points} points, seeded by the spec's seed. */
    LHS,
    /** Saltelli's design built from a Sobol sequence: {@code baseSamples * (k + 2)} points for k factors. */
    SOBOL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The design of an id, or null when there is none. */
    public static Design parse(String id) {
        for (Design d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }
}
