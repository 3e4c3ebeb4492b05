package org.sahelsim.core;

import java.time.LocalDate;

/**
 * Receives what one run produces, in order. Implementations must not keep {@code metrics}
 * after the call returns: the array may be reused.
 */
public interface RunListener {
    default void onEvent(ConflictEvent event) {}

    default void onControlChange(ControlChange change) {}

    /** Called at the end of every day (day 1 is the scenario's start date) with values in {@link MetricColumns} order. */
    default void onDay(int day, LocalDate date, double[] metrics) {}

    /**
     * Called after {@link #onDay} with the displaced people staying at each site: the map's towns
     * (internally displaced people) then the camps abroad (refugees), in map order. Valid during the call only.
     */
    default void onDisplaced(int day, LocalDate date, int[] peopleBySite) {}

    /** Whether this listener wants {@link #onPresence} each day (it costs a pass over the units). */
    default boolean wantsPresence() {
        return false;
    }

    /** Called after {@link #onDay} when {@link #wantsPresence()}: where each side's men stand. Valid during the call only. */
    default void onPresence(int day, Presence presence) {}
}
