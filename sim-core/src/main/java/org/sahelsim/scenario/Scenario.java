package org.sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scenario as read from its JSON file (see docs/SCENARIOS.md and scenarios/scenario.schema.json).
 * Immutable; validated by {@code ScenarioLoader} before a model sees it.
 *
 * @param name        short id, the file name without .json (e.g. {@code serval-2013})
 * @param title       one-line description shown by {@code sahel list}
 * @param narrative   the question the scenario asks and how it is set up, citing the documents
 * @param sources     seed documents the scenario draws on (e.g. {@code "004"})
 * @param startDate   calendar date of day 1
 * @param days        default duration in days
 * @param forces      initial units by faction
 * @param control     initial control of towns: town name -> faction id; towns not listed are held by FAMA
 *                    when south of the front, otherwise by nobody (see ODD)
 * @param parameters  overrides of rule parameters, "rule.param" -> value
 * @param events      timed events, in date order
 * @param parameterChanges for a branch: parameter values that take effect on a date (its branch
 *                    date), over {@code parameters}; empty otherwise (see docs/SCENARIOS.md, "Branches")
 * @param bases       for a branch: the scenarios it extends, nearest first, with the SHA-256 of each
 *                    file (for manifests) and the date this one leaves it; empty otherwise
 * @param displacement displaced people at the start (internally displaced and refugees), with their source; null: none
 */
public record Scenario(
        String name,
        String title,
        String narrative,
        List<String> sources,
        LocalDate startDate,
        int days,
        List<ForceSpec> forces,
        Map<String, String> control,
        Map<String, Double> parameters,
        List<ScenarioEvent> events,
        List<ParameterChange> parameterChanges,
        List<Base> bases,
        DisplacementStock displacement) {

    /** Parameter values that take effect at the start of {@code date}, before that day's events. */
    public record ParameterChange(LocalDate date, Map<String, Double> values) {
        public ParameterChange {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /**
     * A scenario this one extends: its name, its file as resolved, the SHA-256 of that file, and
     * the date from which the extending scenario departs from it.
     */
    public record Base(String name, String file, String sha256, LocalDate branchDate) {}

    /** A scenario that extends no other, with nobody displaced at the start. */
    public Scenario(String name, String title, String narrative, List<String> sources, LocalDate startDate, int days,
                    List<ForceSpec> forces, Map<String, String> control, Map<String, Double> parameters,
                    List<ScenarioEvent> events) {
        this(name, title, narrative, sources, startDate, days, forces, control, parameters, events, List.of(), List.of(), null);
    }

    public Scenario {
        parameterChanges = parameterChanges == null ? List.of() : List.copyOf(parameterChanges);
        bases = bases == null ? List.of() : List.copyOf(bases);
        sources = sources == null ? List.of() : List.copyOf(sources);
        forces = forces == null ? List.of() : List.copyOf(forces);
        control = control == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(control));
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Whether this scenario is a branch of another (see docs/SCENARIOS.md, "Branches"). */
    public boolean isBranch() {
        return !bases.isEmpty();
    }

    /** The date of a day number (day 1 = startDate). */
    public LocalDate dateOf(int day) {
        return startDate.plusDays(day - 1L);
    }

    /** The day number of a date (startDate = day 1). */
    public int dayOf(LocalDate date) {
        return (int) (date.toEpochDay() - startDate.toEpochDay()) + 1;
    }
}
