package org.sahelsim.rules;

import java.util.List;

/**
 * One rule of the model (R1..R21 of the domain rules, or a named part such as arrivals), acting
 * on a {@code World}. A rule that answers scenario events lists its {@link EventHandler}s; {@link RuleSet}
 * hands it each one on its date, so a new event type touches the rule and the scenario format,
 * not the model.
 */
public interface Rule {
    /** The rule's id (R1..R21) or name. */
    String id();

    /** The scenario events this rule answers, each with what it does on the event's date. */
    default List<EventHandler<?>> handlers() {
        return List.of();
    }
}
