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
        DisplacementStock displacement) {

    /** A scenario with nobody displaced at the start. */
    public Scenario(String name, String title, String narrative, List<String> sources, LocalDate startDate, int days,
            List<ForceSpec> forces, Map<String, String> control, Map<String, Double> parameters, List<ScenarioEvent> events) {
        this(name, title, narrative, sources, startDate, days, forces, control, parameters, events, null);
    }

    public Scenario {
        sources = sources == null ? List.of() : List.copyOf(sources);
        forces = forces == null ? List.of() : List.copyOf(forces);
        control = control == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(control));
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        events = events == null ? List.of() : List.copyOf(events);
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
