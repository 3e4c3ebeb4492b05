package org.sahelsim.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/**
 * Territory shares along a scenario (not a test): the median over runs (seeds 1000 + r, as
 * LongWarPatternsTest) of the government, jihadist, separatist and none shares on the first of
 * every {@code step}-th month, and on a given date.
 *
 * <pre>
 * java -cp ... org.sahelsim.bench.TerritoryReport long-war-2013-2022 20 [date] [seed0] [key=value ...]
 * </pre>
 */
public final class TerritoryReport {
    public static void main(String[] args) {
        String name = args[0];
        int runs = Integer.parseInt(args[1]);
        LocalDate at = args.length > 2 && !args[2].equals("-") ? LocalDate.parse(args[2]) : null;
        long seed0 = args.length > 3 ? Long.parseLong(args[3]) : 1000;
        Scenario s = TestScenarios.read(name);
        Parameters p = TestScenarios.parameters(s);
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=");
            p = p.with(kv[0], Double.parseDouble(kv[1]));
        }
        int days = s.days();
        int months = (days / 30) + 2;
        double[][][] monthly = new double[4][months][runs];
        LocalDate[] monthDate = new LocalDate[months];
        double[][] atValues = new double[4][runs];
        for (int r = 0; r < runs; r++) {
            int run = r;
            SahelModel m = new SahelModel(s, p, seed0 + r);
            m.setListener(new RunListener() {
                int month = 0;

                @Override
                public void onDay(int day, LocalDate date, double[] metrics) {
                    if (date.getDayOfMonth() == 1 && month < months) {
                        monthDate[month] = date;
                        for (Side side : Side.values()) {
                            monthly[side.ordinal()][month][run] = metrics[MetricColumns.territory(side)];
                        }
                        month++;
                    }
                    if (date.equals(at)) {
                        for (Side side : Side.values()) {
                            atValues[side.ordinal()][run] = metrics[MetricColumns.territory(side)];
                        }
                    }
                }
            });
            m.runDays(days);
        }
        System.out.println("date        government jihadist separatist none   (medians of " + runs + " runs)");
        for (int k = 0; k < months; k++) {
            if (monthDate[k] == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%s  %.3f      %.3f     %.3f      %.3f%n", monthDate[k], median(monthly[0][k]), median(monthly[1][k]),
                    median(monthly[2][k]), median(monthly[3][k]));
        }
        if (at != null) {
            System.out.printf(Locale.ROOT, "on %s: government median %.3f (runs %s), jihadist %.3f, separatist %.3f, none %.3f%n", at,
                    median(atValues[0]), Arrays.toString(Arrays.stream(atValues[0]).map(v -> Math.round(v * 1000) / 1000.0).toArray()),
                    median(atValues[1]), median(atValues[2]), median(atValues[3]));
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
