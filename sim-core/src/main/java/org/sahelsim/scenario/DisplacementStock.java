package org.sahelsim.scenario;

import java.time.LocalDate;
import java.util.Map;

/**
 * The displaced people at a scenario's start (its {@code displacement} block): public counts of
 * the date closest to the start, with their source. The model spreads them over origins (towns
 * held by armed groups at the start), camps (by capacity within each country) and host towns (see
 * the civilians submodel in docs/ODD.md).
 *
 * @param date      the date of the counts
 * @param source    where the counts come from
 * @param idps      internally displaced people
 * @param refugees  refugees by country of asylum (a country with camps on the map: Mauritania, Burkina Faso, Niger)
 */
public record DisplacementStock(LocalDate date, String source, int idps, Map<String, Integer> refugees) {
    public DisplacementStock {
        refugees = refugees == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refugees));
    }
}
