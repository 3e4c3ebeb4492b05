package org.sahelsim.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.sahelsim.core.EventType;

/**
 * fatalities-by-year.csv: for every calendar year of the study, administrative region ({@link
 * AdminRegions}) and ACLED event type, the deaths and events of a run, described across runs
 * (mean with its 95% interval, and the 10th, 50th and 90th percentiles, R-7), so that they can be
 * held against ACLED and UCDP tables of Mali. Rows for {@code all} regions and {@code all} event
 * types are the run's totals described the same way (quantiles do not add up, so they are
 * computed from the totals, not summed). Every combination has its row, zeros included: the
 * file has the same shape for any run.
 */
public final class FatalitiesByYear {
    public static final String HEADER = "year,days,region,event_type,runs,fatalities_mean,fatalities_ci95_low,"
            + "fatalities_ci95_high,fatalities_p10,fatalities_p50,fatalities_p90,events_mean,events_p10,events_p50,events_p90";

    private final int firstYear;
    private final int[] daysInYear;
    private final int regions = AdminRegions.get().names().size();
    private final int types = EventType.values().length;
    private final int length = RunRecorder.yearlyLength();
    /** Per run, per year: the run's counts ({@link RunRecorder#yearlyIndex}). */
    private final List<int[][]> runs = new ArrayList<>();

    /**
     * @param startDate day 1 of the study
     * @param days      days simulated per run
     */
    public FatalitiesByYear(LocalDate startDate, int days) {
        LocalDate last = startDate.plusDays(days - 1L);
        this.firstYear = startDate.getYear();
        this.daysInYear = new int[last.getYear() - firstYear + 1];
        for (LocalDate d = startDate; !d.isAfter(last); d = d.plusDays(1)) {
            daysInYear[d.getYear() - firstYear]++;
        }
    }

    /** Adds one run's yearly counts (years outside the study are ignored). */
    public synchronized void add(SortedMap<Integer, int[]> yearly) {
        int[][] run = new int[daysInYear.length][];
        for (int y = 0; y < run.length; y++) {
            int[] c = yearly.get(firstYear + y);
            run[y] = c == null || c.length != length ? new int[length] : c.clone();
        }
        runs.add(run);
    }

    public synchronized int runs() {
        return runs.size();
    }

    /** The table, header first. */
    public synchronized String csv() {
        List<String> names = AdminRegions.get().names();
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        int n = runs.size();
        double[] fat = new double[n];
        double[] ev = new double[n];
        for (int y = 0; y < daysInYear.length; y++) {
            for (int r = 0; r <= regions; r++) {
                for (int t = 0; t <= types; t++) {
                    for (int i = 0; i < n; i++) {
                        int[] c = runs.get(i)[y];
                        long e = 0;
                        long f = 0;
                        for (int rr = r == regions ? 0 : r; rr < (r == regions ? regions : r + 1); rr++) {
                            for (int tt = t == types ? 0 : t; tt < (t == types ? types : t + 1); tt++) {
                                int at = RunRecorder.yearlyIndex(rr, tt);
                                e += c[at];
                                f += c[at + 1];
                            }
                        }
                        ev[i] = e;
                        fat[i] = f;
                    }
                    sb.append(firstYear + y).append(',').append(daysInYear[y]).append(',');
                    Csv.text(sb, r == regions ? "all" : names.get(r));
                    sb.append(',');
                    Csv.text(sb, t == types ? "all" : EventType.values()[t].label());
                    sb.append(',').append(n);
                    Stats.Description fd = Stats.describe(fat);
                    number(sb, fd.mean());
                    number(sb, n > 1 ? Math.max(0, fd.ci95Low()) : Double.NaN);
                    number(sb, fd.ci95High());
                    number(sb, Stats.percentile(fat, 10));
                    number(sb, Stats.percentile(fat, 50));
                    number(sb, Stats.percentile(fat, 90));
                    number(sb, Stats.describe(ev).mean());
                    number(sb, Stats.percentile(ev, 10));
                    number(sb, Stats.percentile(ev, 50));
                    number(sb, Stats.percentile(ev, 90));
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A comma and the value rounded to 2 decimals (empty when undefined). */
    private static void number(StringBuilder sb, double v) {
        sb.append(',');
        Csv.number(sb, Double.isNaN(v) || Double.isInfinite(v) ? Double.NaN : Math.round(v * 100) / 100.0);
    }
}
