package org.sahelsim.experiment.calibrate;

import java.io.Serializable;

/**
 * The prior of one calibrated parameter: uniform or log-uniform over {@code [lo, hi]}. The
 * sampler works on an internal scale on which every prior is uniform: the value itself
 * (uniform) or its logarithm (log-uniform). Perturbation kernels and importance weights are
 * computed there, and values go back to the parameter's own scale only to run the model.
 *
 * @param key rule.param, as in the catalogue
 */
public record Prior(String key, Kind kind, double lo, double hi) implements Serializable {
    public enum Kind {
        UNIFORM("uniform"), LOG_UNIFORM("logUniform");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind parse(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown prior '" + id + "'");
        }
    }

    public Prior {
        if (!(lo < hi) || (kind == Kind.LOG_UNIFORM && !(lo > 0))) {
            throw new IllegalArgumentException("prior of " + key + ": bad range [" + lo + ", " + hi + "]");
        }
    }

    /** The internal (uniform) coordinate of a parameter value. */
    public double internal(double value) {
        return kind == Kind.LOG_UNIFORM ? Math.log(value) : value;
    }

    /** The parameter value of an internal coordinate. */
    public double value(double internal) {
        return kind == Kind.LOG_UNIFORM ? Math.exp(internal) : internal;
    }

    public double internalLo() {
        return internal(lo);
    }

    public double internalHi() {
        return internal(hi);
    }
}
