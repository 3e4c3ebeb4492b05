package org.sahelsim.experiment;

import java.util.Map;
import org.sahelsim.core.Side;

/**
 * Everything the writers and statistics need from one finished run: its rows already formatted
 * as CSV (formatting happens on the worker threads) and the few numbers the summary needs.
 *
 * @param run                 0-based run index
 * @param seed                the run's seed ({@link Seeds#forRun})
 * @param timeseriesRows      rows of timeseries.csv, each ending with a newline
 * @param townRows            rows of towns.csv
 * @param eventRows           rows of events.csv
 * @param metricsAtDays       metrics at each summary day ({@link RunRecorder#summaryDays()} order); NaN when the run did not reach it
 * @param endControl          side controlling each town at the end of the run, in first-seen order
 * @param firstGovernmentDay  first day (from 1) each town came or came back under government control; 0 = held from the start and never lost; absent = neither
 * @param presence            jihadist fighter-days by map cell (index y * MaliMap.WIDTH + x) over the run; null when none were reported
 * @param aggregateRows       rows of the aggregate table (events by period, place and type); empty when not recorded
 * @param yearly              by calendar year: events and deaths by region and event type ({@link RunRecorder#yearlyIndex}); years without events absent
 * @param displacementRows    rows of displacement.csv ({@link DisplacementTable}); null when none
 */
public record RunResult(
        int run,
        long seed,
        String timeseriesRows,
        String townRows,
        String eventRows,
        double[][] metricsAtDays,
        Map<String, Side> endControl,
        Map<String, Integer> firstGovernmentDay,
        double[] presence,
        String aggregateRows,
        java.util.SortedMap<Integer, int[]> yearly,
        String displacementRows) implements java.io.Serializable {

    /** A run without the aggregate table, yearly counts and displacement rows. */
    public RunResult(int run, long seed, String timeseriesRows, String townRows, String eventRows, double[][] metricsAtDays,
                     Map<String, Side> endControl, Map<String, Integer> firstGovernmentDay, double[] presence) {
        this(run, seed, timeseriesRows, townRows, eventRows, metricsAtDays, endControl, firstGovernmentDay, presence, "",
                new java.util.TreeMap<>(), null);
    }
}
