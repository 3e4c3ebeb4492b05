package org.sahelsim.scenario;

import org.sahelsim.core.ParameterCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Parameters;

/**
 * The checks of a scenario that a JSON Schema cannot express: towns, regions and positions exist
 * on the map, event dates are ordered and fall inside the scenario, parameter overrides are known
 * and in range, fields that only make sense for one kind of faction. Works on the raw tree so
 * that it can report alongside schema problems; a value of the wrong type is skipped here
 * because the schema has already reported it.
 */
final class SemanticChecks {
    static final LocalDate EARLIEST_START = LocalDate.of(2010, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(2030, 12, 31);
    /**
     * Air bases outside Mali that scenarios may name (document 004: sorties from N'Djamena); the
     * model knows their coordinates (a test runs the model from each).
     */
    private final Geography geography;
    private final ScenarioLoader.Problems problems;
    private final String fileName;

    private final ParameterCatalog catalog;

    SemanticChecks(Geography geography, ParameterCatalog catalog, ScenarioLoader.Problems problems, String fileName) {
        this.catalog = catalog;
        this.geography = geography;
        this.problems = problems;
        this.fileName = fileName;
    }

    void check(JsonNode root) {
        check(root, null);
    }

    /**
     * @param base for a branch (a tree with 'extends'), the scenario it extends as loaded; null
     *             when it could not be loaded (a problem says why) or for a scenario of its own
     */
    void check(JsonNode root, Scenario base) {
        if (!root.isObject()) {
            return; // the schema reports it
        }
        checkName(root.get("name"));
        boolean branch = root.has(Branching.EXTENDS);
        LocalDate start;
        LocalDate branchDate = null;
        JsonNode daysNode = root.get("days");
        Integer days = daysNode != null && daysNode.canConvertToInt() && daysNode.isIntegralNumber() ? daysNode.intValue() : null;
        if (branch) {
            for (String own : new String[] {"startDate", "forces", "control"}) {
                if (root.has(own)) {
                    problems.add("/" + own, "a branch takes '" + own + "' from the scenario it extends (expected no '"
                            + own + "' next to 'extends'; see docs/SCENARIOS.md, Branches)");
                }
            }
            start = base == null ? null : base.startDate();
            if (days == null && base != null) {
                days = base.days();
            }
            branchDate = date(root.get(Branching.BRANCH_DATE), "/" + Branching.BRANCH_DATE);
            if (branchDate != null && start != null) {
                LocalDate end = days == null ? null : start.plusDays(days - 1L);
                if (!branchDate.isAfter(start)) {
                    problems.add("/" + Branching.BRANCH_DATE, "branch date " + branchDate + " is not after the start of '"
                            + base.name() + "' (expected a date after " + start + ", so that the branch shares a past with it)");
                } else if (end != null && branchDate.isAfter(end)) {
                    problems.add("/" + Branching.BRANCH_DATE, "branch date " + branchDate + " is after the branch ends (expected "
                            + end + " or earlier: the base's startDate + days - 1)");
                }
            }
            Branching.checkDrops(root, base, branchDate, problems, this::date);
        } else {
            start = date(root.get("startDate"), "/startDate");
            if (start != null && (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START))) {
                problems.add("/startDate", "start date " + start + " is outside the period the model covers (expected "
                        + EARLIEST_START + " to " + LATEST_START + ")");
            }
        }

        JsonNode forces = root.get("forces");
        if (forces != null && forces.isArray()) {
            for (int i = 0; i < forces.size(); i++) {
                checkForce(forces.get(i), "/forces/" + i);
            }
        }
        JsonNode control = root.get("control");
        if (control != null && control.isObject()) {
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            for (Iterator<String> it = control.fieldNames(); it.hasNext(); ) {
                String town = it.next();
                String at = "/control/" + JsonLocations.escape(town);
                checkTown(town, at);
                String canonical = geography.canonicalTown(town);
                String first = canonical == null ? null : seen.putIfAbsent(canonical, town);
                if (first != null) {
                    problems.add(at, "town '" + town + "' is given twice (also as '" + first
                            + "'; names match whatever their case, accents and spelling): expected each town once");
                }
            }
        }
        checkParameters(root.get("parameters"));
        checkEvents(root.get("events"), start, days, branchDate);
    }

    private void checkName(JsonNode name) {
        if (name == null || !name.isTextual() || fileName == null || !fileName.endsWith(".json")) {
            return;
        }
        String expected = fileName.substring(0, fileName.length() - ".json".length());
        if (!name.asText().equals(expected)) {
            problems.add("/name", "name '" + name.asText() + "' differs from the file name (expected '" + expected
                    + "', the file name without .json, so that results and listings match the file)");
        }
    }

    private void checkParameters(JsonNode parameters) {
        if (parameters == null || !parameters.isObject()) {
            return;
        }
        Parameters defaults = catalog.defaults();
        for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                continue;
            }
            try {
                defaults.with(e.getKey(), e.getValue().doubleValue());
            } catch (IllegalArgumentException ex) {
                problems.add("/parameters/" + JsonLocations.escape(e.getKey()), ex.getMessage());
            }
        }
    }

    private void checkEvents(JsonNode events, LocalDate start, Integer days, LocalDate branchDate) {
        if (events == null || !events.isArray()) {
            return;
        }
        LocalDate previous = null;
        LocalDate end = start != null && days != null && days >= 1 ? start.plusDays(days - 1L) : null;
        for (int i = 0; i < events.size(); i++) {
            JsonNode ev = events.get(i);
            String at = "/events/" + i;
            if (!ev.isObject()) {
                continue;
            }
            LocalDate date = date(ev.get("date"), at + "/date");
            if (date != null) {
                if (branchDate != null && date.isBefore(branchDate)) {
                    problems.add(at + "/date", "event date " + date + " is before the branch date " + branchDate
                            + " (expected " + branchDate + " or later: a branch changes nothing before it)");
                } else if (start != null && date.isBefore(start)) {
                    problems.add(at + "/date", "event date " + date + " is before the scenario starts (expected "
                            + start + " or later)");
                } else if (end != null && date.isAfter(end)) {
                    problems.add(at + "/date", "event date " + date + " is after the scenario ends (expected "
                            + end + " or earlier: startDate + days - 1)");
                }
                if (previous != null && date.isBefore(previous)) {
                    problems.add(at + "/date", "event date " + date + " is before the previous event's " + previous
                            + " (expected events in date order)");
                } else {
                    previous = date;
                }
            }
            String type = text(ev.get("type"));
            if (type == null) {
                continue;
            }
            switch (type) {
                case "deploy" -> {
                    JsonNode force = ev.get("force");
                    if (force != null && force.isObject()) {
                        checkForce(force, at + "/force");
                    }
                }
                case "airCampaign" -> {
                    Faction f = faction(ev.get("faction"));
                    if (f != null && f.isArmedGroup()) {
                        problems.add(at + "/faction", f.id() + " is an armed group and flies no sorties (expected a force: "
                                + forces() + ")");
                    }
                    String base = text(ev.get("base"));
                    if (base != null && !geography.hasAirBase(base) && !geography.hasTown(base)) {
                        problems.add(at + "/base", "unknown air base '" + base + "' (expected a town of the map or one of "
                                + String.join(", ", geography.airBaseNames()) + hint(base) + ")");
                    }
                }
                case "handover" -> {
                    String from = text(ev.get("from"));
                    if (from != null && from.equals(text(ev.get("to")))) {
                        problems.add(at + "/to", "a faction cannot hand over to itself (expected 'to' different from 'from')");
                    }
                    checkTowns(ev.get("towns"), at + "/towns");
                }
                case "ceasefire" -> {
                    checkTowns(ev.get("towns"), at + "/towns");
                    if (nonEmpty(ev.get("concessions"))) {
                        if (!nonEmpty(ev.get("towns"))) {
                            problems.add(at + "/concessions", "concessions are the terms of a local agreement (expected 'towns' naming its area)");
                        }
                        boolean group = false;
                        boolean force = false;
                        JsonNode parties = ev.get("parties");
                        if (parties != null && parties.isArray()) {
                            for (JsonNode n : parties) {
                                Faction f = faction(n);
                                group |= f != null && f.isArmedGroup();
                                force |= f != null && !f.isArmedGroup();
                            }
                            if (!group || !force) {
                                problems.add(at + "/parties", "an agreement with concessions is traded between an armed group and a force"
                                        + " (expected at least one of each among the parties)");
                            }
                        }
                    }
                }
                case "split" -> {
                    String from = text(ev.get("from"));
                    if (from != null && from.equals(text(ev.get("to")))) {
                        problems.add(at + "/to", "a group cannot split into itself (expected 'to' different from 'from')");
                    }
                    for (String k : new String[] {"from", "to"}) {
                        Faction f = faction(ev.get(k));
                        if (f != null && !f.isArmedGroup()) {
                            problems.add(at + "/" + k, f.id() + " is a force (expected an armed group)");
                        }
                    }
                    String near = text(ev.get("near"));
                    if (near != null) {
                        checkTown(near, at + "/near");
                    }
                }
                case "merge" -> {
                    Faction into = faction(ev.get("into"));
                    JsonNode from = ev.get("factions");
                    if (into != null && from != null && from.isArray()) {
                        for (int k = 0; k < from.size(); k++) {
                            Faction f = faction(from.get(k));
                            if (f == into) {
                                problems.add(at + "/factions/" + k, "a faction cannot merge into itself (expected factions other than 'into')");
                            } else if (f != null && f.isArmedGroup() != into.isArmedGroup()) {
                                problems.add(at + "/factions/" + k, f.id() + (f.isArmedGroup() ? " is an armed group" : " is a force")
                                        + " and " + into.id() + (into.isArmedGroup() ? " an armed group" : " a force")
                                        + " (expected factions of the same kind as 'into')");
                            }
                        }
                    }
                }
                case "intent" -> {
                    Faction f = faction(ev.get("faction"));
                    if (f != null && f.isArmedGroup()) {
                        problems.add(at + "/faction", f.id() + " is an armed group: its columns follow R1 (expected a force: " + forces() + ")");
                    }
                    JsonNode intent = ev.get("intent");
                    if (intent != null && intent.isObject()) {
                        checkIntent(intent, at + "/intent");
                    }
                }
                case "realignment" -> {
                    String faction = text(ev.get("faction"));
                    JsonNode hostile = ev.get("hostileTo");
                    if (faction != null && hostile != null && hostile.isArray()) {
                        for (int k = 0; k < hostile.size(); k++) {
                            if (faction.equals(hostile.get(k).asText())) {
                                problems.add(at + "/hostileTo/" + k, "a faction cannot be hostile to itself");
                            }
                        }
                    }
                    if (!ev.has("side") && (hostile == null || hostile.isEmpty())) {
                        problems.add(at, "a realignment changes nothing (expected 'side' or a non-empty 'hostileTo')");
                    }
                }
                case "restriction" -> {
                    checkTowns(ev.get("forbiddenTowns"), at + "/forbiddenTowns");
                    JsonNode regions = ev.get("forbiddenRegions");
                    if (regions != null && regions.isArray()) {
                        for (int k = 0; k < regions.size(); k++) {
                            String r = text(regions.get(k));
                            if (r != null && !geography.hasRegion(r)) {
                                problems.add(at + "/forbiddenRegions/" + k, "unknown map region '" + r
                                        + "' (expected one of: " + String.join(", ", geography.regionIds()) + ")");
                            }
                        }
                    }
                    boolean lift = ev.path("lift").asBoolean(false);
                    boolean forbidsSomething = nonEmpty(regions) || nonEmpty(ev.get("forbiddenTowns"));
                    if (lift && forbidsSomething) {
                        problems.add(at + "/lift", "lift removes the faction's restriction (expected no forbiddenRegions or forbiddenTowns with it)");
                    } else if (!lift && !forbidsSomething) {
                        problems.add(at, "a restriction forbids nothing (expected forbiddenRegions or forbiddenTowns, or lift: true)");
                    }
                }
                default -> {
                    // withdrawal, talks: fully described by the schema
                }
            }
        }
    }

    private void checkForce(JsonNode force, String at) {
        if (!force.isObject()) {
            return;
        }
        boolean hasTown = force.has("town");
        boolean hasLat = force.has("lat");
        boolean hasLon = force.has("lon");
        if (hasTown && (hasLat || hasLon)) {
            problems.add(at + (hasLat ? "/lat" : "/lon"), "give either 'town' or 'lat'/'lon', not both");
        } else if (!hasTown && !hasLat && !hasLon) {
            problems.add(at, "no place given (expected 'town', or 'lat' and 'lon')");
        } else if (!hasTown && hasLat != hasLon) {
            problems.add(at + (hasLat ? "/lat" : "/lon"), "'lat' and 'lon' go together (expected both)");
        }
        String town = text(force.get("town"));
        if (town != null) {
            checkTown(town, at + "/town");
        }
        JsonNode lat = force.get("lat");
        JsonNode lon = force.get("lon");
        if (lat != null && lon != null && lat.isNumber() && lon.isNumber()
                && !geography.onGrid(lat.doubleValue(), lon.doubleValue())) {
            problems.add(at + "/lat", "position (" + lat.doubleValue() + ", " + lon.doubleValue()
                    + ") is off the map grid (expected a latitude/longitude in Mali or its borderlands)");
        }
        JsonNode strength = force.get("strength");
        JsonNode units = force.get("units");
        if (strength != null && units != null && strength.isIntegralNumber() && units.isIntegralNumber()
                && units.longValue() > strength.longValue()) {
            problems.add(at + "/units", units.longValue() + " units for a strength of " + strength.longValue()
                    + " (expected at most one unit per fighter or troop)");
        }
        Faction f = faction(force.get("faction"));
        if (f != null) {
            if (f.isArmedGroup() && force.has("mission")) {
                problems.add(at + "/mission", f.id() + " is an armed group (expected 'posture', not 'mission')");
            }
            if (!f.isArmedGroup() && force.has("posture")) {
                problems.add(at + "/posture", f.id() + " is a force (expected 'mission', not 'posture')");
            }
        }
        JsonNode targets = force.get("targets");
        if (targets != null) {
            String example = f != null && f.isArmedGroup()
                    ? "drop 'targets' and keep \"posture\": \"advance\": R1 chooses the town the column attacks"
                    : "give the force or its faction an intent, e.g. \"intent\": {\"type\": \"reconquer\", \"regions\": [\"Tombouctou\"]}, and the commander chooses the towns";
            problems.add(at + "/targets", "an ordered list of target towns is an itinerary; the model no longer follows itineraries (issue 11): "
                    + example + " (docs/SCENARIOS.md#intents)");
        }
        String mission = text(force.get("mission"));
        if (mission != null && (mission.equals("advance") || mission.equals("patrol"))) {
            problems.add(at + "/mission", "mission '" + mission + "' drove a force along a list of towns, which the model no longer does (issue 11): "
                    + "give an intent instead, e.g. \"intent\": {\"type\": \"" + (mission.equals("advance") ? "reconquer\", \"regions\": [\"Gao\"]" : "defend\", \"towns\": [\"Konna\"]")
                    + "} (docs/SCENARIOS.md#intents)");
        }
        JsonNode intent = force.get("intent");
        if (intent != null && intent.isObject()) {
            if (f != null && f.isArmedGroup()) {
                problems.add(at + "/intent", f.id() + " is an armed group: its columns follow R1 (expected 'posture')");
            }
            checkIntent(intent, at + "/intent");
        }
    }

    /** Regions, towns and the supported faction of an intent. */
    private void checkIntent(JsonNode intent, String at) {
        String type = text(intent.get("type"));
        JsonNode regions = intent.get("regions");
        if (regions != null && regions.isArray()) {
            for (int k = 0; k < regions.size(); k++) {
                String r = text(regions.get(k));
                if (r != null && !geography.hasRegion(r) && !geography.adminRegions().contains(r)) {
                    problems.add(at + "/regions/" + k, "unknown region '" + r + "' (expected an administrative region of the map's towns: "
                            + String.join(", ", geography.adminRegions()) + "; or a map region: " + String.join(", ", geography.regionIds()) + ")");
                }
            }
        }
        checkTowns(intent.get("towns"), at + "/towns");
        if ("support".equals(type) && faction(intent.get("with")) == null) {
            problems.add(at, "a 'support' intent needs 'with': the faction it follows (e.g. \"with\": \"FRANCE\")");
        }
        if ("clear".equals(type) && !nonEmpty(regions) && !nonEmpty(intent.get("towns"))) {
            problems.add(at, "a 'clear' intent needs 'regions' (e.g. [\"tigharghar\"]) or 'towns'");
        }
    }

    private void checkTowns(JsonNode towns, String at) {
        if (towns == null || !towns.isArray()) {
            return;
        }
        for (int k = 0; k < towns.size(); k++) {
            String t = text(towns.get(k));
            if (t != null) {
                checkTown(t, at + "/" + k);
            }
        }
    }

    private void checkTown(String town, String at) {
        if (!geography.hasTown(town)) {
            problems.add(at, "unknown town '" + town + "' (expected a town of the map" + hint(town) + ")");
        }
    }

    private LocalDate date(JsonNode node, String at) {
        String s = text(node);
        if (s == null || !s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null; // absent or reported by the schema
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(at, "'" + s + "' is not a calendar date (expected YYYY-MM-DD)");
            return null;
        }
    }

    private static Faction faction(JsonNode node) {
        String s = text(node);
        return s == null ? null : Faction.parse(s);
    }

    private static String forces() {
        StringBuilder sb = new StringBuilder();
        for (Faction f : Faction.values()) {
            if (!f.isArmedGroup()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f.id());
            }
        }
        return sb.toString();
    }

    private static boolean nonEmpty(JsonNode array) {
        return array != null && array.isArray() && !array.isEmpty();
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** "; did you mean X" for the closest town name, when one is close. */
    private String hint(String name) {
        List<String> close = geography.closestTowns(name);
        return close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?";
    }
}
