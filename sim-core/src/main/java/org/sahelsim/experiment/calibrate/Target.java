package org.sahelsim.experiment.calibrate;

import java.io.Serializable;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * A documented fact the calibration compares runs with. Every target yields one number a run
 * (see {@link TargetRecorder}); a particle's summary is its mean over the particle's
 * replications, and the target's contribution to the distance is (summary - value) / scale.
 *
 * <ul>
 *   <li>{@code CONTROL_DATE}: the first day (day 1 = the scenario's start) on which {@code side}
 *   takes {@code town} from another holder; {@code days + 1} when it never does within the run (a
 *   right-censored "not before the end"). {@code value} is the documented day.</li>
 *   <li>{@code EVENT_COUNT}: events of {@code subEventType} on days {@code fromDay..toDay}.</li>
 *   <li>{@code SHARE}: 1 when {@code side} holds {@code town} at the end of {@code toDay}, else 0;
 *   the mean over runs is a share.</li>
 * </ul>
 *
 * @param documented the fact as the spec states it (a date, or a number), for the outputs
 * @param heldOut    not used by the calibration: only compared with the posterior-predictive runs
 */
public record Target(String name, Kind kind, String town, Side side, SubEventType subEventType, int fromDay, int toDay,
                     double value, double scale, String documented, String source, boolean heldOut) implements Serializable {
    public enum Kind {
        CONTROL_DATE("controlDate"), EVENT_COUNT("eventCount"), SHARE("share");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind parse(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown target type '" + id + "'");
        }
    }

    /** The last day a run must reach for this target to be measured (a date target: its date plus a margin of 3 scales). */
    public int lastDayNeeded() {
        return kind == Kind.CONTROL_DATE ? (int) Math.ceil(value + 3 * scale) : toDay;
    }
}
