package org.sahelsim.model;

import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.EventType;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * The patterns of issue 4 ("What the runs must show") on the shipped scenarios other than
 * serval-2013 (see {@link ServalPatternsTest}), over a modest number of seeds.
 */
class ScenarioPatternsTest {

    @Test
    void withoutInterventionSevareFallsInMostRuns() {
        Scenario s = TestScenarios.read("no-intervention-2013");
        int runs = 20; // "most runs" of a probability near 0.8 needs more than 6 runs to be told from a coin
        int falls = 0;
        for (int seed = 1; seed <= runs; seed++) {
            boolean[] fell = new boolean[1];
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
            m.setListener(new RunListener() {
                @Override
                public void onControlChange(ControlChange c) {
                    if (c.day() > 0 && c.town().equals("Sévaré") && c.side() == Side.JIHADIST) {
                        fell[0] = true;
                    }
                }
            });
            m.runDays(60);
            falls += fell[0] ? 1 : 0;
        }
        assertTrue(falls > runs / 2, "Sevare/Mopti falls in " + falls + "/" + runs);
    }

    /**
     * Ground fighting between two dates of a run: armed clashes between a state force and JNIM or
     * Katiba Macina (air strikes aside: suspending the hunt removes those by construction).
     */
    private static int violence(Scenario s, long seed, LocalDate from, LocalDate to) {
        return (int) LeversTest.groundClashes(s, seed, from, to);
    }

    private static double median(int[] xs) {
        int[] c = xs.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0;
    }

    @Test
    void talksAndCeasefireLowerViolenceInTheirFirstMonths() {
        Scenario neg = TestScenarios.read("negotiation-2020");
        Scenario sq = TestScenarios.read("status-quo-2020");
        LocalDate from = LocalDate.of(2020, 4, 15); // the ceasefire of negotiation-2020
        LocalDate to = from.plusDays(90);
        int runs = 4;
        int[] a = new int[runs];
        int[] b = new int[runs];
        for (int i = 0; i < runs; i++) {
            a[i] = violence(neg, i + 1, from, to);
            b[i] = violence(sq, i + 1, from, to);
        }
        assertTrue(median(a) < 0.5 * median(b), "ground clashes (state vs JNIM/Katiba Macina) in the ceasefire's first three months: negotiation "
                + Arrays.toString(a) + " vs status quo " + Arrays.toString(b));
    }

    /** The withdrawal scenario without its withdrawal and handover events (France stays). */
    static Scenario franceStays(Scenario s) {
        List<ScenarioEvent> evs = new ArrayList<>();
        for (ScenarioEvent e : s.events()) {
            if (!(e instanceof ScenarioEvent.Withdrawal) && !(e instanceof ScenarioEvent.Handover)) {
                evs.add(e);
            }
        }
        return new Scenario(s.name(), s.title(), s.narrative(), s.sources(), s.startDate(), s.days(), s.forces(), s.control(),
                s.parameters(), evs);
    }

    /** Median over seeds 1..runs of government territory at the end of day 1 and at the last day. */
    private static double[] governmentTerritory(Scenario s, int runs) {
        double[] first = new double[runs];
        double[] last = new double[runs];
        int col = MetricColumns.territory(Side.GOVERNMENT);
        for (int i = 0; i < runs; i++) {
            double[] day1 = new double[1];
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), i + 1);
            m.setListener(new RunListener() {
                @Override
                public void onDay(int day, java.time.LocalDate date, double[] metrics) {
                    if (day == 1) {
                        day1[0] = metrics[col];
                    }
                }
            });
            m.runDays(s.days());
            first[i] = day1[0];
            last[i] = m.metrics()[col];
        }
        return new double[] {median(first), median(last)};
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    /** The documented pattern (001: "the junta, which controls barely a third of Mali's territory"). */
    @Test
    void withdrawalScenarioEndsWithGovernmentControlShrunkTowardsAThird() {
        double[] t = governmentTerritory(TestScenarios.read("withdrawal-2022"), 4);
        assertTrue(t[1] >= 0.25 && t[1] <= 0.42, "median final government territory: " + t[1]);
        assertTrue(t[1] < t[0] - 0.02, "it shrinks over the run: from " + t[0] + " to " + t[1]);
    }

    /**
     * The stronger, causal reading: the shrinking is the withdrawal's doing, on paired runs (the
     * same seeds 1..4 with and without the French withdrawal and handover events). Reproduced
     * since France does what FAMa, the UN and the partner do not (R22: raids on groups and
     * leaders, quick reaction to Malian posts) and grievance has lasting sources (R13); on 40
     * pairs the effect is +0.033 [+0.028, +0.038] since the territory is rural control with memory
     * (LeversTest, docs/ODD.md).
     */
    @Test
    void withdrawalItselfShrinksGovernmentControl() {
        Scenario s = TestScenarios.read("withdrawal-2022");
        double gone = governmentTerritory(s, 4)[1];
        double kept = governmentTerritory(franceStays(s), 4)[1];
        assertTrue(gone < kept - 0.02, "lower than if France stays: " + gone + " vs " + kept);
    }
}
