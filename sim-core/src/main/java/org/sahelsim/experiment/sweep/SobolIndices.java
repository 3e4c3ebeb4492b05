package org.sahelsim.experiment.sweep;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total-order Sobol indices from the outputs of a Saltelli design (point order of
 * {@link DesignGenerator#saltelli}) run with replications, with percentile bootstrap confidence
 * intervals over the base samples, and the share of the output's variance that is replication
 * noise.
 *
 * <p>The model is stochastic: run r at point x gives y = f(x) + e, f(x) the expected output at x
 * (over seeds) and e the run's noise. The indices decompose the variance of f over the parameters,
 * {@code V_f} (the "parameter-explained" variance); the noise variance {@code s2} (the mean
 * within-point variance over replications) is reported beside it, and the noise share is
 * {@code s2 / (s2 + V_f)}.
 *
 * <p>Estimators (Saltelli et al. 2010, Comput. Phys. Commun. 181, table 2): first order
 * {@code V_i = E[(f(B) - m)(f(AB_i) - f(A))]} (Saltelli 2010, f(B) centred), total order
 * {@code VT_i = E[(f(A) - f(AB_i))^2] / 2} (Jansen 1999), indices {@code V_i / V_f} and
 * {@code VT_i / V_f}. With R >= 2 replications each product is taken between <em>different</em>
 * replications r != r' and averaged over all such ordered pairs: the noise of two runs with
 * different seeds is independent, so the products are unbiased for the products of the expected
 * outputs (e.g. E[d_r d_r'] = (f(A) - f(AB_i))^2 for the differences d of two replications), both
 * with independent seeds and with common random numbers (where a squared difference of the same
 * seed would keep the part of the noise that the two points do not share). {@code V_f} is estimated
 * the same way on the A and B points, each replication centred on its own mean (which removes the
 * common-seed effect). With one replication the classical same-run estimators are used: the noise
 * is then not separable and counts as parameter variance ({@link Result#noiseSeparated()} false).
 *
 * <p>Missing values (NaN: a censored output treated as missing, a run that stopped early) are
 * left out of the pairs; a base sample enters an index only when it has at least one valid pair.
 * When {@code V_f <= 0} (noise explains all the variance, or the output is constant) the indices
 * are undefined (NaN).
 */
public final class SobolIndices {

    /** An estimate with its bootstrap confidence interval (raw: not clipped to [0, 1]). */
    public record Estimate(double value, double low, double high) {
        /** Width of the interval; infinite when the interval is undefined. */
        public double width() {
            return Double.isFinite(low) && Double.isFinite(high) ? high - low : Double.POSITIVE_INFINITY;
        }
    }

    /** Indices of one factor. */
    public record FactorIndices(Estimate first, Estimate total) {}

    /**
     * All factors' indices of one output.
     *
     * @param variance        V_f: the variance of the expected output over the parameters (the indices' denominator)
     * @param noiseVariance   mean within-point variance over replications (NaN with one replication)
     * @param noiseShare      noiseVariance / (noiseVariance + max(V_f, 0)); NaN with one replication
     * @param noiseSeparated  true when replications allowed the noise to be separated
     * @param baseSamplesUsed base samples with at least one valid value at their A and B points
     * @param values          valid (non-NaN) values used
     * @param mean            mean of all valid values
     * @param factors         indices per factor, in spec order
     */
    public record Result(double variance, double noiseVariance, double noiseShare, boolean noiseSeparated,
                         int baseSamplesUsed, int values, double mean, FactorIndices[] factors) {}

    private SobolIndices() {}

    /**
     * One output value per design point (no replications): the classical estimators.
     *
     * @param y          one output value per design point, in Saltelli order ({@code n * (k + 2)} values)
     * @param k          number of factors
     * @param resamples  bootstrap resamples (0 for none: the interval is then NaN)
     * @param confidence e.g. 0.95
     * @param seed       seed of the bootstrap's random draws
     */
    public static Result estimate(double[] y, int k, int resamples, double confidence, long seed) {
        double[][] runs = new double[y.length][];
        for (int p = 0; p < y.length; p++) {
            runs[p] = new double[] {y[p]};
        }
        return estimate(runs, k, resamples, confidence, seed);
    }

    /**
     * @param y one row per design point in Saltelli order ({@code n * (k + 2)} rows), each the
     *          point's value in every replication (the same number R in every row; NaN = missing)
     */
    public static Result estimate(double[][] y, int k, int resamples, double confidence, long seed) {
        int n = y.length / (k + 2);
        if (n * (k + 2) != y.length || n < 2) {
            throw new IllegalArgumentException("expected n*(k+2) rows with n >= 2, got " + y.length + " for k=" + k);
        }
        int reps = y[0].length;
        for (double[] row : y) {
            if (row.length != reps || reps < 1) {
                throw new IllegalArgumentException("every design point needs the same number (>= 1) of replications");
            }
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, j -> j);
        Sample point = indices(y, k, identity);

        double[][][] boot = new double[2][k][resamples];
        RandomGenerator random = new MersenneTwister(seed);
        int[] sample = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                sample[j] = random.nextInt(n);
            }
            Sample s = indices(y, k, sample);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = s.first[i];
                boot[1][i][b] = s.total[i];
            }
        }
        double alpha = (1 - confidence) / 2;
        FactorIndices[] out = new FactorIndices[k];
        for (int i = 0; i < k; i++) {
            out[i] = new FactorIndices(
                    withInterval(point.first[i], boot[0][i], alpha, resamples),
                    withInterval(point.total[i], boot[1][i], alpha, resamples));
        }
        double noise = reps >= 2 ? noiseVariance(y) : Double.NaN;
        double share = reps >= 2 && Double.isFinite(noise)
                ? (noise + Math.max(0, point.variance) == 0 ? Double.NaN : noise / (noise + Math.max(0, point.variance)))
                : Double.NaN;
        int count = 0;
        double sum = 0;
        for (double[] row : y) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    count++;
                    sum += v;
                }
            }
        }
        return new Result(point.variance, noise, share, reps >= 2, point.baseSamplesUsed, count,
                count == 0 ? Double.NaN : sum / count, out);
    }

    /** The estimates over one (re)sample of base samples. */
    private record Sample(double variance, double[] first, double[] total, int baseSamplesUsed) {}

    /** The indices over the base samples listed in {@code sample} (with repetitions for the bootstrap). */
    private static Sample indices(double[][] y, int k, int[] sample) {
        int reps = y[0].length;
        boolean across = reps >= 2; // products between different replications
        int stride = k + 2;

        // each replication's mean over the A and B points of the sample: centring per replication
        // removes what a seed does at every point (common random numbers)
        double[] m = new double[reps];
        int[] mc = new int[reps];
        for (int j : sample) {
            for (int pt = 0; pt < 2; pt++) {
                double[] row = y[j * stride + pt];
                for (int r = 0; r < reps; r++) {
                    if (!Double.isNaN(row[r])) {
                        m[r] += row[r];
                        mc[r]++;
                    }
                }
            }
        }
        for (int r = 0; r < reps; r++) {
            m[r] = mc[r] == 0 ? Double.NaN : m[r] / mc[r];
        }

        // V_f over the A and B points
        double vSum = 0;
        int vCount = 0;
        java.util.BitSet used = new java.util.BitSet();
        for (int j : sample) {
            for (int pt = 0; pt < 2; pt++) {
                double[] row = y[j * stride + pt];
                double s = 0;
                double s2 = 0;
                int c = 0;
                for (int r = 0; r < reps; r++) {
                    if (!Double.isNaN(row[r])) {
                        double z = row[r] - m[r];
                        s += z;
                        s2 += z * z;
                        c++;
                    }
                }
                if (across ? c >= 2 : c >= 1) {
                    vSum += across ? (s * s - s2) / ((double) c * (c - 1)) : s2 / c;
                    vCount++;
                    used.set(j);
                }
            }
        }
        double v = vCount == 0 ? Double.NaN : vSum / vCount;

        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double fSum = 0;
            int fCount = 0;
            double tSum = 0;
            int tCount = 0;
            for (int j : sample) {
                double[] a = y[j * stride];
                double[] b = y[j * stride + 1];
                double[] ab = y[j * stride + 2 + i];
                double su = 0;
                int nu = 0;
                double sv = 0;
                double sv2 = 0;
                int nv = 0;
                double suv = 0;
                int nuv = 0;
                for (int r = 0; r < reps; r++) {
                    boolean hasU = !Double.isNaN(b[r]) && !Double.isNaN(m[r]);
                    boolean hasV = !Double.isNaN(a[r]) && !Double.isNaN(ab[r]);
                    double u = hasU ? b[r] - m[r] : 0;
                    double d = hasV ? ab[r] - a[r] : 0;
                    if (hasU) {
                        su += u;
                        nu++;
                    }
                    if (hasV) {
                        sv += d;
                        sv2 += d * d;
                        nv++;
                    }
                    if (hasU && hasV) {
                        suv += u * d;
                        nuv++;
                    }
                }
                if (across) {
                    double pairs = (double) nu * nv - nuv; // ordered pairs (r, r') with r != r'
                    if (pairs > 0) {
                        fSum += (su * sv - suv) / pairs;
                        fCount++;
                    }
                    if (nv >= 2) {
                        tSum += (sv * sv - sv2) / ((double) nv * (nv - 1)) / 2;
                        tCount++;
                    }
                } else {
                    if (nuv > 0) {
                        fSum += suv / nuv;
                        fCount++;
                    }
                    if (nv > 0) {
                        tSum += sv2 / nv / 2;
                        tCount++;
                    }
                }
            }
            boolean defined = v > 0;
            first[i] = defined && fCount > 0 ? fSum / fCount / v : Double.NaN;
            total[i] = defined && tCount > 0 ? tSum / tCount / v : Double.NaN;
        }
        return new Sample(v, first, total, used.cardinality());
    }

    /** Pooled within-point variance over replications (points with at least two valid values). */
    static double noiseVariance(double[][] y) {
        double ss = 0;
        int df = 0;
        for (double[] row : y) {
            double s = 0;
            int c = 0;
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    s += v;
                    c++;
                }
            }
            if (c < 2) {
                continue;
            }
            double mean = s / c;
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    ss += (v - mean) * (v - mean);
                }
            }
            df += c - 1;
        }
        return df == 0 ? Double.NaN : ss / df;
    }

    /**
     * The point estimate with its percentile interval. Resamples where the index is undefined
     * (their V_f <= 0) are dropped; when more than 5% are, the interval is undefined (infinite
     * width): the estimate cannot be trusted at this size.
     */
    private static Estimate withInterval(double value, double[] boot, double alpha, int resamples) {
        if (resamples == 0 || Double.isNaN(value)) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] ok = Arrays.stream(boot).filter(Double::isFinite).toArray();
        if (ok.length < 0.95 * resamples || ok.length < 2) {
            return new Estimate(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(ok);
        return new Estimate(value, p.evaluate(100 * alpha), p.evaluate(100 * (1 - alpha)));
    }
}
