package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sahelsim.bench.R10Report;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/**
 * Issue 11, R10 as a mechanism: on serval-2013 to June 1 2013, over paired seeds, the asymmetric
 * campaign (suicide bombings, raids, IEDs) follows the jihadists' means (halve every jihadist
 * force: fewer attacks; no intervention, hence no liberated town: almost none), and the bombers
 * are prepared by the cells during the run, a pool that is neither always empty nor never used up.
 */
class AsymmetricCampaignTest {
    static final int RUNS = 20;
    static final LocalDate JUNE = LocalDate.of(2013, 6, 1);

    static R10Report.Counts[] arm(String arm) {
        Scenario s = R10Report.arm(TestScenarios.read("serval-2013"), arm);
        Parameters p = R10Report.armParameters(s, arm);
        R10Report.Counts[] out = new R10Report.Counts[RUNS];
        for (int r = 0; r < RUNS; r++) {
            out[r] = R10Report.run(s, p, r + 1, JUNE);
        }
        return out;
    }

    static int total(R10Report.Counts c) {
        return c.suicide() + c.raids() + c.ieds();
    }

    @Test
    void theCampaignFollowsTheJihadistsMeans() {
        R10Report.Counts[] base = arm("base");
        R10Report.Counts[] half = arm("half");
        R10Report.Counts[] none = arm("nointervention");
        double[] d = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            d[r] = total(half[r]) - total(base[r]);
        }
        double mean = Arrays.stream(d).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (RUNS - 1));
        double hi = mean + 2.093 * sd / Math.sqrt(RUNS); // t(0.975, 19)
        double baseMean = Arrays.stream(base).mapToInt(AsymmetricCampaignTest::total).average().orElse(0);
        double noneMean = Arrays.stream(none).mapToInt(AsymmetricCampaignTest::total).average().orElse(0);
        String report = String.format(Locale.ROOT, "R10 attacks before June per run: base %.1f, jihadists halved %+.1f [%.1f, %.1f], "
                + "no intervention %.1f", baseMean, mean, mean - 2.093 * sd / Math.sqrt(RUNS), hi, noneMean);
        System.out.println(report);
        assertTrue(hi < 0, "halving the jihadists must lower the attacks: " + report);
        assertTrue(noneMean < 0.1 * baseMean, "without liberated towns (almost) no attack: " + report);
        double suicideBase = Arrays.stream(base).mapToInt(R10Report.Counts::suicide).average().orElse(0);
        double suicideHalf = Arrays.stream(half).mapToInt(R10Report.Counts::suicide).average().orElse(0);
        assertTrue(suicideHalf < suicideBase, "fewer suicide bombings with half the jihadists: " + suicideHalf + " vs " + suicideBase);
    }

    @Test
    void bombersArePreparedDuringTheRunAndThePoolBindsSometimes() {
        R10Report.Counts[] base = arm("base");
        int preparedRuns = 0;
        int emptyRuns = 0;
        int leftRuns = 0;
        StringBuilder b = new StringBuilder();
        for (R10Report.Counts c : base) {
            assertTrue(c.suicide() <= c.prepared(), "no suicide bombing without a bomber prepared by the cells (none at the start): " + c);
            preparedRuns += c.prepared() > 0 ? 1 : 0;
            emptyRuns += c.poolEmpty() > 0 ? 1 : 0;
            leftRuns += c.bombersLeft() > 0 ? 1 : 0;
            b.append(' ').append(c.suicide()).append('/').append(c.prepared());
        }
        String report = "suicide/prepared per run:" + b + "; pool found empty in " + emptyRuns + ", bombers left in " + leftRuns;
        assertTrue(preparedRuns >= RUNS * 9 / 10, "cells prepare bombers in nearly every run: " + report);
        assertTrue(emptyRuns >= RUNS / 4, "the pool limits the bombings in some runs: " + report);
        assertTrue(leftRuns >= RUNS / 4, "and is not always used up: " + report);
    }
}
