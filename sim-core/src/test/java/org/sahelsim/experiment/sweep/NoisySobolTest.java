package org.sahelsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.Side;

/**
 * Sobol indices of a stochastic model: the Ishigami function (indices known in closed form) plus
 * replication noise of known variance, with independent seeds and with a common-seed component
 * (as common random numbers give); the clipping and reliability flags; the needed sample size;
 * censored outputs.
 */
class NoisySobolTest {
    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] u) {
        double x0 = -Math.PI + 2 * Math.PI * u[0];
        double x1 = -Math.PI + 2 * Math.PI * u[1];
        double x2 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x0) + A * Math.pow(Math.sin(x1), 2) + B * Math.pow(x2, 4) * Math.sin(x0);
    }

    /** [0] first-order, [1] total indices, [2][0] the variance of Ishigami. */
    private static double[][] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}, {v}};
    }

    /**
     * Ishigami at the Saltelli design's points, R replications each, with noise: an independent
     * normal part (sd {@code sd}) and, when {@code commonSd > 0}, a part that depends only on the
     * replication (the same "seed" at every point, as with common random numbers).
     */
    private static double[][] runs(int n, int reps, double sd, double commonSd, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        double[] common = new double[reps];
        for (int r = 0; r < reps; r++) {
            common[r] = commonSd * random.nextGaussian();
        }
        List<double[]> unit = DesignGenerator.saltelli(n, 3);
        double[][] y = new double[unit.size()][reps];
        for (int p = 0; p < y.length; p++) {
            double f = ishigami(unit.get(p));
            for (int r = 0; r < reps; r++) {
                y[p][r] = f + common[r] + sd * random.nextGaussian();
            }
        }
        return y;
    }

    @Test
    void separatesTheNoiseAndRecoversTheIndicesOfANoisyIshigami() {
        double[][] truth = analytic();
        double sd = Math.sqrt(truth[2][0]); // noise variance = the function's variance: noise share 0.5
        SobolIndices.Result r = SobolIndices.estimate(runs(4096, 4, sd, 0, 11), 3, 100, 0.95, 5);
        assertTrue(r.noiseSeparated());
        assertEquals(0.5, r.noiseShare(), 0.02, "noise share");
        assertEquals(truth[2][0], r.variance(), 0.05 * truth[2][0], "parameter variance");
        for (int i = 0; i < 3; i++) {
            assertEquals(truth[0][i], r.factors()[i].first().value(), 0.05, "first-order index of x" + (i + 1));
            assertEquals(truth[1][i], r.factors()[i].total().value(), 0.05, "total index of x" + (i + 1));
        }
    }

    @Test
    void theOldReadingOnPointMeansInflatesTotalsWhereTheNewOneDoesNot() {
        double[][] truth = analytic();
        double sd = Math.sqrt(truth[2][0]);
        double[][] y = runs(4096, 2, sd, 0, 12);
        double[] means = new double[y.length];
        for (int p = 0; p < y.length; p++) {
            means[p] = (y[p][0] + y[p][1]) / 2;
        }
        SobolIndices.Result old = SobolIndices.estimate(means, 3, 0, 0.95, 1);
        SobolIndices.Result now = SobolIndices.estimate(y, 3, 0, 0.95, 1);
        assertFalse(old.noiseSeparated());
        // on means of 2 runs, noise of variance V/2 enters every difference: x3's total (0.24)
        // is read as about (0.24 + 0.5) / 1.5 = 0.49
        assertTrue(old.factors()[2].total().value() > truth[1][2] + 0.15, "old total of x3: " + old.factors()[2].total());
        assertEquals(truth[1][2], now.factors()[2].total().value(), 0.05, "noise-separated total of x3");
    }

    @Test
    void aNoisePartSharedByEveryPointOfAReplicationCancels() {
        double[][] truth = analytic();
        double v = truth[2][0];
        // common part of variance 2V, independent part V/2: 5/7 of a run's variance is noise
        SobolIndices.Result r = SobolIndices.estimate(runs(4096, 3, Math.sqrt(v / 2), Math.sqrt(2 * v), 13), 3, 0, 0.95, 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(truth[0][i], r.factors()[i].first().value(), 0.05, "first-order index of x" + (i + 1));
            assertEquals(truth[1][i], r.factors()[i].total().value(), 0.05, "total index of x" + (i + 1));
        }
        assertEquals(v, r.variance(), 0.06 * v, "parameter variance");
        // replications of one point differ by both parts: the within-point variance is V/2 plus the
        // sample variance of the three common draws (drawn first from the same generator)
        RandomGenerator again = new MersenneTwister(13L); // long, as runs() seeds it (the int constructor differs)
        double[] c = {again.nextGaussian(), again.nextGaussian(), again.nextGaussian()};
        double cm = (c[0] + c[1] + c[2]) / 3;
        double cVar = 2 * v * ((c[0] - cm) * (c[0] - cm) + (c[1] - cm) * (c[1] - cm) + (c[2] - cm) * (c[2] - cm)) / 2;
        assertEquals(v / 2 + cVar, r.noiseVariance(), 0.05 * (v / 2 + cVar), "noise variance");
        assertEquals((v / 2 + cVar) / (v / 2 + cVar + v), r.noiseShare(), 0.02, "noise share");
    }

    @Test
    void pureNoiseGivesNoIndices() {
        RandomGenerator random = new MersenneTwister(3);
        double[][] y = new double[256 * 5][2];
        for (double[] row : y) {
            row[0] = random.nextGaussian();
            row[1] = random.nextGaussian();
        }
        SobolIndices.Result r = SobolIndices.estimate(y, 3, 200, 0.95, 1);
        assertEquals(1, r.noiseShare(), 0.1);
        for (SobolIndices.FactorIndices f : r.factors()) {
            if (!Double.isNaN(f.total().value())) {
                IndexQuality.Judged j = IndexQuality.judge(f.total(), 256);
                assertFalse(j.reliable(), "an index of pure noise must not be called reliable: " + f.total());
            }
        }
    }

    @Test
    void outOfRangeEstimatesAreClippedAndFlagged() {
        IndexQuality.Judged high = IndexQuality.judge(new SobolIndices.Estimate(1.3, 0.9, 1.7), 64);
        assertEquals(1.0, high.estimate());
        assertEquals(0.9, high.low());
        assertEquals(1.0, high.high());
        assertEquals(1.3, high.raw().value());
        assertTrue(high.flags().contains(IndexQuality.CLIPPED));
        assertTrue(high.flags().contains(IndexQuality.WIDE));
        assertFalse(high.reliable());
        assertEquals(164, high.neededBaseSamples(), "64 x (0.8 / 0.5)^2 = 163.84");

        IndexQuality.Judged negative = IndexQuality.judge(new SobolIndices.Estimate(-0.04, -0.1, 0.2), 64);
        assertEquals(0.0, negative.estimate());
        assertEquals(List.of(IndexQuality.CLIPPED), negative.flags());
        assertTrue(negative.reliable(), "a narrow interval around 0 is a reliable 'no influence'");
        assertEquals(64, negative.neededBaseSamples());

        IndexQuality.Judged fine = IndexQuality.judge(new SobolIndices.Estimate(0.4, 0.3, 0.5), 64);
        assertEquals(List.of(), fine.flags());
        assertEquals(0.4, fine.estimate());

        IndexQuality.Judged undefined = IndexQuality.judge(new SobolIndices.Estimate(Double.NaN, Double.NaN, Double.NaN), 64);
        assertFalse(undefined.reliable());
        assertEquals(List.of(IndexQuality.UNDEFINED), undefined.flags());
        assertEquals(-1, undefined.neededBaseSamples());
        IndexQuality.Judged unbounded = IndexQuality.judge(new SobolIndices.Estimate(0.5, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY), 64);
        assertFalse(unbounded.reliable());
        assertEquals(-1, unbounded.neededBaseSamples());
    }

    @Test
    void theNeededSampleSizeFromAPilotGivesAnIntervalOfAboutTheTargetWidth() {
        double v = analytic()[2][0];
        double sd = Math.sqrt(4 * v); // heavy noise: 80% of a run's variance
        int pilotN = 64;
        SobolIndices.Result pilot = SobolIndices.estimate(runs(pilotN, 2, sd, 0, 21), 3, 500, 0.95, 3);
        double pilotWidth = pilot.factors()[0].total().width();
        assertTrue(pilotWidth > IndexQuality.MAX_WIDTH, "the pilot's interval should be too wide: " + pilotWidth);
        long needed = IndexQuality.neededBaseSamples(pilotWidth, pilotN);
        assertTrue(needed > pilotN);
        SobolIndices.Result big = SobolIndices.estimate(runs((int) needed, 2, sd, 0, 22), 3, 500, 0.95, 3);
        double width = big.factors()[0].total().width();
        assertTrue(width < IndexQuality.MAX_WIDTH * 1.3 && width > IndexQuality.MAX_WIDTH * 0.5,
                "at the needed N=" + needed + " the interval should be about " + IndexQuality.MAX_WIDTH + " wide: " + width);
    }

    /**
     * A censored first-control day: the event happens with a probability that depends on x1 only,
     * and its day depends on x2 only. The report gives x1 the indicator's variance and x2 the
     * conditional day's; read as a number with the censored value, the day would mix both.
     */
    @Test
    void aCensoredDayIsSplitIntoItsIndicatorAndTheDayGivenThatItHappened() {
        int n = 1024;
        int reps = 4; // a 0/1 indicator is noisy (Bernoulli variance 0.24 against 0.05 explained by x1)
        int days = 100;
        List<double[]> unit = DesignGenerator.saltelli(n, 3);
        RandomGenerator random = new MersenneTwister(8);
        List<double[]> rows = new ArrayList<>();
        for (double[] u : unit) {
            for (int r = 0; r < reps; r++) {
                boolean happens = random.nextDouble() < 0.2 + 0.75 * u[0];
                double day = 20 + 60 * u[1] + 5 * random.nextGaussian();
                rows.add(new double[] {happens ? Math.max(1, Math.round(day)) : days + 1});
            }
        }
        List<Factor> factors = List.of(new Factor("a.x1", 0, 1, List.of()), new Factor("a.x2", 0, 1, List.of()),
                new Factor("a.x3", 0, 1, List.of()));
        SweepSpec spec = new SweepSpec("t", "", Path.of("x.json"), 1, days, Design.SOBOL, 0, n, 3, reps, true, factors,
                List.of(new OutputSpec.FirstControlDay("town_day", "Kidal", Side.GOVERNMENT)), "");
        SensitivityReport report = new SensitivityReport(spec, rows, 200);
        assertEquals(2, report.analyses().size());
        SensitivityReport.Analysis happened = report.analyses().get(0);
        SensitivityReport.Analysis day = report.analyses().get(1);
        assertEquals("town_day_happened", happened.name());
        assertEquals("town_day_if_happened", day.name());
        assertEquals(0.575, happened.shareHappened(), 0.03, "mean of 0.2 + 0.75 u");
        // the indicator: x1 explains all of the probability's variance
        assertTrue(happened.result().noiseShare() > 0.7, "noise share of the indicator " + happened.result().noiseShare());
        assertEquals(1.0, happened.result().factors()[0].total().value(), 0.15);
        assertEquals(0.0, happened.result().factors()[1].total().value(), 0.15);
        assertEquals(0.0, happened.result().factors()[2].total().value(), 0.15);
        // the day if it happened: x2 explains all of it, x1 nothing
        assertEquals(1.0, day.result().factors()[1].first().value(), 0.1);
        assertEquals(0.0, day.result().factors()[0].total().value(), 0.05);
        assertTrue(day.result().noiseShare() < 0.15, "noise sd 5 against 60 * U's sd of 17: " + day.result().noiseShare());
        // read as a number (the censored value 101 included), the day would credit x1 with much
        double[][] asNumber = new double[unit.size()][reps];
        for (int p = 0; p < unit.size(); p++) {
            for (int r = 0; r < reps; r++) {
                asNumber[p][r] = rows.get(p * reps + r)[0];
            }
        }
        assertTrue(SobolIndices.estimate(asNumber, 3, 0, 0.95, 1).factors()[0].total().value() > 0.3);

        String csv = report.csv();
        assertTrue(csv.startsWith("output,of,measure,parameter,index,estimate,ci95_low,ci95_high,raw_estimate"), csv);
        assertEquals(1 + 2 * 3 * 2, csv.lines().count(), "two measures x three factors x two indices");
        assertTrue(csv.contains("town_day_if_happened,town_day,dayIfHappened,a.x2,first,"), csv);
        assertTrue(report.summary().stream().anyMatch(l -> l.contains("share of runs where it happened: 0.5")),
                String.join("\n", report.summary()));
    }
}
