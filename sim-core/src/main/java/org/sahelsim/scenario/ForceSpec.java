package org.sahelsim.scenario;

import java.util.List;

/**
 * Initial (or deployed) strength of one faction at one place.
 *
 * @param faction  faction id (see {@code Faction})
 * @param town     town where the units start; or null when lat/lon are given
 * @param lat      latitude when not at a town
 * @param lon      longitude when not at a town
 * @param strength fighters (armed groups) or troops (forces), total over the units
 * @param units    number of units the strength is split into (default 1)
 * @param vehicles vehicles (technicals, armoured vehicles) over all the units; null = faction default
 * @param posture  armed groups: advance, hold, raid... (null = hold); see ODD
 * @param mission  forces: garrison, clear, withdraw (null = garrison; advance and patrol are refused by
 *                 validation: give an intent)
 * @param targets  refused by validation since issue 11 (an itinerary); kept so the loader can say so
 * @param intent   forces: what the commander is to achieve (issue 11); null = the faction's intent, or hold
 * @param mobility forces: "ground" (null) or "airborne": the unit is flown (parachuted or air-landed) from
 *                 the town it arrives at to the objective its commander chooses within transport range
 *                 (rules.Command), a capability history fixes, not a destination
 */
public record ForceSpec(
        String faction,
        String town,
        Double lat,
        Double lon,
        int strength,
        Integer units,
        Integer vehicles,
        String posture,
        String mission,
        List<String> targets,
        Intent intent,
        String mobility) {

    public ForceSpec {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A ground force (no mobility given). */
    public ForceSpec(String faction, String town, Double lat, Double lon, int strength, Integer units, Integer vehicles,
                     String posture, String mission, List<String> targets, Intent intent) {
        this(faction, town, lat, lon, strength, units, vehicles, posture, mission, targets, intent, null);
    }

    /** Whether the units are flown to their objectives (mobility airborne). */
    public boolean airborne() {
        return mobility != null && mobility.trim().equalsIgnoreCase("airborne");
    }

    public int unitsOrDefault() {
        return units == null ? 1 : units;
    }
}
