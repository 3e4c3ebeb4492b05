package org.sahelsim.experiment.compare;

import java.util.Map;
import org.sahelsim.core.Side;

/**
 * What a comparison keeps of one run: the daily metrics and, per town and per ACLED sub-event
 * type, the few numbers its tables need. The run's own tables (events, towns) are not kept.
 *
 * @param daily              metrics of day d at index d-1, in MetricColumns order; NaN for days the run did not reach
 * @param endControl         side holding each town at the end, in first-seen order
 * @param firstGovernmentDay first day (from 1) a town came or came back under government control;
 *                           0 = held from the start and never lost; absent = neither (as in summary.json)
 * @param eventCounts        events of each SubEventType (by ordinal) over the run
 * @param fatalities         deaths in the events of each SubEventType (by ordinal) over the run
 */
public record RunOutcome(double[][] daily, Map<String, Side> endControl, Map<String, Integer> firstGovernmentDay,
                         long[] eventCounts, long[] fatalities) {}
