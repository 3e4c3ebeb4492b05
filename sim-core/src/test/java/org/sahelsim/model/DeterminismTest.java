package org.sahelsim.model;

import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Scenario;

/** A run is a pure function of (scenario, parameters, seed). */
class DeterminismTest {

    private static List<String> log(Scenario s, long seed, int days) {
        List<String> out = new ArrayList<>();
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
        m.setListener(new RunListener() {
            @Override
            public void onEvent(ConflictEvent e) {
                out.add(e.toString());
            }

            @Override
            public void onControlChange(ControlChange c) {
                out.add(c.toString());
            }

            @Override
            public void onDay(int day, LocalDate date, double[] metrics) {
                out.add(day + Arrays.toString(metrics));
            }
        });
        m.runDays(days);
        return out;
    }

    @Test
    void sameSeedSameEventsDifferentSeedDifferentEvents() {
        Scenario s = TestScenarios.read("serval-2013");
        List<String> a = log(s, 42, 90);
        List<String> b = log(s, 42, 90);
        List<String> c = log(s, 43, 90);
        assertTrue(a.size() > 200, "a real run: " + a.size() + " records");
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void concurrentRunsDoNotDisturbEachOther() throws Exception {
        Scenario s = TestScenarios.read("serval-2013");
        List<String> alone = log(s, 7, 60);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long seed = i % 2 == 0 ? 7 : 8;
                fs.add(pool.submit(() -> log(s, seed, 60)));
            }
            assertEquals(alone, fs.get(0).get());
            assertEquals(alone, fs.get(2).get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void runDaysCallsOnDayOncePerDayInColumnOrder() {
        Scenario s = TestScenarios.read("serval-2013");
        int[] calls = new int[1];
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1);
        m.setListener(new RunListener() {
            @Override
            public void onDay(int day, LocalDate date, double[] metrics) {
                calls[0]++;
                assertEquals(calls[0], day);
                assertEquals(s.dateOf(day), date);
                assertEquals(MetricColumns.count(), metrics.length);
                double t = 0;
                for (Side side : Side.values()) {
                    t += metrics[MetricColumns.territory(side)];
                }
                assertEquals(1.0, t, 1e-9, "territory shares sum to 1");
            }
        });
        m.runDays(30);
        assertEquals(30, calls[0]);
        assertEquals(30, m.day());
    }
}
