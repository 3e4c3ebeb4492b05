package org.sahelsim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Branches: a scenario that {@code extends} another and departs from it at {@code branchDate}
 * (docs/SCENARIOS.md, "Branches"). The branch takes the base's start date, forces, control and
 * parameters, and every event of the base dated before the branch date; from the branch date on,
 * the base's later events are kept or dropped as {@code baseEventsAfterBranch} says ("keep" or
 * "drop", no default), then come the branch's own events (all dated on or after the branch date)
 * and its parameters, which take effect at the start of the branch date. With "keep", the branch
 * may still drop single base events from the branch date on, each named by date and type
 * ({@code dropBaseEvents}): the lever a branch removes, the rest of the base's future kept. Run r
 * of a branch thus replays run r of its base exactly up to the day before the branch date.
 */
final class Branching {
    static final String EXTENDS = "extends";
    static final String BRANCH_DATE = "branchDate";
    static final String BASE_EVENTS = "baseEventsAfterBranch";
    static final String KEEP = "keep";
    static final String DROP_EVENTS = "dropBaseEvents";

    private Branching() {}

    /** The base scenario of a branch, as loaded, and where it came from. */
    record Base(Scenario scenario, Path file, String sha256) {}

    /**
     * The scenario a branch extends, loaded and checked (recursively, through {@code load}), or null
     * when the tree is no branch or the base cannot be had (a problem at /extends then says why).
     */
    static Base resolveBase(JsonNode tree, Path dir, List<Path> chain, ScenarioLoader.Problems problems,
                            BiFunction<Path, List<Path>, ScenarioLoader.Result> load) {
        JsonNode ext = tree.path(EXTENDS);
        if (!ext.isTextual() || ext.asText().isBlank()) {
            return null; // absent, or the schema reports it
        }
        Path file;
        try {
            file = dir.resolve(ext.asText()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.add("/" + EXTENDS, "'" + ext.asText() + "' is not a file path (expected the base scenario's file, relative to this one)");
            return null;
        }
        if (chain.contains(file)) {
            List<String> names = new ArrayList<>();
            for (Path p : chain.subList(chain.indexOf(file), chain.size())) {
                names.add(p.getFileName().toString());
            }
            names.add(file.getFileName().toString());
            problems.add("/" + EXTENDS, "'" + ext.asText() + "' makes a cycle (" + String.join(" extends ", names)
                    + "; expected a chain of scenarios ending in one without 'extends')");
            return null;
        }
        if (chain.size() > ScenarioLoader.MAX_BRANCH_DEPTH) {
            problems.add("/" + EXTENDS, "more than " + ScenarioLoader.MAX_BRANCH_DEPTH
                    + " scenarios extend one another (expected a shorter chain of branches)");
            return null;
        }
        ScenarioLoader.Result r = load.apply(file, chain);
        if (!r.valid()) {
            Problem first = r.problems().get(0);
            int more = r.problems().size() - 1;
            if (first.line() == 0) {
                problems.add("/" + EXTENDS, "cannot extend '" + ext.asText() + "': " + first);
            } else {
                problems.add("/" + EXTENDS, "'" + ext.asText() + "' is not a valid scenario: " + first
                        + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : ""));
            }
            return null;
        }
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            problems.add("/" + EXTENDS, file + ": cannot be read: " + e.getMessage());
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        return new Base(r.scenario(), file, sha);
    }

    /** The branch's own fields as a {@link Scenario} binds them: without the branch fields, days defaulting to the base's. */
    static void prepareForBinding(ObjectNode tree, Base base) {
        tree.remove(EXTENDS);
        tree.remove(BRANCH_DATE);
        tree.remove(BASE_EVENTS);
        tree.remove(DROP_EVENTS);
        if (base != null && !tree.has("days")) {
            tree.put("days", base.scenario().days());
        }
    }

    private static String key(String date, String type) {
        return date + " " + type;
    }

    /** Every event type's JSON name. */
    private static Set<String> typeNames() {
        Set<String> names = new HashSet<>();
        for (JsonSubTypes.Type t : ScenarioEvent.class.getAnnotation(JsonSubTypes.class).value()) {
            names.add(t.name());
        }
        return names;
    }

    /** The JSON {@code type} of an event, as {@link ScenarioEvent}'s subtype names give it. */
    static String typeOf(ScenarioEvent e) {
        for (JsonSubTypes.Type t : ScenarioEvent.class.getAnnotation(JsonSubTypes.class).value()) {
            if (t.value() == e.getClass()) {
                return t.name();
            }
        }
        throw new IllegalStateException("event class without a JSON type name: " + e.getClass());
    }

    /**
     * Checks {@code dropBaseEvents} against the base: only with "keep", each entry dated on or after
     * the branch date, given once, and matching at least one event of the base (else the branch
     * would silently keep what it meant to drop, e.g. after the base's event moved by a day).
     */
    static void checkDrops(JsonNode root, Scenario base, LocalDate branchDate, ScenarioLoader.Problems problems,
                           BiFunction<JsonNode, String, LocalDate> date) {
        JsonNode drops = root.get(DROP_EVENTS);
        if (drops == null || !drops.isArray()) {
            return; // absent, or the schema reports it
        }
        if (!KEEP.equals(root.path(BASE_EVENTS).asText(KEEP))) {
            problems.add("/" + DROP_EVENTS, "with baseEventsAfterBranch '" + root.path(BASE_EVENTS).asText()
                    + "' every base event from the branch date is dropped already (expected 'keep' with dropBaseEvents, or no dropBaseEvents)");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drops.size(); i++) {
            JsonNode d = drops.get(i);
            String at = "/" + DROP_EVENTS + "/" + i;
            String type = d.path("type").isTextual() ? d.path("type").asText() : null;
            LocalDate when = date.apply(d.get("date"), at + "/date");
            if (when == null || type == null || !typeNames().contains(type)) {
                continue; // the schema reports it
            }
            if (branchDate != null && when.isBefore(branchDate)) {
                problems.add(at + "/date", "date " + when + " is before the branch date " + branchDate
                        + " (expected " + branchDate + " or later: the base's events before it are the shared past)");
                continue;
            }
            if (!seen.add(key(when.toString(), type))) {
                problems.add(at, "the '" + type + "' events of " + when + " are named twice (expected each date and type once)");
                continue;
            }
            if (base == null) {
                continue; // a problem at /extends says why
            }
            boolean found = false;
            List<String> sameType = new ArrayList<>();
            for (ScenarioEvent e : base.events()) {
                if (!typeOf(e).equals(type)) {
                    continue;
                }
                found |= e.date().equals(when);
                if (branchDate == null || !e.date().isBefore(branchDate)) {
                    sameType.add(e.date().toString());
                }
            }
            if (!found) {
                problems.add(at, "'" + base.name() + "' has no '" + type + "' event on " + when + " (expected the date and type of one of its events"
                        + (sameType.isEmpty() ? "; it has no '" + type + "' event on or after the branch date"
                                : "; its '" + type + "' events on or after the branch date are on " + String.join(", ", new LinkedHashSet<>(sameType)))
                        + ")");
            }
        }
    }

    /** The branch as a whole scenario: {@code own} is its file bound as it stands (no start, forces or control). */
    static Scenario compose(Scenario own, JsonNode tree, Base base) {
        Scenario b = base.scenario();
        LocalDate branchDate;
        try {
            branchDate = LocalDate.parse(tree.path(BRANCH_DATE).asText());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("branchDate passed the checks unparsed", e);
        }
        boolean keep = KEEP.equals(tree.path(BASE_EVENTS).asText());
        Set<String> dropped = new HashSet<>();
        for (JsonNode d : tree.path(DROP_EVENTS)) {
            dropped.add(key(d.path("date").asText(), d.path("type").asText()));
        }

        List<ScenarioEvent> events = new ArrayList<>();
        for (ScenarioEvent e : b.events()) {
            if (e.date().isBefore(branchDate) || keep && !dropped.contains(key(e.date().toString(), typeOf(e)))) {
                events.add(e);
            }
        }
        events.addAll(own.events());

        List<Scenario.ParameterChange> changes = new ArrayList<>();
        for (Scenario.ParameterChange c : b.parameterChanges()) {
            if (c.date().isBefore(branchDate) || keep) {
                changes.add(c);
            }
        }
        if (!own.parameters().isEmpty()) {
            changes.add(new Scenario.ParameterChange(branchDate, own.parameters()));
        }
        changes.sort(java.util.Comparator.comparing(Scenario.ParameterChange::date)); // stable

        List<Scenario.Base> bases = new ArrayList<>();
        bases.add(new Scenario.Base(b.name(), base.file().toString(), base.sha256(), branchDate));
        bases.addAll(b.bases());

        LinkedHashSet<String> sources = new LinkedHashSet<>(b.sources());
        sources.addAll(own.sources());
        return new Scenario(own.name(), own.title(), own.narrative(), List.copyOf(sources), b.startDate(), own.days(),
                b.forces(), b.control(), b.parameters(), events, changes, bases, b.displacement());
    }
}
