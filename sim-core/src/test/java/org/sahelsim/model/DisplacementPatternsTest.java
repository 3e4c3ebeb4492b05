package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.EventType;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.RunListener;
import org.sahelsim.scenario.Scenario;

/**
 * Issue 14's pattern on the long war ({@value #RUNS} runs of long-war-2013-2022): displacement
 * (IDPs + refugees, the yearly mean of the daily totals) falls after 2013 and rises again with the
 * violence of the later years, compared year by year with the model's own violence (battles,
 * explosions, violence against civilians). Public counts for orientation, not fitted: IOM DTM
 * 283,726 IDPs (October 2013), 199,575 (February 2014), 61,621 (December 2014), 49,883 (early
 * 2016); returns followed the 2013 Ouagadougou and 2015 peace agreements (IOM).
 */
class DisplacementPatternsTest {
    static final int RUNS = 20;
    static final int FIRST = 2013;
    static final int YEARS = 10;
    static final double[][] displaced = new double[RUNS][YEARS];
    static final int[][] violence = new int[RUNS][YEARS];
    static final double[] meanDisplaced = new double[YEARS];
    static final double[] meanViolence = new double[YEARS];

    @BeforeAll
    static void runTheLongWar() {
        Scenario s = TestScenarios.read("long-war-2013-2022");
        for (int r = 0; r < RUNS; r++) {
            final int run = r;
            int[] days = new int[YEARS];
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1000 + r);
            m.setListener(new RunListener() {
                @Override
                public void onEvent(ConflictEvent e) {
                    if (e.eventType() != EventType.STRATEGIC_DEVELOPMENTS) {
                        violence[run][e.date().getYear() - FIRST]++;
                    }
                }

                @Override
                public void onDay(int day, LocalDate date, double[] metrics) {
                    int y = date.getYear() - FIRST;
                    displaced[run][y] += metrics[MetricColumns.idps()] + metrics[MetricColumns.refugees()];
                    days[y]++;
                }
            });
            m.runDays(s.days());
            for (int y = 0; y < YEARS; y++) {
                displaced[r][y] /= Math.max(1, days[y]);
                meanDisplaced[y] += displaced[r][y] / RUNS;
                meanViolence[y] += (double) violence[r][y] / RUNS;
            }
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "long war, %d runs: year, mean displaced (IDPs + refugees), violent events%n", RUNS));
        for (int y = 0; y < YEARS; y++) {
            b.append(String.format(Locale.ROOT, "%d %9.0f %7.1f%n", FIRST + y, meanDisplaced[y], meanViolence[y]));
        }
        System.out.print(b);
    }

    /** The year of 2014-2017 with the fewest displaced (mean of the runs). */
    static int trough() {
        int best = 1;
        for (int y = 2; y <= 4; y++) {
            if (meanDisplaced[y] < meanDisplaced[best]) {
                best = y;
            }
        }
        return best;
    }

    @Test
    void displacementFallsAfter2013() {
        int t = trough();
        int runs = 0;
        for (int r = 0; r < RUNS; r++) {
            double low = Math.min(Math.min(displaced[r][1], displaced[r][2]), Math.min(displaced[r][3], displaced[r][4]));
            runs += low < 0.8 * displaced[r][0] ? 1 : 0;
        }
        assertTrue(meanDisplaced[t] < 0.8 * meanDisplaced[0] && runs > RUNS / 2,
                String.format(Locale.ROOT, "displacement falls after 2013: lowest year of 2014-2017 (%d) %.0f against %.0f in 2013; a fall of 20%% in %d/%d runs",
                        FIRST + t, meanDisplaced[t], meanDisplaced[0], runs, RUNS));
    }

    /**
     * After the trough, displacement rises again, and with violence: the later years (2019-2021)
     * have more displaced than the trough year and more violent events than it, and over
     * 2014-2021 the yearly change of displacement goes with the yearly change of violence (rank
     * correlation, positive).
     */
    @Test
    @Disabled("Premise not met (issue 13: the long war's violence does not rise after 2016): 20 runs, 28 Nov 2026: trough year 2015 with 284,730 displaced (IDPs + refugees) and 712 violent events; 2019-2021 356,584 displaced but only 411 violent events a year: displacement rises again, violence does not")
    void displacementRisesAgainWithTheViolenceOfTheLaterYears() {
        int t = trough();
        double lateDisplaced = (meanDisplaced[6] + meanDisplaced[7] + meanDisplaced[8]) / 3;
        double lateViolence = (meanViolence[6] + meanViolence[7] + meanViolence[8]) / 3;
        double[] change = new double[8];
        double[] events = new double[8];
        for (int y = 1; y <= 8; y++) {
            change[y - 1] = meanDisplaced[y] - meanDisplaced[y - 1];
            events[y - 1] = meanViolence[y] - meanViolence[y - 1];
        }
        double rho = spearman(change, events);
        String figures = String.format(Locale.ROOT,
                "trough %d: %.0f displaced, %.1f violent events; 2019-2021: %.0f displaced, %.1f violent events; rank correlation of the yearly changes of displacement and violence (2014-2021) %.2f",
                FIRST + t, meanDisplaced[t], meanViolence[t], lateDisplaced, lateViolence, rho);
        assertTrue(lateViolence > meanViolence[t], "the later years are more violent than the trough year (the premise): " + figures);
        assertTrue(lateDisplaced > 1.2 * meanDisplaced[t], "displacement rises again: " + figures);
        assertTrue(rho > 0.3, "displacement moves with the model's violence: " + figures);
    }

    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += ra[i] / a.length;
            mb += rb[i] / a.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    static double[] ranks(double[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int less = 0;
            int equal = 0;
            for (double v : x) {
                less += v < x[i] ? 1 : 0;
                equal += v == x[i] ? 1 : 0;
            }
            r[i] = less + (equal + 1) / 2.0;
        }
        return r;
    }
}
