package org.sahelsim.experiment.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One varied parameter of a sweep: either a continuous range {@code [min, max]} or a list of
 * levels (then {@code min}/{@code max} are the smallest and largest level).
 *
 * @param key    the parameter key, as in {@code ParameterCatalog} (rule.param)
 * @param min    lower end of the range
 * @param max    upper end of the range
 * @param levels the explicit levels, or an empty list for a continuous range
 */
public record Factor(String key, double min, double max, List<Double> levels) implements Serializable {
    public Factor {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public boolean hasLevels() {
        return !levels.isEmpty();
    }

    /**
     * The value at position {@code u} in [0, 1] of the factor: a linear map of the range, or for
     * levels the level whose equal-width bin of [0, 1) holds {@code u}.
     */
    public double at(double u) {
        if (hasLevels()) {
            int i = (int) Math.floor(u * levels.size());
            return levels.get(Math.max(0, Math.min(levels.size() - 1, i)));
        }
        return min + u * (max - min);
    }
}
