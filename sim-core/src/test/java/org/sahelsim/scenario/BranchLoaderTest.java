package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.rules.RuleSet;

/** Branches as the loader reads them: what is shared with the base, what is the branch's, and what is refused. */
class BranchLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG);

    @TempDir
    Path dir;

    private Scenario base;

    @BeforeEach
    void copyBase() throws Exception {
        Files.createDirectories(dir.resolve("bases"));
        Files.copy(Path.of("..", "scenarios", "withdrawal-2022.json"), dir.resolve("bases").resolve("withdrawal-2022.json"));
        base = loader.load(dir.resolve("bases").resolve("withdrawal-2022.json"));
    }

    private Path write(String name, String body) throws Exception {
        Path f = dir.resolve(name + ".json");
        Files.writeString(f, "{\"name\": \"" + name + "\", \"title\": \"t\", \"narrative\": \"n\",\n" + body + "}");
        return f;
    }

    private List<String> problems(Path f) {
        return loader.check(f).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aBranchSharesTheBasesPastAndKeepsOrDropsItsFuture() throws Exception {
        String common = "\"extends\": \"bases/withdrawal-2022.json\", \"branchDate\": \"2022-02-17\",\n"
                + "\"parameters\": {\"ceasefire.collapseHazardPerDay\": 0.02},\n"
                + "\"events\": [{\"type\": \"withdrawal\", \"date\": \"2022-03-01\", \"note\": \"x\", \"faction\": \"FRANCE\", \"fraction\": 0.1}]";
        Scenario drop = loader.load(write("drop", common + ", \"baseEventsAfterBranch\": \"drop\""));
        Scenario keep = loader.load(write("keep", common + ", \"baseEventsAfterBranch\": \"keep\""));
        LocalDate branch = LocalDate.of(2022, 2, 17);

        for (Scenario s : List.of(drop, keep)) {
            assertEquals(base.startDate(), s.startDate());
            assertEquals(base.days(), s.days(), "days default to the base's");
            assertEquals(base.forces(), s.forces());
            assertEquals(base.control(), s.control());
            assertEquals(base.parameters(), s.parameters(), "the base's parameters hold from the start");
            assertEquals(List.of(new Scenario.ParameterChange(branch, Map.of("ceasefire.collapseHazardPerDay", 0.02))),
                    s.parameterChanges(), "the branch's parameters take effect on the branch date");
            assertEquals(1, s.bases().size());
            assertEquals("withdrawal-2022", s.bases().get(0).name());
            assertEquals(64, s.bases().get(0).sha256().length());
            assertEquals(branch, s.bases().get(0).branchDate());
            assertTrue(s.isBranch());
        }
        List<ScenarioEvent> before = base.events().stream().filter(e -> e.date().isBefore(branch)).toList();
        List<ScenarioEvent> after = base.events().stream().filter(e -> !e.date().isBefore(branch)).toList();
        assertFalse(before.isEmpty());
        assertFalse(after.isEmpty());
        ScenarioEvent own = drop.events().get(drop.events().size() - 1);
        assertEquals(concat(before, List.of(own)), drop.events());
        assertEquals(concat(concat(before, after), List.of(own)), keep.events());
    }

    @Test
    void aBranchOfABranchCarriesTheWholeLineage() throws Exception {
        write("first", "\"extends\": \"bases/withdrawal-2022.json\", \"branchDate\": \"2021-09-01\", \"baseEventsAfterBranch\": \"keep\",\n"
                + "\"parameters\": {\"ceasefire.collapseHazardPerDay\": 0.02}");
        Scenario second = loader.load(write("second", "\"extends\": \"first.json\", \"branchDate\": \"2022-01-01\", \"baseEventsAfterBranch\": \"drop\",\n"
                + "\"days\": 300, \"parameters\": {\"ceasefire.collapseHazardPerDay\": 0.05}"));
        assertEquals(List.of("first", "withdrawal-2022"), second.bases().stream().map(Scenario.Base::name).toList());
        assertEquals(300, second.days());
        assertEquals(List.of(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 1, 1)),
                second.parameterChanges().stream().map(Scenario.ParameterChange::date).toList());
        assertTrue(second.events().stream().allMatch(e -> e.date().isBefore(LocalDate.of(2022, 1, 1))));
    }

    @Test
    void badExtendsIsRefusedWithOneLocatedLine() throws Exception {
        String rest = ", \"branchDate\": \"2021-09-01\", \"baseEventsAfterBranch\": \"keep\"";
        List<String> missing = problems(write("missing", "\"extends\": \"nowhere.json\"" + rest));
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).matches(".*missing\\.json:2:1: /extends: cannot extend 'nowhere.json': .*nowhere\\.json: no such file.*"),
                missing.get(0));

        write("cycle-b", "\"extends\": \"cycle-a.json\"" + rest);
        List<String> cycle = problems(write("cycle-a", "\"extends\": \"cycle-b.json\"" + rest));
        assertEquals(1, cycle.size(), cycle.toString());
        assertTrue(cycle.get(0).contains("makes a cycle (cycle-a.json extends cycle-b.json extends cycle-a.json"), cycle.get(0));

        List<String> self = problems(write("self", "\"extends\": \"self.json\"" + rest));
        assertEquals(1, self.size(), self.toString());
        assertTrue(self.get(0).contains("makes a cycle (self.json extends self.json"), self.get(0));

        Files.writeString(dir.resolve("broken.json"), "{\"name\": \"broken\"");
        List<String> broken = problems(write("onbroken", "\"extends\": \"broken.json\"" + rest));
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).contains("/extends: 'broken.json' is not a valid scenario: ") && broken.get(0).contains("malformed JSON"),
                broken.get(0));
    }

    @Test
    void aBranchTakesStartForcesAndControlFromItsBaseAndChangesNothingBeforeItsDate() throws Exception {
        String ext = "\"extends\": \"bases/withdrawal-2022.json\", \"baseEventsAfterBranch\": \"keep\", ";
        List<String> own = problems(write("own", ext + "\"branchDate\": \"2021-09-01\", \"startDate\": \"2021-06-10\", \"control\": {}"));
        assertEquals(2, own.size(), own.toString());
        assertTrue(own.stream().allMatch(p -> p.contains("a branch takes '")), own.toString());

        List<String> early = problems(write("early", ext + "\"branchDate\": \"2021-09-01\", \"events\": [{\"type\": \"withdrawal\", "
                + "\"date\": \"2021-08-01\", \"note\": \"x\", \"faction\": \"FRANCE\"}]"));
        assertEquals(1, early.size(), early.toString());
        assertTrue(early.get(0).contains("/events/0/date: event date 2021-08-01 is before the branch date 2021-09-01"), early.get(0));

        List<String> atStart = problems(write("atstart", ext + "\"branchDate\": \"2021-06-10\""));
        assertEquals(1, atStart.size(), atStart.toString());
        assertTrue(atStart.get(0).contains("/branchDate: branch date 2021-06-10 is not after the start"), atStart.get(0));

        List<String> late = problems(write("late", ext + "\"branchDate\": \"2030-01-01\""));
        assertTrue(late.get(0).contains("/branchDate: branch date 2030-01-01 is after the branch ends"), late.toString());

        List<String> half = problems(write("half", "\"extends\": \"bases/withdrawal-2022.json\""));
        assertFalse(half.isEmpty());
        assertTrue(half.stream().anyMatch(p -> p.contains("branchDate")), half.toString());

        List<String> unbranched = problems(write("unbranched", "\"branchDate\": \"2021-09-01\", \"startDate\": \"2021-06-10\", \"days\": 10"));
        assertTrue(unbranched.stream().anyMatch(p -> p.contains("extends")), unbranched.toString());
    }

    @Test
    void theShippedBranchIsValid() {
        Scenario s = loader.load(Path.of("..", "scenarios", "withdrawal-2022-france-stays.json"));
        assertEquals("withdrawal-2022", s.bases().get(0).name());
        assertTrue(s.events().stream().noneMatch(e -> e instanceof ScenarioEvent.Withdrawal), "France stays: no withdrawal");
    }

    @Test
    void dropBaseEventsDropsTheNamedEventsAndKeepsTheRestOfTheBasesFuture() throws Exception {
        Scenario s = loader.load(write("nohandover", "\"extends\": \"bases/withdrawal-2022.json\", \"branchDate\": \"2021-09-01\", "
                + "\"baseEventsAfterBranch\": \"keep\",\n\"dropBaseEvents\": [{\"date\": \"2021-10-15\", \"type\": \"handover\", \"note\": \"x\"}, "
                + "{\"date\": \"2022-06-13\", \"type\": \"withdrawal\"}]"));
        List<ScenarioEvent> expected = base.events().stream()
                .filter(e -> !(e instanceof ScenarioEvent.Handover && e.date().equals(LocalDate.of(2021, 10, 15))))
                .filter(e -> !(e instanceof ScenarioEvent.Withdrawal && e.date().equals(LocalDate.of(2022, 6, 13))))
                .toList();
        assertEquals(base.events().size() - 2, expected.size(), "the base has one event of each named date and type");
        assertEquals(expected, s.events());
    }

    @Test
    void aDropThatMatchesNothingOrIsMisplacedIsRefusedWithOneLocatedLine() throws Exception {
        String ext = "\"extends\": \"bases/withdrawal-2022.json\", \"branchDate\": \"2021-09-01\",\n";
        List<String> none = problems(write("none", ext + "\"baseEventsAfterBranch\": \"keep\",\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-10-16\", \"type\": \"handover\"}]"));
        assertEquals(List.of(dir.resolve("none.json") + ":4:20: /dropBaseEvents/0: 'withdrawal-2022' has no 'handover' event on 2021-10-16 "
                + "(expected the date and type of one of its events; its 'handover' events on or after the branch date are on 2021-10-15, 2021-12-14, 2022-04-19)"),
                none);

        List<String> wrongType = problems(write("wrongtype", ext + "\"baseEventsAfterBranch\": \"keep\",\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-10-15\", \"type\": \"split\"}]"));
        assertEquals(1, wrongType.size(), wrongType.toString());
        assertTrue(wrongType.get(0).endsWith("/dropBaseEvents/0: 'withdrawal-2022' has no 'split' event on 2021-10-15 "
                + "(expected the date and type of one of its events; it has no 'split' event on or after the branch date)"), wrongType.get(0));

        List<String> before = problems(write("before", ext + "\"baseEventsAfterBranch\": \"keep\",\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-06-10\", \"type\": \"ceasefire\"}]"));
        assertEquals(1, before.size(), before.toString());
        assertTrue(before.get(0).contains("/dropBaseEvents/0/date: date 2021-06-10 is before the branch date 2021-09-01"), before.get(0));

        List<String> twice = problems(write("twice", ext + "\"baseEventsAfterBranch\": \"keep\",\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-10-15\", \"type\": \"handover\"}, {\"date\": \"2021-10-15\", \"type\": \"handover\"}]"));
        assertEquals(1, twice.size(), twice.toString());
        assertTrue(twice.get(0).contains("/dropBaseEvents/1: the 'handover' events of 2021-10-15 are named twice"), twice.get(0));

        List<String> withDrop = problems(write("withdrop", ext + "\"baseEventsAfterBranch\": \"drop\",\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-10-15\", \"type\": \"handover\"}]"));
        assertEquals(1, withDrop.size(), withDrop.toString());
        assertTrue(withDrop.get(0).contains("/dropBaseEvents: with baseEventsAfterBranch 'drop' every base event"), withDrop.get(0));

        List<String> badType = problems(write("badtype", ext + "\"baseEventsAfterBranch\": \"keep\",\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-10-15\", \"type\": \"handoff\"}]"));
        assertEquals(1, badType.size(), badType.toString());
        assertTrue(badType.get(0).contains("/dropBaseEvents/0/type: "), badType.get(0));

        List<String> unbranched = problems(write("dropunbranched", "\"startDate\": \"2021-06-10\", \"days\": 10,\n"
                + "\"dropBaseEvents\": [{\"date\": \"2021-06-10\", \"type\": \"handover\"}]"));
        assertTrue(unbranched.stream().anyMatch(p -> p.contains("extends")), unbranched.toString());
    }

    @Test
    void theLongWarBranchesShareItsPastAndDropOnlyTheirLever() {
        Scenario war = loader.load(Path.of("..", "scenarios", "long-war-2013-2022.json"));
        LocalDate talksDay = LocalDate.of(2020, 3, 8);
        Scenario sq = loader.load(Path.of("..", "scenarios", "long-war-status-quo-2020.json"));
        Scenario neg = loader.load(Path.of("..", "scenarios", "long-war-negotiation-2020.json"));
        for (Scenario s : List.of(sq, neg)) {
            assertEquals(war.startDate(), s.startDate());
            assertEquals(war.forces(), s.forces());
            assertEquals(war.events().stream().filter(e -> e.date().isBefore(talksDay)).toList(),
                    s.events().stream().filter(e -> e.date().isBefore(talksDay)).toList(), s.name() + ": the long war's past");
            // everything the long war has from the branch date on, but its talks of March 8, 2020
            List<ScenarioEvent> kept = s.events().stream().filter(e -> !e.date().isBefore(talksDay) && war.events().contains(e)).toList();
            assertEquals(war.events().stream().filter(e -> !e.date().isBefore(talksDay))
                    .filter(e -> !(e instanceof ScenarioEvent.Talks && e.date().equals(talksDay))).toList(), kept, s.name());
        }
        assertTrue(sq.events().stream().noneMatch(e -> e instanceof ScenarioEvent.Talks t && t.date().equals(talksDay)), "status quo: no talks in March 2020");
        assertTrue(neg.events().stream().anyMatch(e -> e instanceof ScenarioEvent.Talks t && t.date().equals(talksDay)
                && Boolean.TRUE.equals(t.suspendHunt())), "negotiation: the talks with the hunt suspended");

        Scenario wd = loader.load(Path.of("..", "scenarios", "long-war-withdrawal-2022.json"));
        Scenario fs = loader.load(Path.of("..", "scenarios", "long-war-france-stays-2022.json"));
        assertEquals(war.events(), wd.events(), "withdrawal: the long war's own continuation");
        assertEquals(List.of("long-war-withdrawal-2022", "long-war-2013-2022"), fs.bases().stream().map(Scenario.Base::name).toList());
        LocalDate announced = LocalDate.of(2021, 6, 10);
        assertTrue(fs.events().stream().noneMatch(e -> !e.date().isBefore(announced)
                && (e instanceof ScenarioEvent.Withdrawal || e instanceof ScenarioEvent.Handover)), "France stays: no withdrawal, no handover");
        assertEquals(wd.events().stream().filter(e -> !(!e.date().isBefore(announced)
                && (e instanceof ScenarioEvent.Withdrawal || e instanceof ScenarioEvent.Handover))).toList(), fs.events(),
                "France stays: every other event of the long war");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
