package org.sahelsim.experiment.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics of paired values (base, variant) over the pairs of a comparison: the two means, the
 * mean and sample standard deviation of the differences {@code variant - base}, the 95% interval
 * of the mean difference from Student's t with n-1 degrees of freedom
 * ({@code meanDiff ± t(0.975, n-1)·sdDiff/√n}) and the two-sided p-value of the paired t-test.
 * Pairing is what makes the interval narrow: both runs of a pair share a seed, so the noise they
 * have in common cancels in the difference (common random numbers).
 *
 * @param n           pairs
 * @param meanBase    mean of the base values
 * @param meanVariant mean of the variant values
 * @param meanDiff    mean of the differences (equals meanVariant - meanBase up to rounding)
 * @param ci95Low     lower end of the 95% interval of meanDiff; NaN below 2 pairs
 * @param ci95High    upper end
 * @param sdBase      sample standard deviation (n-1) of the base values; NaN below 2 pairs
 * @param sdVariant   the same for the variant; with sdBase, what an unpaired comparison would face
 * @param sdDiff      sample standard deviation (n-1) of the differences; NaN below 2 pairs
 * @param pValue      two-sided p-value of the paired t-test of meanDiff = 0; NaN below 2 pairs and
 *                    when every difference is 0 (nothing to test), 0 when every difference is the
 *                    same non-zero number
 */
public record PairedDifference(int n, double meanBase, double meanVariant, double meanDiff, double ci95Low,
                               double ci95High, double sdBase, double sdVariant, double sdDiff, double pValue) {

    /** Whether the 95% interval excludes zero (a zero-width interval at a non-zero difference does). */
    public boolean significant() {
        return !Double.isNaN(ci95Low) && (ci95Low > 0 || ci95High < 0);
    }

    /** Whether base and variant were equal in every pair. */
    public boolean identical() {
        return n > 0 && meanDiff == 0 && sdDiff == 0;
    }

    /**
     * How far the mean difference is from zero in units of its standard error (|t|), to rank
     * differences by how clearly they are there; infinite for a constant non-zero difference.
     */
    public double strength() {
        if (Double.isNaN(sdDiff) || meanDiff == 0) {
            return 0;
        }
        if (sdDiff == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(meanDiff) / (sdDiff / Math.sqrt(n));
    }

    /**
     * Accumulates pairs in the order given, so a long comparison needs no per-run storage. The
     * order is the run order, fixed whatever the number of threads, so the floating-point result
     * is too.
     */
    public static final class Accumulator {
        private int n;
        private final Moments base = new Moments();
        private final Moments variant = new Moments();
        private final Moments diff = new Moments();

        public void add(double b, double v) {
            n++;
            base.add(b, n);
            variant.add(v, n);
            diff.add(v - b, n);
        }

        public int n() {
            return n;
        }

        public PairedDifference result() {
            double nan = Double.NaN;
            if (n == 0) {
                return new PairedDifference(0, nan, nan, nan, nan, nan, nan, nan, nan, nan);
            }
            double meanBase = base.sum / n;
            double meanVariant = variant.sum / n;
            double meanDiff = diff.sum / n;
            if (n < 2) {
                return new PairedDifference(n, meanBase, meanVariant, meanDiff, nan, nan, nan, nan, nan, nan);
            }
            double sd = diff.sd(n);
            Student t = student(n - 1);
            double half = t.q975() * sd / Math.sqrt(n);
            double p;
            if (sd == 0) {
                p = meanDiff == 0 ? Double.NaN : 0;
            } else {
                double stat = Math.abs(meanDiff) / (sd / Math.sqrt(n));
                p = 2 * t.distribution().cumulativeProbability(-stat);
            }
            return new PairedDifference(n, meanBase, meanVariant, meanDiff, meanDiff - half, meanDiff + half,
                    base.sd(n), variant.sd(n), sd, p);
        }
    }

    /**
     * A plain sum for the mean (exact for the counts most metrics are, so a difference that
     * cancels out is exactly 0) and Welford's running mean and sum of squared deviations for the
     * spread (no cancellation of large squares).
     */
    private static final class Moments {
        double sum;
        double runningMean;
        double m2;

        void add(double x, int n) {
            sum += x;
            double delta = x - runningMean;
            runningMean += delta / n;
            m2 += delta * (x - runningMean);
        }

        double sd(int n) {
            // m2 can come out a hair below zero by rounding when all values are nearly equal
            return Math.sqrt(Math.max(0, m2) / (n - 1));
        }
    }

    private record Student(TDistribution distribution, double q975) {}

    // every statistic of a comparison has the same n, and the quantile is found by a root solver:
    // keep the last one
    private static final ThreadLocal<Student> LAST = new ThreadLocal<>();

    private static Student student(int df) {
        Student s = LAST.get();
        if (s == null || s.distribution().getDegreesOfFreedom() != df) {
            // no random generator: only the quantile and the distribution function are used
            TDistribution t = new TDistribution(null, df);
            s = new Student(t, t.inverseCumulativeProbability(0.975));
            LAST.set(s);
        }
        return s;
    }
}
