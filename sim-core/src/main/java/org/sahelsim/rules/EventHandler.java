package org.sahelsim.rules;

import java.util.function.BiConsumer;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.World;

/** What a rule does with one type of scenario event on its date. */
public record EventHandler<E extends ScenarioEvent>(Class<E> type, BiConsumer<World, E> action) {
    public static <E extends ScenarioEvent> EventHandler<E> on(Class<E> type, BiConsumer<World, E> action) {
        return new EventHandler<>(type, action);
    }

    boolean handles(ScenarioEvent e) {
        return type.isInstance(e);
    }

    void handle(World w, ScenarioEvent e) {
        action.accept(w, type.cast(e));
    }
}
