package org.sahelsim.experiment.compare;

import org.sahelsim.experiment.Summary;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.core.EventType;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.experiment.Csv;
import org.sahelsim.experiment.Stats;

/**
 * The paired statistics of a comparison, accumulated pair by pair in pair order: every daily
 * metric on every day, end control and first government control of every town, and events and
 * fatalities by ACLED type. Keeps a few numbers per day and metric and, per town, the
 * first-control days (for their medians); never the runs' tables. Thread-safe: the Ctrl-C hook
 * may write what the main thread is still adding to.
 */
public final class Comparison {
    public static final String DIFFERENCES_HEADER =
            "metric,day,date,n,mean_base,mean_variant,mean_diff,ci95_low,ci95_high,sd_base,sd_variant,sd_diff,p_value,significant";
    public static final String EVENTS_HEADER =
            "measure,event_type,sub_event_type,n,mean_base,mean_variant,mean_diff,ci95_low,ci95_high,sd_base,sd_variant,sd_diff,p_value,significant";
    public static final String TOWNS_HEADER;

    static {
        StringBuilder h = new StringBuilder("town,n");
        for (Side s : Side.values()) {
            for (String part : List.of("base", "variant", "diff", "ci95_low", "ci95_high")) {
                h.append(",p_").append(s.id()).append('_').append(part);
            }
        }
        h.append(",first_gov_median_base,first_gov_median_variant,first_gov_never_base,first_gov_never_variant,"
                + "first_gov_pairs_both,first_gov_diff_mean,first_gov_diff_ci95_low,first_gov_diff_ci95_high");
        TOWNS_HEADER = h.toString();
    }

    /** Towns the screen shows first when they differ (the towns the documents follow, as in {@code sahel run}). */

    private final String baseName;
    private final String variantName;
    private final LocalDate startDate;
    private final int days;
    private final int[] reportDays;
    private final PairedDifference.Accumulator[][] metrics; // [day - 1][metric]
    private final Map<String, TownPair> towns = new LinkedHashMap<>();
    private final PairedDifference.Accumulator[][] bySubType = new PairedDifference.Accumulator[2][SubEventType.values().length];
    private final PairedDifference.Accumulator[][] byType = new PairedDifference.Accumulator[2][EventType.values().length];
    private int pairs;
    private boolean frozen;

    /**
     * @param startDate  day 1 of both scenarios
     * @param reportDays the days reported in differences.csv (ascending, within 1..days)
     */
    public Comparison(String baseName, String variantName, LocalDate startDate, int days, int[] reportDays) {
        this.baseName = baseName;
        this.variantName = variantName;
        this.startDate = startDate;
        this.days = days;
        this.reportDays = reportDays.clone();
        metrics = new PairedDifference.Accumulator[days][MetricColumns.count()];
        for (PairedDifference.Accumulator[] row : metrics) {
            fill(row);
        }
        for (int m = 0; m < 2; m++) {
            fill(bySubType[m]);
            fill(byType[m]);
        }
    }

    private static void fill(PairedDifference.Accumulator[] row) {
        for (int i = 0; i < row.length; i++) {
            row[i] = new PairedDifference.Accumulator();
        }
    }

    /** Adds one pair; pairs must come in pair order for the results not to depend on the threads. */
    public synchronized void add(PairedRunner.Pair p) {
        if (frozen) {
            return;
        }
        RunOutcome b = p.base();
        RunOutcome v = p.variant();
        for (int d = 0; d < days; d++) {
            double[] mb = b.daily()[d];
            double[] mv = v.daily()[d];
            for (int k = 0; k < mb.length; k++) {
                if (!Double.isNaN(mb[k]) && !Double.isNaN(mv[k])) { // n counts the pairs that reached the day
                    metrics[d][k].add(mb[k], mv[k]);
                }
            }
        }
        for (String t : b.endControl().keySet()) {
            towns.computeIfAbsent(t, x -> new TownPair(pairs));
        }
        for (String t : v.endControl().keySet()) {
            towns.computeIfAbsent(t, x -> new TownPair(pairs));
        }
        for (Map.Entry<String, TownPair> e : towns.entrySet()) {
            e.getValue().add(b, v, e.getKey());
        }
        long[][] typeSums = new long[4][EventType.values().length];
        for (SubEventType s : SubEventType.values()) {
            int i = s.ordinal();
            bySubType[0][i].add(b.eventCounts()[i], v.eventCounts()[i]);
            bySubType[1][i].add(b.fatalities()[i], v.fatalities()[i]);
            int t = s.type().ordinal();
            typeSums[0][t] += b.eventCounts()[i];
            typeSums[1][t] += v.eventCounts()[i];
            typeSums[2][t] += b.fatalities()[i];
            typeSums[3][t] += v.fatalities()[i];
        }
        for (EventType t : EventType.values()) {
            int i = t.ordinal();
            byType[0][i].add(typeSums[0][i], typeSums[1][i]);
            byType[1][i].add(typeSums[2][i], typeSums[3][i]);
        }
        pairs++;
    }

    /**
     * Ignores pairs from now on, so that files written one after the other (after Ctrl-C, while
     * the main thread may still hand over a pair) all describe the same pairs.
     */
    public synchronized void freeze() {
        frozen = true;
    }

    public synchronized int pairs() {
        return pairs;
    }

    public int days() {
        return days;
    }

    public int[] reportDays() {
        return reportDays.clone();
    }

    public String baseName() {
        return baseName;
    }

    public String variantName() {
        return variantName;
    }

    public LocalDate dateOf(int day) {
        return startDate.plusDays(day - 1L);
    }

    /** The paired statistics of one metric on days 1..D (index day - 1). */
    public synchronized PairedDifference[] series(int metric) {
        PairedDifference[] s = new PairedDifference[days];
        for (int d = 0; d < days; d++) {
            s[d] = metrics[d][metric].result();
        }
        return s;
    }

    public synchronized PairedDifference metric(int metric, int day) {
        return metrics[day - 1][metric].result();
    }

    /** differences.csv: every metric (MetricColumns order) at every report day. */
    public synchronized String differencesCsv() {
        StringBuilder sb = new StringBuilder(1 << 16).append(DIFFERENCES_HEADER).append('\n');
        for (int k = 0; k < MetricColumns.count(); k++) {
            for (int day : reportDays) {
                sb.append(MetricColumns.names().get(k)).append(',').append(day).append(',').append(dateOf(day)).append(',');
                row(sb, metrics[day - 1][k].result());
            }
        }
        return sb.toString();
    }

    /** events-by-type.csv: per run over days 1..D, events then fatalities, each type then its sub-types. */
    public synchronized String eventsCsv() {
        StringBuilder sb = new StringBuilder(1 << 12).append(EVENTS_HEADER).append('\n');
        String[] measures = {"events", "fatalities"};
        for (int m = 0; m < 2; m++) {
            for (EventType t : EventType.values()) {
                sb.append(measures[m]).append(',');
                Csv.text(sb, t.label());
                sb.append(",,");
                row(sb, byType[m][t.ordinal()].result());
                for (SubEventType s : SubEventType.values()) {
                    if (s.type() != t) {
                        continue;
                    }
                    sb.append(measures[m]).append(',');
                    Csv.text(sb, t.label());
                    sb.append(',');
                    Csv.text(sb, s.label());
                    sb.append(',');
                    row(sb, bySubType[m][s.ordinal()].result());
                }
            }
        }
        return sb.toString();
    }

    /** town-differences.csv: every town either scenario reported, in first-seen order. */
    public synchronized String townsCsv() {
        StringBuilder sb = new StringBuilder(1 << 14).append(TOWNS_HEADER).append('\n');
        for (Map.Entry<String, TownPair> e : towns.entrySet()) {
            TownPair t = e.getValue();
            Csv.text(sb, e.getKey());
            sb.append(',').append(pairs);
            for (Side s : Side.values()) {
                PairedDifference d = t.end[s.ordinal()].result();
                for (double x : new double[] {d.meanBase(), d.meanVariant(), d.meanDiff(), d.ci95Low(), d.ci95High()}) {
                    sb.append(',');
                    Csv.number(sb, x);
                }
            }
            PairedDifference f = t.firstDiff.result();
            double[] fb = t.firstBase.toArray();
            double[] fv = t.firstVariant.toArray();
            sb.append(',');
            Csv.number(sb, Stats.percentile(fb, 50));
            sb.append(',');
            Csv.number(sb, Stats.percentile(fv, 50));
            sb.append(',').append(pairs - fb.length).append(',').append(pairs - fv.length).append(',').append(f.n()).append(',');
            Csv.number(sb, f.meanDiff());
            sb.append(',');
            Csv.number(sb, f.ci95Low());
            sb.append(',');
            Csv.number(sb, f.ci95High());
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, PairedDifference d) {
        sb.append(d.n());
        for (double x : new double[] {d.meanBase(), d.meanVariant(), d.meanDiff(), d.ci95Low(), d.ci95High(),
                d.sdBase(), d.sdVariant(), d.sdDiff(), d.pValue()}) {
            sb.append(',');
            Csv.number(sb, x);
        }
        sb.append(',').append(d.significant()).append('\n');
    }

    /** The government's end-control statistics of every town, in first-seen order. */
    public synchronized Map<String, PairedDifference> governmentAtEnd() {
        Map<String, PairedDifference> m = new LinkedHashMap<>();
        towns.forEach((t, p) -> m.put(t, p.end[Side.GOVERNMENT.ordinal()].result()));
        return m;
    }

    // ------------------------------------------------------------------ the table on screen

    /**
     * The readable summary: at the final day, the metrics whose paired difference is significant
     * (most clearly first), then the others by name; then towns and ACLED event types the same way.
     */
    public synchronized void printTable(PrintWriter out, int maxTowns) {
        out.printf(Locale.ROOT, "%s (variant) minus %s (base): %d pairs, day %d (%s)%n", variantName, baseName, pairs, days,
                dateOf(days));
        out.println("significant = the 95% interval of the paired difference excludes 0 (no correction for the many"
                + " comparisons: expect about 1 in 20 by chance)");
        out.println();
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < MetricColumns.count(); k++) {
            lines.add(new Line(MetricColumns.names().get(k), metrics[days - 1][k].result()));
        }
        section(out, "metric at the final day", lines, BY_STRENGTH, Integer.MAX_VALUE, "columns");

        List<Line> townLines = new ArrayList<>();
        towns.forEach((t, p) -> townLines.add(new Line(t, p.end[Side.GOVERNMENT.ordinal()].result())));
        // the documents' towns first, so a short table still shows them; then the largest changes
        // in probability (comparable across towns, unlike t, which is infinite for any constant change)
        Comparator<Line> towns = Comparator.comparingInt((Line l) -> Summary.KEY_TOWNS.contains(l.name) ? 0 : 1)
                .thenComparingDouble(l -> -Math.abs(l.d.meanDiff()));
        out.println();
        section(out, "P(government holds the town at the end)", townLines, towns, maxTowns, "towns");

        firstControlTable(out);

        List<Line> eventLines = new ArrayList<>();
        for (EventType t : EventType.values()) {
            eventLines.add(new Line(t.label(), byType[0][t.ordinal()].result()));
        }
        out.println();
        section(out, "events per run by ACLED type, days 1-" + days, eventLines, BY_STRENGTH, Integer.MAX_VALUE, "types");
    }

    /** The key towns whose first government control moved: median day and runs without, per side. */
    private void firstControlTable(PrintWriter out) {
        List<String> rows = new ArrayList<>();
        for (String town : Summary.KEY_TOWNS) {
            TownPair t = towns.get(town);
            if (t == null) {
                continue;
            }
            String base = firstControl(t.firstBase.toArray());
            String variant = firstControl(t.firstVariant.toArray());
            if (base.equals(variant)) {
                continue;
            }
            PairedDifference shift = t.firstDiff.result();
            String both = shift.n() < 2 || Double.isNaN(shift.ci95Low()) ? ""
                    : String.format(Locale.ROOT, "   %s days [%s, %s] over %d pairs where both happened", signed(shift.meanDiff()),
                            signed(shift.ci95Low()), signed(shift.ci95High()), shift.n());
            rows.add(String.format(Locale.ROOT, "%-12s %-28s %-28s%s", town, base, variant, both).stripTrailing());
        }
        out.println();
        out.println("first government control of the key towns (median over the runs where it happened)");
        out.printf(Locale.ROOT, "%-12s %-28s %s%n", "town", "base", "variant");
        if (rows.isEmpty()) {
            out.println("  the same median day and the same number of runs without it in both");
        }
        rows.forEach(out::println);
    }

    private String firstControl(double[] days) {
        int never = pairs - days.length;
        if (days.length == 0) {
            return "never";
        }
        double median = Stats.percentile(days, 50);
        String when = median == 0 ? "held throughout" : "median day " + Summary.fmt(median);
        return never == 0 ? when : when + " (" + never + " never)";
    }

    private record Line(String name, PairedDifference d) {}

    /** Most clearly different first (largest |t|); ties keep the column order. */
    private static final Comparator<Line> BY_STRENGTH = Comparator.comparingDouble((Line l) -> -l.d.strength());

    private static void section(PrintWriter out, String title, List<Line> lines, Comparator<Line> order, int max,
                                String what) {
        List<Line> significant = new ArrayList<>(lines.stream().filter(l -> l.d.significant()).toList());
        significant.sort(order);
        out.printf(Locale.ROOT, "%-40s %10s %10s %10s   %s%n", title, "base", "variant", "diff", "95% interval of diff");
        if (significant.isEmpty()) {
            out.println("  no significant difference");
        }
        int shown = 0;
        for (Line l : significant) {
            if (shown++ == max) {
                out.printf(Locale.ROOT, "  ... and %d more significant %s (see the CSV files)%n", significant.size() - max, what);
                break;
            }
            out.printf(Locale.ROOT, "%-40s %10s %10s %10s   [%s, %s]%n", l.name, Summary.fmt(l.d.meanBase()), Summary.fmt(l.d.meanVariant()),
                    signed(l.d.meanDiff()), signed(l.d.ci95Low()), signed(l.d.ci95High()));
        }
        List<String> rest = new ArrayList<>();
        int identical = 0;
        for (Line l : lines) {
            if (l.d.significant()) {
                continue;
            }
            if (l.d.identical()) {
                identical++;
            } else {
                rest.add(l.name + " " + signed(l.d.meanDiff()));
            }
        }
        if (!rest.isEmpty()) {
            out.println(wrap("  not significant (" + rest.size() + "): " + String.join(", ", rest), 100));
        }
        if (identical > 0) {
            out.printf(Locale.ROOT, "  equal in every pair: %d %s%n", identical, what);
        }
    }

    private static String wrap(String s, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : s.split(" ")) {
            if (col > 0 && col + 1 + word.length() > width) {
                out.append(System.lineSeparator()).append("    ");
                col = 4;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }

    static String signed(double v) {
        String s = Summary.fmt(v);
        return v > 0 ? "+" + s : s;
    }

    // ------------------------------------------------------------------ towns

    /** One town over the pairs: end control by side, and the first day of government control. */
    private final class TownPair {
        final PairedDifference.Accumulator[] end = new PairedDifference.Accumulator[Side.values().length];
        final IntList firstBase = new IntList();
        final IntList firstVariant = new IntList();
        final PairedDifference.Accumulator firstDiff = new PairedDifference.Accumulator();

        /** A town first seen after {@code earlier} pairs: in those it was reported by neither run, so it counts as none. */
        TownPair(int earlier) {
            fill(end);
            for (int i = 0; i < earlier; i++) {
                for (Side s : Side.values()) {
                    double none = s == Side.NONE ? 1 : 0;
                    end[s.ordinal()].add(none, none);
                }
            }
        }

        void add(RunOutcome b, RunOutcome v, String town) {
            Side sb = b.endControl().getOrDefault(town, Side.NONE);
            Side sv = v.endControl().getOrDefault(town, Side.NONE);
            for (Side s : Side.values()) {
                end[s.ordinal()].add(sb == s ? 1 : 0, sv == s ? 1 : 0);
            }
            Integer fb = b.firstGovernmentDay().get(town);
            Integer fv = v.firstGovernmentDay().get(town);
            if (fb != null) {
                firstBase.add(fb);
            }
            if (fv != null) {
                firstVariant.add(fv);
            }
            if (fb != null && fv != null) {
                firstDiff.add(fb, fv);
            }
        }
    }

    /** A growable list of ints (first-control days), to avoid boxing one per run and town. */
    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        double[] toArray() {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = a[i];
            }
            return d;
        }
    }
}
