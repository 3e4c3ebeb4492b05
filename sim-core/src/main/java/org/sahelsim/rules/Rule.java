package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.World;

/**
 * One rule of the model (R1..R21 of the domain rules, or a named part such as arrivals), acting
 * on a {@link World}. A rule that answers scenario events names their types; {@link RuleSet}
 * hands it each one on its date, so a new event type touches the rule and the scenario format,
 * not the model.
 */
public interface Rule {
    /** The rule's id (R1..R21) or name. */
    String id();

    /** The types of scenario event this rule answers. */
    default List<Class<? extends ScenarioEvent>> events() {
        return List.of();
    }

    /** Answers a scenario event of one of {@link #events()}'s types on its date. */
    default void onEvent(World w, ScenarioEvent e) {
        throw new IllegalStateException(id() + " does not answer " + e.getClass().getSimpleName());
    }
}
