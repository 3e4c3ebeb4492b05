package org.sahelsim.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/**
 * Report (not a test) for issue 11: over seeds 1..N, the date each town falls to the jihadists
 * (first change from the government side to the jihadist side) and is retaken (first change from a
 * non-government side to the government side): share of runs, median, p10 and p90 dates; and the
 * runs where a separatist faction held Kidal before the government side. Usage: ReconquestReport [scenario] [runs]
 */
public final class ReconquestReport {
    static final String[] TOWNS = {"Konna", "Sévaré", "Diabaly", "Douentza", "Timbuktu", "Gao", "Kidal", "Aguelhok", "Tessalit", "Ménaka"};

    public static void main(String[] args) {
        Scenario s = TestScenarios.read(args.length > 0 ? args[0] : "serval-2013");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Map<String, List<Integer>> fell = new LinkedHashMap<>();
        Map<String, List<Integer>> retaken = new LinkedHashMap<>();
        for (String t : TOWNS) {
            fell.put(t, new ArrayList<>());
            retaken.put(t, new ArrayList<>());
        }
        int[] separatistFirst = new int[1];
        for (int seed = 1; seed <= runs; seed++) {
            Map<String, Side> side = new HashMap<>();
            Map<String, Integer> f = new HashMap<>();
            Map<String, Integer> r = new HashMap<>();
            boolean[] sepKidal = new boolean[1];
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
            m.setListener(new RunListener() {
                @Override
                public void onControlChange(ControlChange c) {
                    Side before = side.put(c.town(), c.side());
                    if (c.day() <= 0 || before == null) {
                        return;
                    }
                    if (before == Side.GOVERNMENT && c.side() == Side.JIHADIST) {
                        f.putIfAbsent(c.town(), c.day());
                    }
                    if (before != Side.GOVERNMENT && c.side() == Side.GOVERNMENT) {
                        r.putIfAbsent(c.town(), c.day());
                    }
                    if (c.town().equals("Kidal") && c.side() == Side.SEPARATIST && !r.containsKey("Kidal")) {
                        sepKidal[0] = true;
                    }
                }
            });
            m.runDays(s.days());
            f.forEach((t, d) -> { if (fell.containsKey(t)) { fell.get(t).add(d); } });
            r.forEach((t, d) -> { if (retaken.containsKey(t)) { retaken.get(t).add(d); } });
            if (sepKidal[0]) {
                separatistFirst[0]++;
            }
        }
        System.out.printf("%s, %d runs (seeds 1..%d); day 1 = %s%n", s.name(), runs, runs, s.startDate());
        System.out.printf("%-10s %-42s %-42s%n", "town", "falls to jihadists: runs, median [p10-p90]", "retaken: runs, median [p10-p90]");
        for (String t : TOWNS) {
            System.out.printf("%-10s %-42s %-42s%n", t, line(s, fell.get(t), runs), line(s, retaken.get(t), runs));
        }
        System.out.printf("runs where a separatist faction held Kidal before the government side: %d/%d%n", separatistFirst[0], runs);
    }

    private static String line(Scenario s, List<Integer> days, int runs) {
        if (days.isEmpty()) {
            return "0/" + runs;
        }
        List<Integer> d = new ArrayList<>(days);
        d.sort(null);
        return String.format("%d/%d, %s [%s - %s]", d.size(), runs, s.dateOf(q(d, 0.5)), s.dateOf(q(d, 0.1)), s.dateOf(q(d, 0.9)));
    }

    private static int q(List<Integer> d, double p) {
        return d.get((int) Math.round(p * (d.size() - 1)));
    }
}
