package org.sahelsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Saltelli design and the estimators against the Ishigami function, whose indices are known
 * in closed form (Ishigami and Homma 1990; a = 7, b = 0.1, inputs uniform on [-pi, pi]).
 */
class SobolIndicesTest {
    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** Analytic first-order and total indices of the Ishigami function. */
    private static double[][] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {
            {v1 / v, v2 / v, 0},
            {(v1 + v13) / v, v2 / v, v13 / v}
        };
    }

    private static double[] evaluate(int n) {
        List<double[]> unit = DesignGenerator.saltelli(n, 3);
        double[] y = new double[unit.size()];
        for (int p = 0; p < y.length; p++) {
            double[] x = unit.get(p).clone();
            for (int i = 0; i < 3; i++) {
                x[i] = -Math.PI + 2 * Math.PI * x[i];
            }
            y[p] = ishigami(x);
        }
        return y;
    }

    @Test
    void recoversTheAnalyticIndicesOfIshigami() {
        double[][] expected = analytic();
        assertEquals(0.3139, expected[0][0], 1e-4, "sanity of the closed form");
        assertEquals(0.5576, expected[1][0], 1e-4, "sanity of the closed form");

        SobolIndices.Result r = SobolIndices.estimate(evaluate(8192), 3, 200, 0.95, 42);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[0][i], r.factors()[i].first().value(), 0.02, "first-order index of x" + (i + 1));
            assertEquals(expected[1][i], r.factors()[i].total().value(), 0.02, "total index of x" + (i + 1));
        }
    }

    @Test
    void bootstrapIntervalsCoverTheTruthAndShrinkWithMoreSamples() {
        double[][] expected = analytic();
        SobolIndices.Result small = SobolIndices.estimate(evaluate(512), 3, 500, 0.95, 7);
        SobolIndices.Result large = SobolIndices.estimate(evaluate(8192), 3, 500, 0.95, 7);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Estimate t = small.factors()[i].total();
            assertTrue(t.low() <= expected[1][i] && expected[1][i] <= t.high(),
                    "95% interval " + t + " of total index " + (i + 1) + " misses " + expected[1][i]);
            double wSmall = t.high() - t.low();
            double wLarge = large.factors()[i].total().high() - large.factors()[i].total().low();
            assertTrue(wLarge < wSmall / 2, "interval should shrink about 4x with 16x the samples: " + wSmall + " -> " + wLarge);
        }
    }

    @Test
    void theBootstrapIsSeeded() {
        double[] y = evaluate(256);
        SobolIndices.Result a = SobolIndices.estimate(y, 3, 100, 0.95, 99);
        SobolIndices.Result b = SobolIndices.estimate(y, 3, 100, 0.95, 99);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.factors()[i], b.factors()[i]);
        }
    }

    @Test
    void aConstantOutputHasUndefinedIndices() {
        double[] y = new double[10 * 4];
        java.util.Arrays.fill(y, 3.0);
        SobolIndices.Result r = SobolIndices.estimate(y, 2, 10, 0.95, 1);
        assertEquals(0, r.variance());
        assertTrue(Double.isNaN(r.factors()[0].first().value()));
    }
}
