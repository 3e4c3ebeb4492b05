package org.sahelsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class DesignGeneratorTest {

    @Test
    void factorialEnumeratesEveryCombinationWithTheFirstFactorSlowest() {
        List<Factor> factors = List.of(new Factor("a.x", 0, 10, List.of()), new Factor("b.y", 1, 2, List.of(1.0, 2.0)));
        List<double[]> p = DesignGenerator.factorial(factors, 3);
        assertEquals(6, p.size());
        assertArrayEquals(new double[] {0, 1}, p.get(0));
        assertArrayEquals(new double[] {0, 2}, p.get(1));
        assertArrayEquals(new double[] {5, 1}, p.get(2));
        assertArrayEquals(new double[] {10, 2}, p.get(5));
    }

    @Test
    void latinHypercubeHasOnePointPerStratumInEveryDimension() {
        int n = 50;
        List<double[]> p = DesignGenerator.latinHypercube(n, 4, new MersenneTwister(3));
        for (int d = 0; d < 4; d++) {
            boolean[] seen = new boolean[n];
            for (double[] x : p) {
                int stratum = (int) Math.floor(x[d] * n);
                assertEquals(false, seen[stratum], "stratum " + stratum + " of dimension " + d + " used twice");
                seen[stratum] = true;
            }
        }
        List<double[]> again = DesignGenerator.latinHypercube(n, 4, new MersenneTwister(3));
        for (int i = 0; i < n; i++) {
            assertArrayEquals(p.get(i), again.get(i), "same seed, same design");
        }
    }

    @Test
    void saltelliRowsMixAandBOneColumnAtATime() {
        int k = 3;
        List<double[]> p = DesignGenerator.saltelli(4, k);
        assertEquals(4 * (k + 2), p.size());
        for (int j = 0; j < 4; j++) {
            double[] a = p.get(j * (k + 2));
            double[] b = p.get(j * (k + 2) + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = p.get(j * (k + 2) + 2 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c]);
                }
            }
        }
        // the origin and the centre of the Sobol sequence (where A = B) are skipped
        for (int j = 0; j < 4; j++) {
            assertFalse(java.util.Arrays.equals(p.get(j * (k + 2)), p.get(j * (k + 2) + 1)), "A_j = B_j at " + j);
        }
        assertEquals(0.75, p.get(0)[0]);
    }

    @Test
    void levelsAreChosenByEqualBinsOfTheUnitInterval() {
        Factor f = new Factor("a.x", 1, 3, List.of(1.0, 2.0, 3.0));
        assertEquals(1.0, f.at(0.0));
        assertEquals(2.0, f.at(0.5));
        assertEquals(3.0, f.at(0.999));
        assertEquals(3.0, f.at(1.0));
        assertEquals(15.0, new Factor("a.x", 10, 20, List.of()).at(0.5));
    }
}
