package org.sahelsim.experiment.sweep;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total-order Sobol indices from the outputs of a Saltelli design (point order of
 * {@link DesignGenerator#saltelli}), with percentile bootstrap confidence intervals over the base
 * samples.
 *
 * <p>Estimators (Saltelli et al. 2010, "Variance based sensitivity analysis of model output",
 * Comput. Phys. Commun. 181, table 2): with V the variance of all f(A) and f(B) values,
 * first order S_i = mean_j[ (f(B_j) - m) (f(AB_i,j) - f(A_j)) ] / V, with m the mean of f(A) and
 * f(B) (centring lowers the estimator's variance, not its expectation), and, Jansen's total order,
 * ST_i = mean_j[ (f(A_j) - f(AB_i,j))^2 ] / 2V. When V is 0 the output does not vary and the
 * indices are undefined (NaN).
 */
public final class SobolIndices {

    /** An estimate with its bootstrap confidence interval. */
    public record Estimate(double value, double low, double high) {}

    /** Indices of one factor. */
    public record FactorIndices(Estimate first, Estimate total) {}

    /** All factors' indices of one output, plus the output's variance over A and B. */
    public record Result(double variance, FactorIndices[] factors) {}

    private SobolIndices() {}

    /**
     * @param y          one output value per design point, in Saltelli order ({@code n * (k + 2)} values)
     * @param k          number of factors
     * @param resamples  bootstrap resamples (0 for none: the interval is then NaN)
     * @param confidence e.g. 0.95
     * @param seed       seed of the bootstrap's random draws
     */
    public static Result estimate(double[] y, int k, int resamples, double confidence, long seed) {
        int n = y.length / (k + 2);
        if (n * (k + 2) != y.length || n < 2) {
            throw new IllegalArgumentException("expected n*(k+2) values with n >= 2, got " + y.length + " for k=" + k);
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, j -> j);
        double[][] point = indices(y, k, identity);

        double[][][] boot = new double[2][k][resamples];
        RandomGenerator random = new MersenneTwister(seed);
        int[] sample = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                sample[j] = random.nextInt(n);
            }
            double[][] s = indices(y, k, sample);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = s[0][i];
                boot[1][i][b] = s[1][i];
            }
        }
        double alpha = (1 - confidence) / 2;
        FactorIndices[] out = new FactorIndices[k];
        for (int i = 0; i < k; i++) {
            out[i] = new FactorIndices(
                    withInterval(point[0][i], boot[0][i], alpha),
                    withInterval(point[1][i], boot[1][i], alpha));
        }
        return new Result(variance(y, k, identity), out);
    }

    /** [0] first-order and [1] total-order indices over the base samples listed in {@code sample}. */
    private static double[][] indices(double[] y, int k, int[] sample) {
        int n = sample.length;
        double v = variance(y, k, sample);
        double mean = mean(y, k, sample);
        double[][] s = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : sample) {
                int base = j * (k + 2);
                double a = y[base];
                double b = y[base + 1];
                double ab = y[base + 2 + i];
                // f(B) centred on the sample mean: the same expectation (E[f(AB_i) - f(A)] = 0), but
                // without the variance that a large output level (e.g. 3,000 fighters) multiplies in
                first += (b - mean) * (ab - a);
                total += (a - ab) * (a - ab);
            }
            s[0][i] = v == 0 ? Double.NaN : first / n / v;
            s[1][i] = v == 0 ? Double.NaN : total / (2.0 * n) / v;
        }
        return s;
    }

    /** Mean of f(A) and f(B) over the sampled base rows. */
    private static double mean(double[] y, int k, int[] sample) {
        double sum = 0;
        for (int j : sample) {
            sum += y[j * (k + 2)] + y[j * (k + 2) + 1];
        }
        return sum / (2.0 * sample.length);
    }

    /** Population variance of f(A) and f(B) over the sampled base rows (two-pass for accuracy). */
    private static double variance(double[] y, int k, int[] sample) {
        double mean = mean(y, k, sample);
        double ss = 0;
        for (int j : sample) {
            double da = y[j * (k + 2)] - mean;
            double db = y[j * (k + 2) + 1] - mean;
            ss += da * da + db * db;
        }
        return ss / (2.0 * sample.length);
    }

    private static Estimate withInterval(double value, double[] boot, double alpha) {
        if (boot.length == 0 || Double.isNaN(value)) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(boot);
        return new Estimate(value, p.evaluate(100 * alpha), p.evaluate(100 * (1 - alpha)));
    }
}
