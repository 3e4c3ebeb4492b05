package org.sahelsim.experiment;

import org.sahelsim.map.MaliMap;
import org.sahelsim.map.PlaceNames;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.Scenario;

/**
 * Accumulates the runs of a study, in run order, into what summary.json and the end-of-run table
 * report. Keeps only a few numbers per run, never the runs' tables.
 */
public final class Summary {
    /** Towns the stdout table shows when the run produced them (the towns the documents follow). */
    /** The towns the documents name, shown first in every table. */
    public static final List<String> KEY_TOWNS = List.of("Bamako", "Sévaré", "Mopti", "Konna", "Diabaly", "Niono", "Douentza",
            "Timbuktu", "Gao", "Ménaka", "Kidal", "Aguelhok", "Tessalit");

    private final Scenario scenario;
    private final int[] days;
    private final int finalDay;
    private final DoubleList[][] values; // [summary day][metric]
    private final Map<String, TownTally> towns = new LinkedHashMap<>();
    private double[] presence;
    private int runs;

    public Summary(Scenario scenario, int[] summaryDays, int finalDay) {
        this.scenario = scenario;
        this.days = summaryDays.clone();
        this.finalDay = finalDay;
        this.values = new DoubleList[days.length][MetricColumns.count()];
        for (DoubleList[] row : values) {
            for (int m = 0; m < row.length; m++) {
                row[m] = new DoubleList();
            }
        }
    }

    public void add(RunResult r) {
        runs++;
        for (int d = 0; d < days.length; d++) {
            double[] m = r.metricsAtDays()[d];
            for (int k = 0; k < m.length; k++) {
                if (!Double.isNaN(m[k])) {
                    values[d][k].add(m[k]);
                }
            }
        }
        for (Map.Entry<String, Side> e : r.endControl().entrySet()) {
            towns.computeIfAbsent(e.getKey(), t -> new TownTally()).end[e.getValue().ordinal()]++;
        }
        for (Map.Entry<String, Integer> e : r.firstGovernmentDay().entrySet()) {
            TownTally tally = towns.computeIfAbsent(e.getKey(), t -> new TownTally());
            if (e.getValue() <= 0) {
                tally.heldThroughout++; // held from the start and never lost: no retaking day
            } else {
                tally.firstGovernment.add(e.getValue());
            }
        }
        addDisplaced(r.displacementRows());
        if (r.presence() != null) {
            if (presence == null) {
                presence = new double[r.presence().length];
            }
            for (int c = 0; c < presence.length; c++) {
                presence[c] += r.presence()[c];
            }
        }
    }

    public int runs() {
        return runs;
    }

    private double[] displacedSum;
    private int displacedRuns;

    /** Adds the last row of a run's displacement.csv rows (its final day). */
    private void addDisplaced(String rows) {
        if (rows == null || rows.isEmpty()) {
            return;
        }
        int end = rows.endsWith("\n") ? rows.length() - 1 : rows.length();
        String[] f = rows.substring(rows.lastIndexOf('\n', end - 1) + 1, end).split(",");
        if (displacedSum == null) {
            displacedSum = new double[f.length - 3];
        }
        for (int i = 3; i < f.length && i - 3 < displacedSum.length; i++) {
            displacedSum[i - 3] += Double.parseDouble(f[i]);
        }
        displacedRuns++;
    }

    /** Mean displaced people by site on the final day, in displacement.csv's column order (camps, then towns); null when none. */
    public double[] displacedAtEnd() {
        if (displacedSum == null) {
            return null;
        }
        double[] m = displacedSum.clone();
        for (int i = 0; i < m.length; i++) {
            m[i] /= displacedRuns;
        }
        return m;
    }

    public String scenarioName() {
        return scenario.name();
    }

    public int finalDay() {
        return finalDay;
    }

    /** Jihadist fighter-days summed over runs, by map cell (y * MaliMap.WIDTH + x); null when no run reported any. */
    public double[] presence() {
        return presence == null ? null : presence.clone();
    }

    /** The side that held the town at the end in most runs (ties: the first side in Side order). */
    public Map<String, Side> mostLikelyEndControl() {
        Map<String, Side> m = new LinkedHashMap<>();
        towns.forEach((t, tally) -> m.put(t, tally.mostLikely()));
        return m;
    }

    /** summary.json as maps and lists, in a fixed order. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario.name());
        root.put("runs", runs);
        root.put("finalDay", finalDay);
        root.put("finalDate", scenario.dateOf(finalDay).toString());
        root.put("method", "per metric and day across runs: mean, sample sd, 95% CI of the mean (Student t, n-1 df),"
                + " percentiles R-7; n counts the runs that reached the day; ci95Low is null when it falls below the"
                + " smallest value a run gave and no run was negative (a count cannot be negative: read p5 instead);"
                + " towns: firstGovernmentControl counts only changes from a non-government side to the government"
                + " (not handovers between government forces), over the runs with such a change; heldThroughout"
                + " counts the runs where the government held the town from the start and never lost it");
        List<Object> byDay = new ArrayList<>();
        for (int d = 0; d < days.length; d++) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("day", days[d]);
            day.put("date", scenario.dateOf(days[d]).toString());
            day.put("final", days[d] == finalDay);
            Map<String, Object> metrics = new LinkedHashMap<>();
            for (int k = 0; k < MetricColumns.count(); k++) {
                Stats.Description s = Stats.describe(values[d][k].toArray());
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("n", s.n());
                one.put("mean", num(s.mean()));
                one.put("sd", num(s.sd()));
                one.put("ci95Low", num(boundedLow(s, values[d][k].toArray())));
                one.put("ci95High", num(s.ci95High()));
                one.put("p5", num(s.p5()));
                one.put("p50", num(s.p50()));
                one.put("p95", num(s.p95()));
                metrics.put(MetricColumns.names().get(k), one);
            }
            day.put("metrics", metrics);
            byDay.add(day);
        }
        root.put("metricsByDay", byDay);
        Map<String, Object> townsJson = new LinkedHashMap<>();
        towns.forEach((name, t) -> townsJson.put(name, t.toJson()));
        root.put("towns", townsJson);
        return root;
    }

    /** The readable end-of-run table. */
    public void printTable(PrintWriter out) {
        int last = Arrays.binarySearch(days, finalDay);
        out.printf(Locale.ROOT, "%s: %d runs, day %d (%s)%n%n", scenario.name(), runs, finalDay, scenario.dateOf(finalDay));
        out.printf(Locale.ROOT, "%-28s %12s %12s %25s%n", "metric at the final day", "mean", "median", "p10-p90 of runs");
        for (int k = 0; k < MetricColumns.count(); k++) {
            double[] v = values[last][k].toArray();
            Stats.Description s = Stats.describe(v);
            if (s.n() == 0 || (s.mean() == 0 && (Double.isNaN(s.sd()) || s.sd() == 0))) {
                continue; // columns that are zero in every run (factions absent from the scenario) say nothing
            }
            String range = "[" + fmt(Stats.percentile(v, 10)) + ", " + fmt(Stats.percentile(v, 90)) + "]";
            out.printf(Locale.ROOT, "%-28s %12s %12s %25s%n", MetricColumns.names().get(k), fmt(s.mean()), fmt(s.p50()), range);
        }
        PlaceNames places = MaliMap.get().places();
        List<String> shown = new ArrayList<>();
        for (String key : KEY_TOWNS) {
            for (String t : towns.keySet()) {
                if (places.same(t, key) && !shown.contains(t)) {
                    shown.add(t);
                }
            }
        }
        if (shown.isEmpty()) {
            shown.addAll(towns.keySet());
        }
        if (shown.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n%-12s %7s %7s %7s %7s   %-28s %s%n", "town", "P(gov)", "P(jih)", "P(sep)", "P(none)",
                "first government control", "never");
        for (String t : shown) {
            TownTally tally = towns.get(t);
            double n = runs;
            double[] first = tally.firstGovernment.toArray();
            String firstText = first.length == 0 ? "-" : "median day " + fmt(Stats.percentile(first, 50))
                    + " (" + scenario.dateOf((int) Math.round(Stats.percentile(first, 50))) + ")";
            if (tally.heldThroughout > 0) {
                firstText = first.length == 0 ? "held throughout (" + tally.heldThroughout + " runs)"
                        : firstText + ", held throughout in " + tally.heldThroughout;
            }
            out.printf(Locale.ROOT, "%-12s %7.2f %7.2f %7.2f %7.2f   %-28s %d%n", t,
                    tally.end[Side.GOVERNMENT.ordinal()] / n, tally.end[Side.JIHADIST.ordinal()] / n,
                    tally.end[Side.SEPARATIST.ordinal()] / n, (n - tally.end[0] - tally.end[1] - tally.end[2]) / n,
                    firstText, runs - first.length - tally.heldThroughout);
        }
    }

    private final class TownTally {
        final int[] end = new int[Side.values().length];
        final DoubleList firstGovernment = new DoubleList();
        int heldThroughout;

        Side mostLikely() {
            int best = 0;
            for (int s = 1; s < end.length; s++) {
                if (end[s] > end[best]) {
                    best = s;
                }
            }
            return Side.values()[best];
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> p = new LinkedHashMap<>();
            int seen = 0;
            for (Side s : Side.values()) {
                seen += end[s.ordinal()];
            }
            for (Side s : Side.values()) {
                // runs that never reported the town count as uncontrolled
                int count = end[s.ordinal()] + (s == Side.NONE ? runs - seen : 0);
                p.put(s.id(), runs == 0 ? null : num((double) count / runs));
            }
            m.put("endControlProbability", p);
            m.put("mostLikelyEndControl", mostLikely().id());
            double[] first = firstGovernment.toArray();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("runsWithGovernmentControl", first.length);
            f.put("runsWithout", runs - first.length - heldThroughout);
            f.put("medianDay", num(Stats.percentile(first, 50)));
            f.put("p10Day", num(Stats.percentile(first, 10)));
            f.put("p90Day", num(Stats.percentile(first, 90)));
            f.put("medianDate", first.length == 0 ? null
                    : scenario.dateOf((int) Math.round(Stats.percentile(first, 50))).toString());
            m.put("firstGovernmentControl", f);
            m.put("heldThroughout", heldThroughout);
            return m;
        }
    }

    /** The CI's lower bound, or NaN when it is below every run's value and no run was negative. */
    static double boundedLow(Stats.Description s, double[] v) {
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
        }
        return min >= 0 && s.ci95Low() < 0 ? Double.NaN : s.ci95Low();
    }

    private static Double num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    /** A number as the tables print it: "-" for none, whole above 100, one decimal above 1, three below. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A growable array of doubles; avoids boxing a value per run and metric. */
    static final class DoubleList {
        private double[] a = new double[16];
        private int n;

        void add(double v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
