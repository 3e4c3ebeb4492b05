package org.sahelsim.core;

import java.time.LocalDate;

/** A town changing hands; day 0 rows give the initial control. faction is null when side is NONE. */
public record ControlChange(int day, LocalDate date, String town, Side side, Faction faction) {}
