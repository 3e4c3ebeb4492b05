package org.sahelsim.scenario;

import org.sahelsim.rules.RuleSet;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.Parameters;
import org.sahelsim.model.SahelModel;

class ScenarioLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG);

    static Path resource(String name) {
        return Path.of("src/test/resources/scenarios", name);
    }

    private List<String> problems(String json) {
        return loader.check("t.json", json).problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    private static String minimal(String extra) {
        return "{\"name\": \"t\", \"title\": \"T\", \"narrative\": \"N\", \"startDate\": \"2013-01-10\", \"days\": 10"
                + extra + "}";
    }

    @Test
    void aValidScenarioBindsEveryField() {
        Scenario s = loader.load(resource("test-small.json"));
        assertEquals("test-small", s.name());
        assertEquals(LocalDate.of(2013, 1, 10), s.startDate());
        assertEquals(30, s.days());
        assertEquals(3, s.forces().size());
        assertEquals(List.of(), s.forces().get(0).targets());
        assertEquals("reconquer", ((ScenarioEvent.Deploy) s.events().get(0)).force().intent().type());
        assertEquals(16.27, s.forces().get(2).lat());
        assertEquals("MUJAO", s.control().get("Gao"));
        assertEquals(4, s.events().size());
        ScenarioEvent.Deploy deploy = assertInstanceOf(ScenarioEvent.Deploy.class, s.events().get(0));
        assertEquals(1000, deploy.force().strength());
        assertEquals(5, deploy.force().unitsOrDefault());
        ScenarioEvent.AirCampaign air = assertInstanceOf(ScenarioEvent.AirCampaign.class, s.events().get(1));
        assertEquals(12.0, air.sortiesPerDay());
        assertInstanceOf(ScenarioEvent.Restriction.class, s.events().get(3));
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsLineColumnAndPointer() {
        List<String> p = loader.check(resource("bad-everything.json")).problems().stream()
                .map(Problem::toString).map(l -> l.substring(l.indexOf(".json:") + 6)).collect(Collectors.toList());
        String all = String.join("\n", p);
        assertTrue(all.contains("7:3: /colour: unknown field 'colour'"), all);
        assertTrue(all.contains("9:31: /forces/0/town: unknown town 'Konnna'"), all);
        assertTrue(all.contains("did you mean 'Konna'"), all);
        assertTrue(all.contains("9:49: /forces/0/strength: must have a minimum value of 1"), all);
        assertTrue(all.contains("10:43: /forces/1/strength: must have a maximum value of 100000"), all);
        assertTrue(all.contains("11:26: /forces/2/lat: position (40.0, 30.0) is off the map grid"), all);
        assertTrue(all.contains("/forces/2/strength: string found, integer expected"), all);
        assertTrue(all.contains("/forces/3/faction: does not have a value in the enumeration"), all);
        assertTrue(all.contains("/forces/3/units: must have a minimum value of 1"), all);
        assertTrue(all.contains("14:15: /control/Atlantis: unknown town 'Atlantis'"), all);
        assertTrue(all.contains("15:18: /parameters/noSuchRule.speed: unknown parameter 'noSuchRule.speed'"), all);
        assertTrue(all.contains("18:29: /events/1/date: event date 2013-01-12 is before the previous event's 2013-01-15"), all);
        assertTrue(all.contains("19:23: /events/2/date: event date 2013-03-30 is after the scenario ends"), all);
        assertTrue(all.contains("20:6: /events/3/type: does not have a value in the enumeration"), all);
        assertEquals(14, p.size(), all);
    }

    @Test
    void malformedJsonIsReportedAtTheSyntaxError() {
        List<String> p = problems("{\n  \"name\": \"t\",\n  \"days\": 10,,\n}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("t.json:3:14: /: malformed JSON:"), p.get(0));
    }

    @Test
    void duplicateKeysAreRefusedRatherThanSilentlyOverwritten() {
        List<String> p = problems("{\"name\": \"t\",\n \"name\": \"u\"}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("t.json:2:") && p.get(0).contains("field 'name' appears twice"), p.get(0));
    }

    @Test
    void emptyFileAndNonObjectAreRefused() {
        assertTrue(problems("").get(0).contains("empty"));
        assertTrue(problems("[1, 2]").get(0).contains("array found, object expected"), problems("[1, 2]").toString());
    }

    @Test
    void missingRequiredFieldsAndNullNumbersAreNamed() {
        List<String> p = problems("{\"name\": \"t\", \"title\": \"T\", \"narrative\": \"N\", \"startDate\": \"2013-01-10\","
                + " \"forces\": [{\"faction\": \"FAMA\", \"town\": \"Gao\", \"strength\": null}]}");
        String all = String.join("\n", p);
        assertTrue(all.contains("/: missing required field 'days'"), all);
        assertTrue(all.contains("/forces/0/strength: null found, integer expected"), all);
    }

    @Test
    void impossibleDatesAndPeriodsAreRefused() {
        assertTrue(problems(minimal("").toString().replace("2013-01-10", "2013-02-30")).get(0)
                .contains("'2013-02-30' is not a calendar date"));
        assertTrue(problems(minimal("").replace("2013-01-10", "1990-01-01")).get(0)
                .contains("outside the period the model covers"));
        String beforeStart = minimal(", \"events\": [{\"type\": \"withdrawal\", \"date\": \"2013-01-09\", \"faction\": \"FRANCE\"}]");
        assertTrue(problems(beforeStart).get(0).contains("/events/0/date: event date 2013-01-09 is before the scenario starts"));
    }

    @Test
    void placeOfAForceMustBeGivenOnce() {
        String both = minimal(", \"forces\": [{\"faction\": \"FAMA\", \"town\": \"Gao\", \"lat\": 16, \"lon\": 0, \"strength\": 5}]");
        assertTrue(problems(both).get(0).contains("give either 'town' or 'lat'/'lon', not both"));
        String none = minimal(", \"forces\": [{\"faction\": \"FAMA\", \"strength\": 5}]");
        assertTrue(problems(none).get(0).contains("no place given"));
        String half = minimal(", \"forces\": [{\"faction\": \"FAMA\", \"lat\": 16, \"strength\": 5}]");
        assertTrue(problems(half).get(0).contains("'lat' and 'lon' go together"));
    }

    @Test
    void fieldsOfTheWrongKindOfFactionAreRefused() {
        String p = String.join("\n", problems(minimal(", \"forces\": ["
                + "{\"faction\": \"AQIM\", \"town\": \"Gao\", \"strength\": 50, \"units\": 60, \"mission\": \"garrison\"},"
                + "{\"faction\": \"CHAD\", \"town\": \"Kidal\", \"strength\": 50, \"posture\": \"raid\"}],"
                + "\"events\": [{\"type\": \"airCampaign\", \"date\": \"2013-01-11\", \"faction\": \"MUJAO\", \"base\": \"Paris\", \"sortiesPerDay\": 3}]")));
        assertTrue(p.contains("/forces/0/units: 60 units for a strength of 50"), p);
        assertTrue(p.contains("/forces/0/mission: AQIM is an armed group"), p);
        assertTrue(p.contains("/forces/1/posture: CHAD is a force"), p);
        assertTrue(p.contains("/events/0/faction: MUJAO is an armed group and flies no sorties"), p);
        assertTrue(p.contains("/events/0/base: unknown air base 'Paris'"), p);
    }

    @Test
    void eventSpecificFieldsAreChecked() {
        String p = String.join("\n", problems(minimal(", \"events\": ["
                + "{\"type\": \"handover\", \"date\": \"2013-01-11\", \"from\": \"FRANCE\", \"to\": \"FRANCE\", \"towns\": [\"Gao\", \"Nowhere\"]},"
                + "{\"type\": \"ceasefire\", \"date\": \"2013-01-12\", \"parties\": [\"JNIM\"]},"
                + "{\"type\": \"restriction\", \"date\": \"2013-01-12\", \"faction\": \"FAMA\", \"forbiddenRegions\": [\"mars\"]},"
                + "{\"type\": \"restriction\", \"date\": \"2013-01-12\", \"faction\": \"CHAD\"},"
                + "{\"type\": \"withdrawal\", \"date\": \"2013-01-13\", \"faction\": \"FRANCE\", \"fraction\": 1.5, \"towns\": []},"
                + "{\"type\": \"deploy\", \"date\": \"2013-01-13\", \"force\": {\"faction\": \"UN\", \"town\": \"Gao\", \"strength\": 0}}]")));
        assertTrue(p.contains("/events/0/to: a faction cannot hand over to itself"), p);
        assertTrue(p.contains("/events/0/towns/1: unknown town 'Nowhere'"), p);
        assertTrue(p.contains("/events/1/parties: must have at least 2 items"), p);
        assertTrue(p.contains("/events/2/forbiddenRegions/0: unknown map region 'mars'"), p);
        assertTrue(p.contains("/events/3: a restriction forbids nothing"), p);
        assertTrue(p.contains("/events/4/fraction: must have a maximum value of 1"), p);
        assertTrue(p.contains("/events/4/towns: unknown field 'towns' (expected one of: type, date, note, faction, fraction)"), p);
        assertTrue(p.contains("/events/5/force/strength: must have a minimum value of 1"), p);
    }

    @Test
    void mergeEventsAreChecked() {
        String p = String.join("\n", problems(minimal(", \"events\": ["
                + "{\"type\": \"merge\", \"date\": \"2013-01-11\", \"factions\": [\"AQIM\", \"JNIM\"], \"into\": \"JNIM\"},"
                + "{\"type\": \"merge\", \"date\": \"2013-01-11\", \"factions\": [\"AFISMA\", \"MUJAO\"], \"into\": \"UN\"},"
                + "{\"type\": \"merge\", \"date\": \"2013-01-12\", \"factions\": [], \"into\": \"UN\"},"
                + "{\"type\": \"merge\", \"date\": \"2013-01-12\", \"factions\": [\"AFISMA\"], \"into\": \"UN\"}]")));
        assertTrue(p.contains("/events/0/factions/1: a faction cannot merge into itself"), p);
        assertTrue(p.contains("/events/1/factions/1: MUJAO is an armed group and UN a force"), p);
        assertTrue(p.contains("/events/2/factions: must have at least 1 items"), p);
        assertTrue(!p.contains("/events/3"), p);
    }

    @Test
    void everyAirBaseTheValidatorAcceptsIsOneTheModelCanFlyFrom() {
        for (String base : MapGeography.mali().airBaseNames()) {
            String json = minimal(", \"events\": [{\"type\": \"airCampaign\", \"date\": \"2013-01-10\", \"faction\": \"FRANCE\","
                    + " \"base\": \"" + base + "\", \"sortiesPerDay\": 4}]");
            ScenarioLoader.Result r = loader.check("t.json", json);
            assertTrue(r.valid(), r.problems().toString());
            SahelModel model = new SahelModel(r.scenario(), RuleSet.CATALOG.defaults(), 1);
            assertDoesNotThrow(() -> model.runDays(2), base);
        }
    }

    @Test
    void itinerariesAreRefusedWithOneLineNamingTheIntent() {
        String p = String.join("\n", problems(minimal(", \"forces\": ["
                + "{\"faction\": \"CHAD\", \"town\": \"Kidal\", \"strength\": 500, \"mission\": \"advance\", \"targets\": [\"Tessalit\"]},"
                + "{\"faction\": \"AQIM\", \"town\": \"Kidal\", \"strength\": 50, \"posture\": \"advance\", \"targets\": [\"Gao\"]}]")));
        assertTrue(p.contains("/forces/0/targets: an ordered list of target towns is an itinerary; the model no longer follows itineraries (issue 11)"), p);
        assertTrue(p.contains("\"intent\": {\"type\": \"reconquer\""), p);
        assertTrue(p.contains("/forces/0/mission: mission 'advance'"), p);
        assertTrue(p.contains("/forces/1/targets: an ordered list of target towns is an itinerary"), p);
        assertTrue(p.contains("keep \"posture\": \"advance\""), p);
    }

    @Test
    void intentsAreChecked() {
        String p = String.join("\n", problems(minimal(", \"forces\": ["
                + "{\"faction\": \"FAMA\", \"town\": \"Ségou\", \"strength\": 500, \"intent\": {\"type\": \"support\", \"regions\": [\"Mordor\"]}},"
                + "{\"faction\": \"FRANCE\", \"town\": \"Sévaré\", \"strength\": 500, \"intent\": {\"type\": \"reconquer\", \"regions\": [\"Gao\", \"tigharghar\"]}}]")));
        assertTrue(p.contains("/forces/0/intent/regions/0: unknown region 'Mordor'"), p);
        assertTrue(p.contains("/forces/0/intent: a 'support' intent needs 'with'"), p);
        assertFalse(p.contains("/forces/1"), p);
    }

    @Test
    void nameMustMatchTheFileName() {
        List<String> p = loader.check("dir/other.json", minimal("")).problems().stream().map(Problem::toString).toList();
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("/name: name 't' differs from the file name (expected 'other'"), p.get(0));
    }

    @Test
    void missingFileAndDirectoryAreOneLineEach(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("nope.json") + ": no such file (expected a scenario .json file)",
                loader.check(dir.resolve("nope.json")).problems().get(0).toString());
        assertTrue(loader.check(dir).problems().get(0).toString().contains("is a directory"));
        Path latin1 = dir.resolve("t.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertTrue(loader.check(latin1).problems().get(0).toString().contains("is not UTF-8"));
    }

    @Test
    void loadThrowsAUserErrorListingEveryProblem() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(resource("bad-everything.json")));
        assertEquals(14, e.problems().size());
        assertEquals(14, e.getMessage().lines().count());
    }

    @Test
    void theSameTownTwiceUnderAnotherCaseOrSpellingIsRefused() {
        List<String> p = problems(minimal(", \"control\": {\"Gao\": \"MUJAO\", \"GAO\": \"FAMA\", \"Tombouctou\": \"AQIM\", \"Timbuktu\": \"AQIM\"}"));
        assertTrue(p.stream().anyMatch(x -> x.contains("/control/GAO: town 'GAO' is given twice (also as 'Gao'")), String.valueOf(p));
        assertTrue(p.stream().anyMatch(x -> x.contains("/control/Timbuktu: town 'Timbuktu' is given twice (also as 'Tombouctou'")), String.valueOf(p));
        assertEquals(2, p.size(), String.valueOf(p));
    }
}
