package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.ParameterInfo;

class ValidateListParamsCommandTest {
    static final String VALID = "src/test/resources/scenarios/test-small.json";
    static final String BAD = "src/test/resources/scenarios/bad-everything.json";

    @Test
    void aValidFileSaysSoAndExitsZero() {
        CliRun r = CliRun.of("validate", VALID);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(VALID + ": valid", r.out().trim());
        assertEquals("", r.err());
    }

    @Test
    void everyProblemOfEveryFileIsOneLineAndTheExitCodeIsTwo() {
        CliRun r = CliRun.of("validate", BAD, VALID);
        assertEquals(2, r.exitCode());
        assertEquals(14, r.errLines(), r.err());
        r.err().lines().forEach(l -> assertTrue(l.matches(".*bad-everything\\.json:\\d+:\\d+: /\\S*: .+"), l));
        assertTrue(r.out().contains(VALID + ": valid"));
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void anItineraryIsRefusedWithOneLineThatNamesTheIntent(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.json");
        Files.writeString(old, Files.readString(Path.of(VALID)).replace("\"name\": \"test-small\"", "\"name\": \"old\"")
                .replace("\"intent\": {\"type\": \"reconquer\", \"regions\": [\"Mopti\", \"Gao\"]}",
                        "\"mission\": \"advance\", \"targets\": [\"Konna\", \"Gao\"]"));
        CliRun r = CliRun.of("validate", old.toString());
        assertEquals(2, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*old\\.json:\\d+:\\d+: /events/0/force/targets: an ordered list of target towns is an itinerary; "
                + "the model no longer follows itineraries \\(issue 11\\): give the force or its faction an intent, e.g. \"intent\": \\{\"type\": \"reconquer\".*")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("/events/0/force/mission: mission 'advance'")), r.err());
    }

    @Test
    void noShippedScenarioHasAnItinerary() throws Exception {
        try (var files = Files.list(ScenarioFiles.codeRoot().resolve("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith("schema.json")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("\"targets\""), f + " has a target list");
                assertFalse(text.contains("\"mission\": \"advance\"") || text.contains("\"mission\": \"patrol\""), f + " has an advance or patrol mission");
                CliRun r = CliRun.of("validate", f.toString());
                assertEquals(0, r.exitCode(), r.err());
            }
        }
        assertFalse(Files.readString(Path.of(VALID)).contains("\"targets\""));
    }

    @Test
    void aMissingOrMalformedFileIsOneClearLine(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("validate", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(dir.resolve("nope.json") + ": no such file (expected a scenario or sweep spec .json file)", missing.err().trim());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"broken\",\n \"days\": }");
        CliRun malformed = CliRun.of("validate", broken.toString());
        assertEquals(2, malformed.exitCode());
        assertEquals(1, malformed.errLines());
        assertEquals(broken + ":2:10: /: malformed JSON: a trailing comma or a missing value (JSON allows no comma before } or ])",
                malformed.err().trim());
    }

    @Test
    void theShippedSchemasAreSkippedButAnyOtherSchemaIsRefused(@TempDir Path dir) throws Exception {
        Path shipped = ScenarioFiles.codeRoot().resolve("scenarios").resolve("scenario.schema.json");
        Path sweepSchema = ScenarioFiles.codeRoot().resolve("scenarios").resolve("sweeps").resolve("sweep.schema.json");
        // VALID has a "$schema" too, the path of its schema for editors: it is still a scenario
        CliRun r = CliRun.of("validate", shipped.toString(), sweepSchema.toString(), VALID);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(shipped + ": skipped (the scenario JSON Schema, not a scenario or sweep spec)",
                sweepSchema + ": skipped (the sweep spec JSON Schema, not a scenario or sweep spec)", VALID + ": valid"),
                r.out().lines().toList());
        // a file that merely looks like a schema is not a way to pass validation
        Path unnamed = dir.resolve("draft07.json");
        Files.writeString(unnamed, "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"properties\": {}}");
        CliRun other = CliRun.of("validate", unnamed.toString());
        assertEquals(2, other.exitCode());
        assertEquals(unnamed + ":1:1: /$schema: a JSON Schema other than SahelSim's (expected a scenario or a sweep spec)", other.err().trim());
    }

    @Test
    void sweepSpecsAreCheckedByTheirOwnSchemaWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path shippedSpec = ScenarioFiles.codeRoot().resolve("scenarios").resolve("sweeps").resolve("kidal-air-redoubt.json");
        CliRun ok = CliRun.of("validate", shippedSpec.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals(shippedSpec + ": valid (sweep spec)", ok.out().trim());
        Path bad = dir.resolve("bad-spec.json");
        Files.writeString(bad, Files.readString(shippedSpec).replaceFirst("\"replications\": *[0-9]+", "\"replications\": 0"));
        CliRun r = CliRun.of("validate", bad.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: /replications: .*minimum.*"), r.err());
        // and through sweep itself
        CliRun s = CliRun.of("sweep", bad.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, s.exitCode());
        assertTrue(s.err().matches("(?s)sahel: " + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: /replications: .*"), s.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        CliRun r = CliRun.of("validate");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("sahel validate: Missing required parameter: 'FILE'"), r.err());
    }

    @Test
    void listShowsTheShippedScenariosDirectory() {
        CliRun r = CliRun.of("list");
        assertEquals(0, r.exitCode(), r.err());
        Path shipped = ScenarioFiles.codeRoot().resolve("scenarios").toAbsolutePath().normalize();
        assertTrue(r.out().contains(shipped + ":"), r.out());
        for (Path f : ScenarioFiles.scenariosIn(shipped)) {
            String name = f.getFileName().toString().replace(".json", "");
            assertTrue(r.out().contains("  " + name + " "), r.out());
        }
        assertFalse(r.out().contains("scenario.schema"), r.out());
    }

    @Test
    void paramsListsEveryParameterWithDefaultRangeUnitAndSource() {
        CliRun r = CliRun.of("params");
        assertEquals(0, r.exitCode(), r.err());
        for (ParameterInfo p : RuleSet.CATALOG.all()) {
            String line = r.out().lines().filter(l -> l.startsWith(p.key() + " ")).findFirst().orElse(null);
            assertNotNull(line, p.key() + " missing from:\n" + r.out());
            assertTrue(line.contains(ParamsCommand.num(p.defaultValue())) && line.contains(p.unit()) && line.contains(p.source()), line);
            assertTrue(line.contains("[" + ParamsCommand.num(p.min()) + ", " + ParamsCommand.num(p.max()) + "]"), line);
        }
    }
}
