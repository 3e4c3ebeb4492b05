package org.sahelsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Places the points of a design in the unit hypercube and maps them onto the factors. Everything
 * is a pure function of the spec: the same spec gives the same points on every machine.
 */
public final class DesignGenerator {
    private DesignGenerator() {}

    /** The points of the spec's design, each a value per factor in spec order. */
    public static List<double[]> points(SweepSpec spec) {
        List<Factor> factors = spec.factors();
        List<double[]> unit = switch (spec.design()) {
            case FACTORIAL -> factorial(factors, spec.levels());
            case LHS -> latinHypercube(spec.points(), factors.size(), new MersenneTwister(spec.seed()));
            case SOBOL -> saltelli(spec.baseSamples(), factors.size());
        };
        if (spec.design() == Design.FACTORIAL) {
            return unit; // factorial points are already factor values
        }
        List<double[]> out = new ArrayList<>(unit.size());
        for (double[] u : unit) {
            double[] v = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                v[i] = factors.get(i).at(u[i]);
            }
            out.add(v);
        }
        return out;
    }

    /** Every combination of levels; the first factor varies slowest. */
    static List<double[]> factorial(List<Factor> factors, int levelsPerRange) {
        List<double[]> levels = new ArrayList<>();
        for (Factor f : factors) {
            if (f.hasLevels()) {
                levels.add(f.levels().stream().mapToDouble(Double::doubleValue).toArray());
            } else {
                double[] l = new double[levelsPerRange];
                for (int i = 0; i < levelsPerRange; i++) {
                    // endpoints exactly, so the sweep reaches both ends of the range
                    l[i] = i == levelsPerRange - 1 ? f.max() : f.min() + i * (f.max() - f.min()) / (levelsPerRange - 1);
                }
                levels.add(l);
            }
        }
        List<double[]> out = new ArrayList<>();
        int k = factors.size();
        int[] index = new int[k];
        while (true) {
            double[] p = new double[k];
            for (int i = 0; i < k; i++) {
                p[i] = levels.get(i)[index[i]];
            }
            out.add(p);
            int i = k - 1;
            while (i >= 0 && ++index[i] == levels.get(i).length) {
                index[i] = 0;
                i--;
            }
            if (i < 0) {
                return out;
            }
        }
    }

    /**
     * Latin hypercube: in every dimension each of the n equal strata of [0, 1) holds exactly one
     * point, at a uniform position within it; strata are paired across dimensions by independent
     * random permutations.
     */
    static List<double[]> latinHypercube(int n, int k, RandomGenerator random) {
        double[][] columns = new double[k][n];
        for (int d = 0; d < k; d++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                columns[d][i] = (perm[i] + random.nextDouble()) / n;
            }
        }
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = new double[k];
            for (int d = 0; d < k; d++) {
                p[d] = columns[d][i];
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Saltelli's design (Saltelli 2002; Saltelli et al. 2010): rows of a 2k-dimensional Sobol
     * sequence (the origin and any row with A = B, i.e. the centre, skipped) give matrices A (first k columns) and B
     * (last k). For each base sample j the design holds, in this order, A_j, B_j and for each
     * factor i the row AB_i,j: A_j with column i taken from B_j. So point {@code j*(k+2)} is A_j,
     * {@code j*(k+2)+1} is B_j and {@code j*(k+2)+2+i} is AB_i,j; {@link SobolIndices} relies on it.
     */
    static List<double[]> saltelli(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector(); // the origin: a degenerate corner of the cube
        List<double[]> out = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] row = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(row, 0, k);
            double[] b = java.util.Arrays.copyOfRange(row, k, 2 * k);
            if (java.util.Arrays.equals(a, b)) {
                // the sequence's second point is the centre (1/2, ..., 1/2): there A = B, and a base
                // sample with A = B adds nothing to the estimators' numerators but counts in N
                j--;
                continue;
            }
            out.add(a);
            out.add(b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(ab);
            }
        }
        return out;
    }
}
