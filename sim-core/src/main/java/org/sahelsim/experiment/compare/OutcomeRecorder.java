package org.sahelsim.experiment.compare;

import java.time.LocalDate;
import java.util.Arrays;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.SubEventType;
import org.sahelsim.experiment.RunRecorder;
import org.sahelsim.experiment.RunResult;

/**
 * Listens to one run of a comparison. Control changes go to a {@link RunRecorder}, so that end
 * control and first government control mean exactly what they mean in {@code sahel run}'s
 * summary.json; daily metrics and event counts are kept here, as numbers rather than CSV rows.
 */
final class OutcomeRecorder implements RunListener {
    private final double[][] daily;
    private final RunRecorder towns;
    private final long[] counts = new long[SubEventType.values().length];
    private final long[] fatalities = new long[SubEventType.values().length];

    OutcomeRecorder(int run, long seed, int days) {
        daily = new double[days][];
        for (int d = 0; d < days; d++) {
            daily[d] = new double[MetricColumns.count()];
            Arrays.fill(daily[d], Double.NaN);
        }
        towns = new RunRecorder(run, seed, new int[] {days});
    }

    @Override
    public void onDay(int day, LocalDate date, double[] metrics) {
        if (metrics.length != MetricColumns.count()) {
            throw new IllegalStateException("the model reported " + metrics.length + " metrics on day " + day
                    + "; MetricColumns has " + MetricColumns.count());
        }
        if (day >= 1 && day <= daily.length) {
            // the listener contract lets the model reuse the array: copy it
            System.arraycopy(metrics, 0, daily[day - 1], 0, metrics.length);
        }
    }

    @Override
    public void onControlChange(ControlChange change) {
        towns.onControlChange(change);
    }

    @Override
    public void onEvent(ConflictEvent e) {
        counts[e.subEventType().ordinal()]++;
        fatalities[e.subEventType().ordinal()] += e.fatalities();
    }

    RunOutcome outcome() {
        RunResult r = towns.result();
        return new RunOutcome(daily, r.endControl(), r.firstGovernmentDay(), counts.clone(), fatalities.clone());
    }
}
