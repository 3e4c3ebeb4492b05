package org.sahelsim.bench;

import java.time.LocalDate;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/**
 * Speed benchmark of the model alone (not a test: speed targets live here, not in assertions).
 * Runs a scenario for N replications of D days on one thread after a warm-up, with a listener
 * that consumes every event and metric row, and prints ms per run.
 *
 * <pre>
 * mvn -q -B -o test-compile -pl sim-core
 * java -cp sim-core/target/classes:sim-core/target/test-classes:$(cat cp.txt) org.sahelsim.bench.Benchmark [scenario] [runs] [days]
 * java -cp ... org.sahelsim.bench.Benchmark long [scenario] [runs] [days] [window]
 * </pre>
 *
 * <p>The {@code long} mode measures the cost per simulated day along long runs: CPU ms per day in
 * windows of {@code window} days (default 500), summed over the runs, so that a cost that grows
 * with the length of the run shows as rising windows.
 */
public final class Benchmark {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("long")) {
            longRuns(args);
            return;
        }
        String name = args.length > 0 ? args[0] : "serval-2013";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 180;
        Scenario s = TestScenarios.read(name);
        Parameters p = TestScenarios.parameters(s);
        long t0 = System.nanoTime();
        MaliMap.get();
        long tMap = System.nanoTime() - t0;
        long[] sink = new long[3];
        RunListener l = new RunListener() {
            @Override
            public void onEvent(ConflictEvent e) {
                sink[0] += e.fatalities() + e.notes().length();
            }

            @Override
            public void onControlChange(ControlChange c) {
                sink[1]++;
            }

            @Override
            public void onDay(int day, LocalDate date, double[] metrics) {
                for (double v : metrics) {
                    sink[2] += (long) v;
                }
            }
        };
        for (int i = 0; i < Math.max(20, runs / 10); i++) { // warm-up
            SahelModel m = new SahelModel(s, p, 1000 + i);
            m.setListener(l);
            m.runDays(days);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c1 = mx.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        long events = 0;
        for (int i = 0; i < runs; i++) {
            SahelModel m = new SahelModel(s, p, i + 1);
            m.setListener(l);
            m.runDays(days);
            events += m.world().eventCount();
        }
        double ms = (System.nanoTime() - t1) / 1e6;
        double cpuMs = (mx.getCurrentThreadCpuTime() - c1) / 1e6;
        SahelModel one = new SahelModel(s, p, 7);
        long t2 = System.nanoTime();
        one.runDays(365);
        double yearMs = (System.nanoTime() - t2) / 1e6;
        System.out.printf("map load: %.0f ms%n", tMap / 1e6);
        System.out.printf("%s: %d runs x %d days on 1 thread: %.0f ms wall, %.2f ms wall per run, %.2f ms CPU per run, %.0f events per run%n",
                name, runs, days, ms, ms / runs, cpuMs / runs, (double) events / runs);
        System.out.printf("(system load average during the run: %.1f on %d cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("one 365-day run (warm): %.1f ms%n", yearMs);
        System.out.println("(checksum " + (sink[0] + sink[1] + sink[2]) + ")");
    }

    /** CPU per simulated day, by window of days, over long runs (one thread, after a warm-up). */
    private static void longRuns(String[] args) {
        String name = args.length > 1 ? args[1] : "withdrawal-2022";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 3500;
        int window = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        Scenario s = TestScenarios.read(name);
        Parameters p = TestScenarios.parameters(s);
        MaliMap.get();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int windows = (days + window - 1) / window;
        long[] cpu = new long[windows];
        long[] mark = {0};
        long[] sink = {0};
        RunListener l = new RunListener() {
            @Override
            public void onEvent(ConflictEvent e) {
                sink[0] += e.fatalities();
            }

            @Override
            public void onDay(int day, LocalDate date, double[] metrics) {
                long now = mx.getCurrentThreadCpuTime();
                cpu[(day - 1) / window] += now - mark[0];
                mark[0] = now;
            }
        };
        for (int i = 0; i < 3; i++) { // warm-up
            SahelModel m = new SahelModel(s, p, 1000 + i);
            m.runDays(Math.min(days, 1000));
        }
        java.util.Arrays.fill(cpu, 0);
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        long events = 0;
        for (int i = 0; i < runs; i++) {
            SahelModel m = new SahelModel(s, p, i + 1);
            m.setListener(l);
            mark[0] = mx.getCurrentThreadCpuTime();
            m.runDays(days);
            events += m.world().eventCount();
        }
        double cpuMs = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        double wallMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%s: %d runs x %d days on 1 thread: %.0f ms CPU (%.3f ms CPU per simulated day, %.0f ms per run), "
                + "%.0f ms wall, %.0f events per run%n", name, runs, days, cpuMs, cpuMs / runs / days, cpuMs / runs, wallMs,
                (double) events / runs);
        for (int w = 0; w < windows; w++) {
            int from = w * window + 1;
            int to = Math.min(days, (w + 1) * window);
            System.out.printf("  days %4d-%4d: %.3f ms CPU per simulated day%n", from, to, cpu[w] / 1e6 / runs / (to - from + 1));
        }
        System.out.printf("(system load average: %.1f on %d cores; checksum %d)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), sink[0]);
    }
}
