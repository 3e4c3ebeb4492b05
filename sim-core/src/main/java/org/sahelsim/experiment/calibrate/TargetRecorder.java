package org.sahelsim.experiment.calibrate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;

/**
 * Listens to one run and measures every target (see {@link Target}). Control changes of a day
 * arrive before that day's {@code onDay}, so a share "at a date" is read at the end of that day.
 */
public final class TargetRecorder implements RunListener {
    private final List<Target> targets;
    private final int days;
    private final double[] values;
    private final Map<String, Side> holder = new HashMap<>();

    public TargetRecorder(List<Target> targets, int days) {
        this.targets = targets;
        this.days = days;
        this.values = new double[targets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = targets.get(i).kind() == Target.Kind.EVENT_COUNT ? 0 : Double.NaN;
        }
    }

    @Override
    public void onControlChange(ControlChange change) {
        Side before = holder.put(change.town(), change.side());
        if (change.day() < 1) {
            return; // the initial control
        }
        for (int i = 0; i < values.length; i++) {
            Target t = targets.get(i);
            if (t.kind() == Target.Kind.CONTROL_DATE && Double.isNaN(values[i]) && change.side() == t.side()
                    && before != t.side() && change.town().equals(t.town())) {
                values[i] = change.day();
            }
        }
    }

    @Override
    public void onEvent(ConflictEvent event) {
        for (int i = 0; i < values.length; i++) {
            Target t = targets.get(i);
            if (t.kind() == Target.Kind.EVENT_COUNT && event.subEventType() == t.subEventType()
                    && event.day() >= t.fromDay() && event.day() <= t.toDay()) {
                values[i]++;
            }
        }
    }

    @Override
    public void onDay(int day, LocalDate date, double[] metrics) {
        for (int i = 0; i < values.length; i++) {
            Target t = targets.get(i);
            if (t.kind() == Target.Kind.SHARE && t.toDay() == day) {
                values[i] = holder.get(t.town()) == t.side() ? 1 : 0;
            }
        }
        if (day == days) {
            for (int i = 0; i < values.length; i++) {
                if (targets.get(i).kind() == Target.Kind.CONTROL_DATE && Double.isNaN(values[i])) {
                    values[i] = days + 1; // never within the run: censored at "after the last day"
                }
            }
        }
    }

    /** The measures in target order (NaN: a share whose day the run did not reach). */
    public double[] values() {
        return values.clone();
    }
}
