package org.sahelsim.experiment.sweep;

import java.io.Serializable;
import java.util.List;
import org.sahelsim.core.Side;

/**
 * A named measure taken from every run of a sweep; one column of results.csv. Days are resolved
 * when the spec is loaded ({@code "final"} becomes the sweep's last day).
 */
public sealed interface OutputSpec extends Serializable {
    String name();

    /**
     * The sum of one or more daily metric columns at the end of {@code day}; with {@code cumulative}
     * the sum of their daily values from day 1 to {@code day} (e.g. all explosions of a campaign
     * from the per-day column {@code events_explosions}).
     */
    record Metric(String name, List<String> columns, int day, boolean cumulative) implements OutputSpec {
        public Metric {
            columns = List.copyOf(columns);
        }

        public Metric(String name, List<String> columns, int day) {
            this(name, columns, day, false);
        }
    }

    /**
     * The first day on which {@code side} controls {@code town}: 0 when it holds the town at the
     * start, and {@code days + 1} when it never takes it during the run (a right-censored value:
     * "not before the end").
     */
    record FirstControlDay(String name, String town, Side side) implements OutputSpec {}

    /** The number of events of an ACLED sub-event type (e.g. "Suicide bomb") from day 1 to the end of {@code day}. */
    record Events(String name, org.sahelsim.core.SubEventType subEventType, int day) implements OutputSpec {}

    /** 1 when {@code side} holds {@code town} at the end of {@code day}, else 0. */
    record Holds(String name, String town, Side side, int day) implements OutputSpec {}
}
