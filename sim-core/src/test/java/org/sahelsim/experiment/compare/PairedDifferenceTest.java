package org.sahelsim.experiment.compare;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.sahelsim.experiment.Stats;

class PairedDifferenceTest {

    private static PairedDifference of(double[] base, double[] variant) {
        PairedDifference.Accumulator a = new PairedDifference.Accumulator();
        for (int i = 0; i < base.length; i++) {
            a.add(base[i], variant[i]);
        }
        return a.result();
    }

    @Test
    void agreesWithTheOneSampleIntervalOfTheDifferencesAndThePairedTTest() {
        double[] base = {1, 2, 3, 4, 10.5, -2};
        double[] variant = {2, 4, 3, 7, 11, -2.25};
        double[] diff = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            diff[i] = variant[i] - base[i];
        }
        PairedDifference d = of(base, variant);
        Stats.Description s = Stats.describe(diff); // the two-pass route of summary.json
        assertEquals(6, d.n());
        assertEquals(3.0833333333333335, d.meanBase(), 1e-12);
        assertEquals(4.125, d.meanVariant(), 1e-12);
        assertEquals(s.mean(), d.meanDiff(), 1e-12);
        assertEquals(s.sd(), d.sdDiff(), 1e-12);
        assertEquals(s.ci95Low(), d.ci95Low(), 1e-12);
        assertEquals(s.ci95High(), d.ci95High(), 1e-12);
        assertEquals(new TTest().pairedTTest(variant, base), d.pValue(), 1e-12);
        assertEquals(Stats.describe(base).sd(), d.sdBase(), 1e-12);
        assertEquals(Stats.describe(variant).sd(), d.sdVariant(), 1e-12);
        assertTrue(d.sdDiff() < d.sdBase() / 3, "correlated pairs: the differences vary much less than the values");
        // by hand: mean 1.0417, sd 1.1911, t(0.975, 5) = 2.5706
        assertEquals(1.0416666666666667, d.meanDiff(), 1e-12);
        assertEquals(1.0416666666666667 - 2.570581835636315 * d.sdDiff() / Math.sqrt(6), d.ci95Low(), 1e-9);
        assertTrue(d.ci95Low() < 0 && d.ci95High() > 0);
        assertFalse(d.significant());
    }

    @Test
    void identicalPairsHaveAZeroWidthIntervalAtZeroAndNothingToTest() {
        PairedDifference d = of(new double[] {3, 5, 8}, new double[] {3, 5, 8});
        assertEquals(0.0, d.meanDiff());
        assertEquals(0.0, d.sdDiff());
        assertEquals(0.0, d.ci95Low());
        assertEquals(0.0, d.ci95High());
        assertTrue(Double.isNaN(d.pValue()));
        assertTrue(d.identical());
        assertFalse(d.significant());
        assertEquals(0.0, d.strength());
    }

    @Test
    void aConstantShiftIsSignificantWithAZeroWidthInterval() {
        PairedDifference d = of(new double[] {3, 5, 8}, new double[] {1, 3, 6});
        assertEquals(-2.0, d.meanDiff());
        assertEquals(0.0, d.sdDiff());
        assertEquals(-2.0, d.ci95Low());
        assertEquals(-2.0, d.ci95High());
        assertEquals(0.0, d.pValue());
        assertTrue(d.significant());
        assertEquals(Double.POSITIVE_INFINITY, d.strength());
    }

    @Test
    void differencesThatCancelOutAreExactlyZero() {
        // +1 and -1 in turn: Welford's running mean alone leaves a rounding residue here
        PairedDifference.Accumulator a = new PairedDifference.Accumulator();
        for (int i = 0; i < 40; i++) {
            a.add(0.95 * (i % 3), 0.95 * (i % 3) + (i % 2 == 0 ? 1 : -1));
        }
        PairedDifference d = a.result();
        assertEquals(0.0, d.meanDiff());
        assertFalse(d.significant());
        assertTrue(d.ci95Low() < 0 && d.ci95High() > 0);
    }

    @Test
    void onePairHasNoIntervalAndNoPairsNothing() {
        PairedDifference one = of(new double[] {1}, new double[] {4});
        assertEquals(3.0, one.meanDiff());
        assertTrue(Double.isNaN(one.sdDiff()) && Double.isNaN(one.ci95Low()) && Double.isNaN(one.pValue()));
        assertFalse(one.significant());
        PairedDifference none = new PairedDifference.Accumulator().result();
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.meanDiff()));
    }
}
