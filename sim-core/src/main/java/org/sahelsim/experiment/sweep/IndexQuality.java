package org.sahelsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a Sobol index can be read: an estimate outside [0, 1] is clipped into it and flagged
 * (a share of variance cannot lie outside; such a value is estimation error), and an index whose
 * 95% interval is wider than {@link #MAX_WIDTH} is flagged unreliable together with the number of
 * base samples that would bring the interval down to that width.
 *
 * <p>The needed size comes from the interval's scaling: the estimators are means over the N base
 * samples, so their standard error, and the bootstrap interval's width w, fall as 1/sqrt(N). To
 * reach width {@code MAX_WIDTH} from width w at N: {@code N' = ceil(N (w / MAX_WIDTH)^2)}, at the
 * same number of replications. (An approximation: the first samples of a Sobol sequence converge
 * a little faster than 1/sqrt(N), so N' is on the safe side.)
 */
public final class IndexQuality {
    /** The widest 95% interval an index may have and still be called reliable. */
    public static final double MAX_WIDTH = 0.5;

    public static final String CLIPPED = "clipped";
    public static final String WIDE = "wide-interval";
    public static final String UNDEFINED = "undefined";

    /**
     * A judged index.
     *
     * @param estimate   the estimate clipped into [0, 1] (NaN when undefined)
     * @param low        the interval's lower end clipped into [0, 1]
     * @param high       the interval's upper end clipped into [0, 1]
     * @param raw        the estimate as computed
     * @param width      the raw interval's width (infinite when undefined)
     * @param reliable   true when defined and the raw interval is at most {@link #MAX_WIDTH} wide
     * @param flags      {@link #CLIPPED}, {@link #WIDE}, {@link #UNDEFINED}
     * @param neededBaseSamples base samples for an interval of {@link #MAX_WIDTH} (this N when already reliable;
     *                   -1 when it cannot be told: undefined interval)
     */
    public record Judged(double estimate, double low, double high, SobolIndices.Estimate raw, double width,
                         boolean reliable, List<String> flags, long neededBaseSamples) {
        public Judged {
            flags = List.copyOf(flags);
        }
    }

    private IndexQuality() {}

    /** Judges an estimate obtained from {@code baseSamples} base samples. */
    public static Judged judge(SobolIndices.Estimate e, int baseSamples) {
        List<String> flags = new ArrayList<>();
        if (Double.isNaN(e.value())) {
            flags.add(UNDEFINED);
            return new Judged(Double.NaN, Double.NaN, Double.NaN, e, Double.POSITIVE_INFINITY, false, flags, -1);
        }
        if (e.value() < 0 || e.value() > 1) {
            flags.add(CLIPPED);
        }
        double width = e.width();
        boolean wide = !(width <= MAX_WIDTH);
        if (wide) {
            flags.add(WIDE);
        }
        return new Judged(clip(e.value()), clip(e.low()), clip(e.high()), e, width, !wide, flags,
                neededBaseSamples(width, baseSamples));
    }

    /**
     * Base samples for an interval of {@link #MAX_WIDTH}, from an interval of {@code width} at
     * {@code baseSamples}: the width scales as 1/sqrt(N). At least {@code baseSamples} (more samples
     * are never needed to keep a narrow interval); -1 for an infinite or undefined width.
     */
    public static long neededBaseSamples(double width, int baseSamples) {
        if (!Double.isFinite(width)) {
            return -1;
        }
        double ratio = width / MAX_WIDTH;
        return Math.max(baseSamples, (long) Math.ceil(baseSamples * ratio * ratio - 1e-9));
    }

    private static double clip(double v) {
        if (Double.isNaN(v)) {
            return v;
        }
        return Math.max(0, Math.min(1, v));
    }
}
