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
 * </pre>
 */
public final class Benchmark {
    public static void main(String[] args) {
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
}
