package org.sahelsim.experiment;

import org.sahelsim.core.Presence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.EventType;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;

/**
 * Listens to one run and turns what it produces into a {@link RunResult}: CSV rows for the three
 * tables and the per-run numbers the summary needs. One recorder per run; not shared between
 * threads.
 */
public final class RunRecorder implements RunListener {
    private final int run;
    private final long seed;
    private final int[] summaryDays;
    private final String runPrefix;
    private final StringBuilder timeseries = new StringBuilder(1 << 14);
    private final StringBuilder towns = new StringBuilder(1 << 10);
    private final StringBuilder events = new StringBuilder(1 << 12);
    private final StringBuilder displacement = new StringBuilder(1 << 12);
    /** The last day's displaced people of a run whose rows are not recorded (its row is built once, at the end). */
    private int[] lastDisplaced;
    private int lastDisplacedDay;
    private LocalDate lastDisplacedDate;
    private final double[][] metricsAtDays;
    private final Map<String, Side> endControl = new LinkedHashMap<>();
    private final Map<String, Integer> firstGovernmentGain = new LinkedHashMap<>();
    private final Set<String> heldFromStart = new HashSet<>();
    private final Set<String> lostAfterStart = new HashSet<>();
    private double[] presence;
    private String[] dates = new String[0];
    private final boolean keepTimeseries;
    private final boolean keepEvents;
    private final OutputOptions.Aggregate aggregate;
    private final AdminRegions regions = AdminRegions.get();
    /** Aggregate table: key (period, place, type) to {events, fatalities}, in key order. */
    private final java.util.TreeMap<Long, int[]> aggregated = new java.util.TreeMap<>();
    private final java.util.TreeMap<Integer, String> periodLabels = new java.util.TreeMap<>();
    private final java.util.TreeMap<Integer, int[]> yearly = new java.util.TreeMap<>();
    private static final int TYPES = EventType.values().length;

    /**
     * @param summaryDays the days (sorted, ascending) at which the summary reports metrics
     */
    public RunRecorder(int run, long seed, int[] summaryDays) {
        this(run, seed, summaryDays, OutputOptions.EVERYTHING_PLAIN);
    }

    /**
     * @param summaryDays the days (sorted, ascending) at which the summary reports metrics
     * @param options     which tables record this run, and the aggregate table's period and place
     */
    public RunRecorder(int run, long seed, int[] summaryDays, OutputOptions options) {
        this.keepTimeseries = options.timeseries().includes(run);
        this.keepEvents = options.events().includes(run);
        this.aggregate = options.aggregate();
        this.run = run;
        this.seed = seed;
        this.summaryDays = summaryDays.clone();
        this.runPrefix = run + ",";
        this.metricsAtDays = new double[summaryDays.length][];
        for (int i = 0; i < summaryDays.length; i++) {
            metricsAtDays[i] = new double[MetricColumns.count()];
            Arrays.fill(metricsAtDays[i], Double.NaN);
        }
    }

    public int[] summaryDays() {
        return summaryDays.clone();
    }

    @Override
    public void onDay(int day, LocalDate date, double[] metrics) {
        if (metrics.length != MetricColumns.count()) {
            throw new IllegalStateException("the model reported " + metrics.length + " metrics on day " + day
                    + "; MetricColumns has " + MetricColumns.count());
        }
        if (keepTimeseries) {
            StringBuilder sb = timeseries;
            sb.append(runPrefix).append(day).append(',').append(dateString(day, date));
            for (double v : metrics) {
                sb.append(',');
                Csv.number(sb, v);
            }
            sb.append('\n');
        }
        int i = Arrays.binarySearch(summaryDays, day);
        if (i >= 0) {
            System.arraycopy(metrics, 0, metricsAtDays[i], 0, metrics.length);
        }
    }

    @Override
    public void onDisplaced(int day, LocalDate date, int[] peopleBySite) {
        if (!keepEvents) {
            // the run's rows are not recorded: only its last day, for the summary's map, written by result()
            lastDisplaced = lastDisplaced == null || lastDisplaced.length != peopleBySite.length
                    ? peopleBySite.clone() : lastDisplaced;
            System.arraycopy(peopleBySite, 0, lastDisplaced, 0, peopleBySite.length);
            lastDisplacedDay = day;
            lastDisplacedDate = date;
            return;
        }
        DisplacementTable.row(displacement, runPrefix + day + "," + dateString(day, date), peopleBySite);
    }

    @Override
    public void onControlChange(ControlChange c) {
        StringBuilder sb = towns;
        sb.append(runPrefix).append(c.day()).append(',').append(dateString(c.day(), c.date())).append(',');
        Csv.text(sb, c.town());
        sb.append(',').append(c.side().id()).append(',');
        if (c.faction() != null) {
            sb.append(c.faction().id());
        }
        sb.append('\n');
        Side before = endControl.put(c.town(), c.side());
        if (c.day() <= 0) {
            if (c.side() == Side.GOVERNMENT) {
                heldFromStart.add(c.town());
            }
        } else if (c.side() == Side.GOVERNMENT) {
            if (before != Side.GOVERNMENT) { // a handover between government forces is not a retaking
                firstGovernmentGain.putIfAbsent(c.town(), c.day());
            }
        } else {
            lostAfterStart.add(c.town());
        }
    }

    @Override
    public void onEvent(ConflictEvent e) {
        int type = e.eventType().ordinal();
        int region = regions.of(e.latitude(), e.longitude());
        int[] year = yearly.computeIfAbsent(e.date().getYear(), y -> new int[yearlyLength()]);
        int at = yearlyIndex(region, type);
        year[at]++;
        year[at + 1] += e.fatalities();
        if (aggregate.enabled()) {
            int period;
            if (aggregate.period() == OutputOptions.Aggregate.Period.DAY) {
                period = e.day() + 1; // day 0 exists (initial state): keep the key non-negative
                periodLabels.computeIfAbsent(period, p -> dateString(e.day(), e.date()));
            } else {
                period = e.date().getYear() * 12 + e.date().getMonthValue() - 1;
                periodLabels.computeIfAbsent(period, p -> e.date().toString().substring(0, 7));
            }
            long place = aggregate.unit() == OutputOptions.Aggregate.Unit.REGION ? region : e.priogridGid();
            int[] c = aggregated.computeIfAbsent(((long) period << 36) | (place << 4) | type, k -> new int[2]);
            c[0]++;
            c[1] += e.fatalities();
        }
        if (!keepEvents) {
            return;
        }
        StringBuilder sb = events;
        sb.append(runPrefix).append(e.day()).append(',').append(dateString(e.day(), e.date())).append(',');
        Csv.text(sb, e.eventType().label());
        sb.append(',');
        Csv.text(sb, e.subEventType().label());
        sb.append(',');
        Csv.text(sb, e.actor1());
        sb.append(',');
        Csv.text(sb, e.actor2());
        sb.append(',');
        Csv.coordinate(sb, e.latitude());
        sb.append(',');
        Csv.coordinate(sb, e.longitude());
        sb.append(',').append(e.priogridGid()).append(',').append(e.fatalities()).append(',');
        Csv.text(sb, e.notes());
        sb.append('\n');
    }

    public RunResult result() {
        if (lastDisplaced != null) {
            displacement.setLength(0);
            DisplacementTable.row(displacement, runPrefix + lastDisplacedDay + "," + dateString(lastDisplacedDay, lastDisplacedDate),
                    lastDisplaced);
        }
        return new RunResult(run, seed, timeseries.toString(), towns.toString(), events.toString(),
                metricsAtDays, endControl, firstGovernmentDay(), presence, aggregateRows(), yearly,
                displacement.toString());
    }

    /** Length of a year's array of {@link RunResult#yearly}: {events, fatalities} per region and type. */
    public static int yearlyLength() {
        return AdminRegions.get().names().size() * TYPES * 2;
    }

    /** Where the events of a region (index into {@link AdminRegions#names}) and type are; fatalities follow. */
    public static int yearlyIndex(int region, int type) {
        return (region * TYPES + type) * 2;
    }

    private String aggregateRows() {
        StringBuilder sb = new StringBuilder(aggregated.size() * 40);
        for (var en : aggregated.entrySet()) {
            long key = en.getKey();
            int period = (int) (key >>> 36);
            long place = (key >>> 4) & ((1L << 32) - 1);
            int type = (int) (key & 15);
            sb.append(runPrefix).append(periodLabels.get(period)).append(',');
            if (aggregate.unit() == OutputOptions.Aggregate.Unit.REGION) {
                Csv.text(sb, regions.names().get((int) place));
            } else {
                sb.append(place);
            }
            sb.append(',');
            Csv.text(sb, EventType.values()[type].label());
            sb.append(',').append(en.getValue()[0]).append(',').append(en.getValue()[1]).append('\n');
        }
        return sb.toString();
    }

    /**
     * The first day (1 or later) a town passed from a non-government side (or none) to the
     * government side; 0 for a town held from the start and never lost; absent when neither. So
     * Konna, held on day 0, lost and retaken, reports the day it was retaken, and a town handed
     * from one government force to another (FRANCE to AFISMA) is not retaken by the handover.
     */
    private Map<String, Integer> firstGovernmentDay() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String town : endControl.keySet()) {
            Integer gain = firstGovernmentGain.get(town);
            if (gain != null) {
                m.put(town, gain);
            } else if (heldFromStart.contains(town) && !lostAfterStart.contains(town)) {
                m.put(town, 0);
            }
        }
        return m;
    }

    /**
     * Adds jihadist fighters seen in a map cell ({@code y * MaliMap.WIDTH + x}) on one day; the
     * engine calls it once per day and cell, so the run's grid holds fighter-days.
     */
    @Override
    public boolean wantsPresence() {
        return true;
    }

    /** The map of where jihadist fighters stood, summed over the days (map.png). */
    @Override
    public void onPresence(int day, Presence presence) {
        presence.forEach(Side.JIHADIST, this::addPresence);
    }

    public void addPresence(int cell, double fighters) {
        if (presence == null) {
            presence = new double[MaliMap.WIDTH * MaliMap.HEIGHT];
        }
        presence[cell] += fighters;
    }

    /** ISO date of a day, cached: the same few hundred dates recur on every row. */
    private String dateString(int day, LocalDate date) {
        if (day < 0 || day > 100_000) {
            return date.toString();
        }
        if (day >= dates.length) {
            dates = Arrays.copyOf(dates, Math.max(day + 1, dates.length * 2));
        }
        String s = dates[day];
        if (s == null) {
            s = date.toString();
            dates[day] = s;
        }
        return s;
    }
}
