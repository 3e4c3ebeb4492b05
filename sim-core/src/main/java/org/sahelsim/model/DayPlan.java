package org.sahelsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * The day as data: the phases of the ODD's schedule ("Process overview and scheduling"), in
 * order, each named, tagged with the rules it runs, and put on MASON's schedule as its own
 * {@link Steppable} at its own ordering, so that one tick of the schedule is one day and MASON
 * (the Console, inspectors) sees every phase.
 */
public final class DayPlan {
    /** One phase of the day: a name, the rules it runs (R1..R21 or named parts) and what it does. */
    public record Phase(String name, List<String> rules, Runnable action) {}

    private final List<Phase> phases = new ArrayList<>();

    /** Adds the next phase of the day. */
    public DayPlan then(String name, List<String> rules, Runnable action) {
        phases.add(new Phase(name, List.copyOf(rules), action));
        return this;
    }

    public List<Phase> phases() {
        return Collections.unmodifiableList(phases);
    }

    /** Schedules every phase to repeat daily from time 0, phase i at ordering i. */
    public void schedule(Schedule schedule) {
        schedule(schedule, name -> { });
    }

    /**
     * Schedules every phase to repeat daily from time 0, phase i at ordering i; before each phase
     * runs, {@code beforePhase} hears its name (the model opens the phase's random stream there).
     */
    public void schedule(Schedule schedule, Consumer<String> beforePhase) {
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            schedule.scheduleRepeating(0.0, i, (Steppable) state -> {
                beforePhase.accept(p.name());
                p.action().run();
            }, 1.0);
        }
    }

    /** "1. name (R1, R2)" lines, for the GUI and the docs. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            out.add((i + 1) + ". " + p.name() + (p.rules().isEmpty() ? "" : " (" + String.join(", ", p.rules()) + ")"));
        }
        return out;
    }
}
