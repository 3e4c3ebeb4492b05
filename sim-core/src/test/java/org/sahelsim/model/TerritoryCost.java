package org.sahelsim.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import org.sahelsim.core.RunListener;
import org.sahelsim.scenario.Scenario;

/**
 * CPU cost of the daily territory metric alone (not a test): runs a scenario and, every day, has a
 * shadow {@link DailyMetrics} compute the day's metrics (territory included) on the run's world,
 * timed with the thread's CPU clock, in windows of days so that a cost growing with the run shows.
 *
 * <pre>
 * java -cp ... org.sahelsim.model.TerritoryCost [scenario] [runs] [window]
 * </pre>
 */
public final class TerritoryCost {
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "long-war-2013-2022";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Scenario s = TestScenarios.read(name);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int windows = s.days() / window + 1;
        long[] cpu = new long[windows];
        int[] days = new int[windows];
        for (int r = -1; r < runs; r++) { // run -1 warms up
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1000 + Math.max(0, r));
            DailyMetrics[] shadow = new DailyMetrics[1];
            boolean count = r >= 0;
            m.setListener(new RunListener() {
                @Override
                public void onDay(int day, LocalDate date, double[] metrics) {
                    if (shadow[0] == null || day == 1) {
                        shadow[0] = new DailyMetrics();
                    }
                    long t0 = bean.getCurrentThreadCpuTime();
                    shadow[0].compute(m.world(), m.rules());
                    long t = bean.getCurrentThreadCpuTime() - t0;
                    if (count) {
                        cpu[(day - 1) / window] += t;
                        days[(day - 1) / window]++;
                    }
                }
            });
            m.runDays(s.days());
        }
        long total = 0;
        int totalDays = 0;
        for (int i = 0; i < windows; i++) {
            total += cpu[i];
            totalDays += days[i];
            if (days[i] > 0) {
                System.out.printf(Locale.ROOT, "  days %4d-%4d: %.4f ms CPU per simulated day%n", i * window + 1, i * window + days[i] / runs,
                        cpu[i] / 1e6 / days[i]);
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d runs: daily metrics (territory included) %.4f ms CPU per simulated day%n", name, runs,
                total / 1e6 / totalDays);
    }
}
