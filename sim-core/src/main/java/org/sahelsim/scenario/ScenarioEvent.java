package org.sahelsim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * A timed event of a scenario. The JSON property {@code type} selects the kind. Rules respond to
 * these events; they are the only way a scenario changes the situation after day 1.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScenarioEvent.Deploy.class, name = "deploy"),
    @JsonSubTypes.Type(value = ScenarioEvent.AirCampaign.class, name = "airCampaign"),
    @JsonSubTypes.Type(value = ScenarioEvent.Handover.class, name = "handover"),
    @JsonSubTypes.Type(value = ScenarioEvent.Withdrawal.class, name = "withdrawal"),
    @JsonSubTypes.Type(value = ScenarioEvent.Talks.class, name = "talks"),
    @JsonSubTypes.Type(value = ScenarioEvent.Ceasefire.class, name = "ceasefire"),
    @JsonSubTypes.Type(value = ScenarioEvent.Realignment.class, name = "realignment"),
    @JsonSubTypes.Type(value = ScenarioEvent.Restriction.class, name = "restriction"),
    @JsonSubTypes.Type(value = ScenarioEvent.NewIntent.class, name = "intent"),
    @JsonSubTypes.Type(value = ScenarioEvent.Split.class, name = "split"),
    @JsonSubTypes.Type(value = ScenarioEvent.Merge.class, name = "merge")
})
public sealed interface ScenarioEvent {
    LocalDate date();

    /** Free text shown in notes and the GUI; should cite the document. */
    String note();

    /** Units of a faction arrive (intervention starts, reinforcements). R9, R11, R12. */
    record Deploy(LocalDate date, String note, ForceSpec force) implements ScenarioEvent {}

    /** Air sorties per day flown by a faction from a base (town name or "N'Djamena"); 0 stops it. R3. */
    record AirCampaign(LocalDate date, String note, String faction, String base, double sortiesPerDay)
            implements ScenarioEvent {}

    /** One faction hands the listed towns (empty = all it garrisons) to another and redeploys. R11. */
    record Handover(LocalDate date, String note, String from, String to, List<String> towns)
            implements ScenarioEvent {
        public Handover {
            towns = towns == null ? List.of() : List.copyOf(towns);
        }
    }

    /** A faction withdraws a fraction of its strength (1 = all, and its air campaign). R21. */
    record Withdrawal(LocalDate date, String note, String faction, Double fraction) implements ScenarioEvent {
        public double fractionOrAll() {
            return fraction == null ? 1.0 : fraction;
        }
    }

    /**
     * Talks open between parties. With {@code suspendHunt}, intervention forces stop targeting
     * the leaders and units of parties in talks (document 003). R20.
     */
    record Talks(LocalDate date, String note, List<String> parties, Boolean suspendHunt) implements ScenarioEvent {
        public Talks {
            parties = parties == null ? List.of() : List.copyOf(parties);
        }
    }

    /**
     * A ceasefire between parties, optionally local to towns (e.g. Niono 2021), lasting until it
     * collapses (a daily hazard raised by violations in its area, or at once on a breach: R20) or
     * {@code days} have passed. A local agreement may trade {@code concessions} (001, Niono): what
     * the group gives ({@code liftSiege}, {@code allowPatrols}) and what the state side gives
     * ({@code stopHunting}, {@code acceptGroupRule}). R20.
     */
    record Ceasefire(LocalDate date, String note, List<String> parties, List<String> towns, Integer days, List<String> concessions)
            implements ScenarioEvent {
        public Ceasefire {
            parties = parties == null ? List.of() : List.copyOf(parties);
            towns = towns == null ? List.of() : List.copyOf(towns);
            concessions = concessions == null ? List.of() : List.copyOf(concessions);
        }

        /** A ceasefire with no terms beyond the calm. */
        public Ceasefire(LocalDate date, String note, List<String> parties, List<String> towns, Integer days) {
            this(date, note, parties, towns, days, null);
        }
    }

    /** A faction changes side (government, jihadist, separatist) or becomes hostile to another. R16. */
    record Realignment(LocalDate date, String note, String faction, String side, List<String> hostileTo)
            implements ScenarioEvent {
        public Realignment {
            hostileTo = hostileTo == null ? List.of() : List.copyOf(hostileTo);
        }
    }

    /**
     * Where a faction may not go: named map regions and towns (R12, e.g. FAMA kept south of the
     * Niger valley, Chad polices Kidal). {@code lift = true} removes the faction's restriction.
     */
    record Restriction(LocalDate date, String note, String faction, List<String> forbiddenRegions,
                       List<String> forbiddenTowns, Boolean lift) implements ScenarioEvent {
        public Restriction {
            forbiddenRegions = forbiddenRegions == null ? List.of() : List.copyOf(forbiddenRegions);
            forbiddenTowns = forbiddenTowns == null ? List.of() : List.copyOf(forbiddenTowns);
        }
    }

    /**
     * A faction's units receive a new intent (issue 11: a dated decision, e.g. France and Chad
     * "clear tigharghar" in late February 2013, 004 l.47). With {@code strength}, only that many
     * troops (its units nearest the intent's place, whole units) take it; the others keep theirs.
     */
    record NewIntent(LocalDate date, String note, String faction, Intent intent, Integer strength) implements ScenarioEvent {}

    /**
     * Fighters of one armed group break away as another (e.g. the IMA from Ansar Dine near Kidal,
     * January 24, 2013: 000 l.7, 004 note 27), taken from the units of {@code from} nearest the
     * town {@code near}, wherever they are that day. R16.
     */
    record Split(LocalDate date, String note, String from, String to, int strength, String near) implements ScenarioEvent {}

    /**
     * Factions merge into another, or a force changes its banner: from that day every unit of the
     * listed factions is a unit of {@code into}, where it stands and as it is, and the towns they
     * hold are held by {@code into} (e.g. AQIM, Ansar Dine and al-Mourabitoun founding JNIM on
     * March 2, 2017; AFISMA's troops becoming MINUSMA on July 1, 2013). Nothing else changes:
     * strength, places and control sides stay as the rules made them.
     */
    record Merge(LocalDate date, String note, List<String> factions, String into) implements ScenarioEvent {
        public Merge {
            factions = factions == null ? List.of() : List.copyOf(factions);
        }
    }
}
