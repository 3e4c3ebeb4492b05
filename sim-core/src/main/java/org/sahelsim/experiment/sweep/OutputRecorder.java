package org.sahelsim.experiment.sweep;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;

/**
 * Listens to one run and takes the sweep's outputs from it (see {@link OutputSpec}). Control
 * changes of a day are assumed to arrive before that day's {@code onDay}, so "holds at day d"
 * means "at the end of day d". Values not reached (the run stopped early) stay NaN.
 */
public final class OutputRecorder implements RunListener {
    private final List<OutputSpec> outputs;
    private final int days;
    private final double[] values;
    private final int[][] columns;
    private final String[] towns;
    private final Map<String, Side> controller = new HashMap<>();

    public OutputRecorder(List<OutputSpec> outputs, int days) {
        this.outputs = outputs;
        this.days = days;
        this.values = new double[outputs.size()];
        this.columns = new int[outputs.size()][];
        this.towns = new String[outputs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.NaN;
            OutputSpec o = outputs.get(i);
            if (o instanceof OutputSpec.Metric m) {
                columns[i] = m.columns().stream().mapToInt(MetricColumns::indexOf).toArray();
            } else if (o instanceof OutputSpec.FirstControlDay f) {
                towns[i] = f.town(); // the map's own name, resolved by the spec loader
            } else if (o instanceof OutputSpec.Holds h) {
                towns[i] = h.town();
            }
        }
    }

    @Override
    public void onEvent(ConflictEvent event) {
        for (int i = 0; i < values.length; i++) {
            if (outputs.get(i) instanceof OutputSpec.Events e && e.subEventType() == event.subEventType()
                    && event.day() <= e.day()) {
                values[i] = Double.isNaN(values[i]) ? 1 : values[i] + 1;
            }
        }
    }

    @Override
    public void onControlChange(ControlChange change) {
        String town = change.town();
        controller.put(town, change.side());
        for (int i = 0; i < values.length; i++) {
            if (outputs.get(i) instanceof OutputSpec.FirstControlDay f && Double.isNaN(values[i])
                    && town.equals(towns[i]) && change.side() == f.side()) {
                values[i] = change.day();
            }
        }
    }

    @Override
    public void onDay(int day, LocalDate date, double[] metrics) {
        for (int i = 0; i < values.length; i++) {
            OutputSpec o = outputs.get(i);
            if (o instanceof OutputSpec.Metric m && m.cumulative() && day <= m.day()) {
                double sum = day == 1 || Double.isNaN(values[i]) ? 0 : values[i];
                for (int c : columns[i]) {
                    sum += metrics[c];
                }
                values[i] = sum;
            } else if (o instanceof OutputSpec.Metric m && m.day() == day) {
                double sum = 0;
                for (int c : columns[i]) {
                    sum += metrics[c];
                }
                values[i] = sum;
            } else if (o instanceof OutputSpec.Events e && day == 1 && Double.isNaN(values[i])) {
                values[i] = 0; // no event on day 1 (events of a day arrive before its onDay)
            } else if (o instanceof OutputSpec.Holds h && h.day() == day) {
                values[i] = controller.get(towns[i]) == h.side() ? 1 : 0;
            } else if (o instanceof OutputSpec.FirstControlDay && day == days && Double.isNaN(values[i])) {
                values[i] = days + 1; // never taken: censored at "after the last day"
            }
        }
    }

    /** The outputs in spec order. */
    public double[] values() {
        return values.clone();
    }
}
