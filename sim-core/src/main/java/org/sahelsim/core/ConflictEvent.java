package org.sahelsim.core;

import java.time.LocalDate;

/**
 * One significant happening, in the vocabulary of ACLED. Actors are faction ids
 * ({@link Faction#id()}) or {@code CIVILIANS}; actor2 may be empty.
 */
public record ConflictEvent(
        int day,
        LocalDate date,
        SubEventType subEventType,
        String actor1,
        String actor2,
        double latitude,
        double longitude,
        int priogridGid,
        int fatalities,
        String notes) {

    public EventType eventType() {
        return subEventType.type();
    }
}
