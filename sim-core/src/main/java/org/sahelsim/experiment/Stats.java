package org.sahelsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Descriptive statistics across runs (Apache Commons Math). */
public final class Stats {
    private Stats() {}

    /**
     * Mean, sample standard deviation, 95% confidence interval of the mean (Student t with n-1
     * degrees of freedom: mean +/- t(0.975, n-1) * sd / sqrt(n)), and the 5th, 50th and 95th
     * percentiles (estimation type R-7, the default of R and NumPy: linear interpolation between
     * order statistics). With one value the sd and interval are NaN; with none everything is NaN.
     */
    public record Description(int n, double mean, double sd, double ci95Low, double ci95High,
                              double p5, double p50, double p95) {}

    public static Description describe(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Description(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = new Mean().evaluate(values);
        double sd = n > 1 ? new StandardDeviation(true).evaluate(values) : Double.NaN;
        double half = n > 1 ? new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(values);
        return new Description(n, mean, sd, mean - half, mean + half, p.evaluate(5), p.evaluate(50), p.evaluate(95));
    }

    /** A percentile of the values, NaN when there are none. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p);
    }
}
