package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.experiment.ResultWriter;

class RunCommandTest {
    static final String SMALL = "src/test/resources/scenarios/test-small.json";

    @TempDir
    Path tmp;

    /** Runs a command that must fail: exit 2, exactly one line on stderr, nothing written. */
    private String refused(String... args) {
        return CliRun.refused(tmp.resolve("out"), args);
    }

    private Path scenario(String name, String json) throws Exception {
        Path f = tmp.resolve(name + ".json");
        Files.writeString(f, json);
        return f;
    }

    private static String minimal(String name, String extra) {
        return "{\"name\": \"" + name + "\", \"title\": \"T\", \"narrative\": \"N\", \"startDate\": \"2013-01-10\", \"days\": 10" + extra + "}";
    }

    @Test
    void missingScenarioFile() throws Exception {
        assertEquals(tmp.resolve("nope.json") + ": no such file (expected a scenario .json file)",
                refused("run", tmp.resolve("nope.json").toString()));
    }

    @Test
    void malformedScenario() throws Exception {
        Path f = scenario("bad", "{\"name\": \"bad\",\n\"days\": 10");
        assertTrue(refused("run", f.toString()).startsWith(f + ":2:"), "located syntax error");
    }

    @Test
    void unknownFieldWrongTypeAbsurdCountUnknownTownDatesOutOfOrder() throws Exception {
        assertTrue(refused("run", scenario("a", minimal("a", ", \"colour\": 1")).toString()).contains("/colour: unknown field 'colour'"));
        assertTrue(refused("run", scenario("b", minimal("b", "").replace("10}", "\"ten\"}")).toString())
                .contains("/days: string found, integer expected"));
        assertTrue(refused("run", scenario("c", minimal("c", ", \"forces\": [{\"faction\": \"FAMA\", \"town\": \"Gao\", \"strength\": -3}]")).toString())
                .contains("/forces/0/strength: must have a minimum value of 1"));
        assertTrue(refused("run", scenario("d", minimal("d", ", \"forces\": [{\"faction\": \"FAMA\", \"town\": \"Gao\", \"strength\": 5000000}]")).toString())
                .contains("/forces/0/strength: must have a maximum value of 100000"));
        assertTrue(refused("run", scenario("e", minimal("e", ", \"control\": {\"Atlantis\": \"MUJAO\"}")).toString())
                .contains("/control/Atlantis: unknown town 'Atlantis'"));
        assertTrue(refused("run", scenario("f", minimal("f", ", \"events\": ["
                + "{\"type\": \"withdrawal\", \"date\": \"2013-01-15\", \"faction\": \"FRANCE\"},"
                + "{\"type\": \"withdrawal\", \"date\": \"2013-01-12\", \"faction\": \"CHAD\"}]")).toString())
                .contains("/events/1/date: event date 2013-01-12 is before the previous event's 2013-01-15"));
        assertTrue(refused("run", scenario("g", minimal("g", ", \"parameters\": {\"noSuch.param\": 1}")).toString())
                .contains("/parameters/noSuch.param: unknown parameter 'noSuch.param'"));
    }

    @Test
    void badFlags() throws Exception {
        assertEquals("sahel: --runs 0: expected a number of replications from 1 to 1000000", refused("run", SMALL, "--runs", "0"));
        assertTrue(refused("run", SMALL, "--runs", "many").startsWith("sahel run: Invalid value for option '--runs'"));
        assertTrue(refused("run", SMALL, "--threads", "0").startsWith("sahel: --threads 0: expected 1 to 1024"));
        assertEquals("sahel: --days 0: expected 1 to 3650", refused("run", SMALL, "--days", "0"));
        assertEquals("sahel: --summary-days 40: expected days from 1 to 30 (the run's length)", refused("run", SMALL, "--summary-days", "7,40"));
        assertEquals("sahel: --set airStrikes: expected rule.param=value, e.g. --set airStrikes.detectionProbability=0.5", refused("run", SMALL, "--set", "airStrikes"));
        assertEquals("sahel: --set a.b=lots: 'lots' is not a number (expected rule.param=number, e.g. 0.5 or 1e-3)", refused("run", SMALL, "--set", "a.b=lots"));
        assertTrue(refused("run", SMALL, "--set", "noSuch.param=1").startsWith("sahel: --set noSuch.param=1: unknown parameter 'noSuch.param'"));
        assertEquals("sahel: --snapshots 31: expected days from 1 to 30 (the run's length)", refused("run", SMALL, "--snapshots", "5,31"));
        assertTrue(refused("run", SMALL, "--bogus").startsWith("sahel run: Unknown option: '--bogus'"));
    }

    @Test
    void badOutputDirectories() throws Exception {
        Path file = tmp.resolve("file.txt");
        Files.writeString(file, "x");
        CliRun isFile = CliRun.of("run", SMALL, "--out", file.toString());
        assertEquals(2, isFile.exitCode());
        assertEquals("sahel: --out " + file + ": is a file (expected a directory for the results)", isFile.err().trim());
        CliRun under = CliRun.of("run", SMALL, "--out", file.resolve("sub").toString());
        assertEquals(2, under.exitCode());
        assertEquals("sahel: --out " + file.resolve("sub") + ": cannot be created because " + file + " is a file (expected a directory path)",
                under.err().trim());
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve(ResultWriter.MANIFEST), "{}");
        CliRun taken = CliRun.of("run", SMALL, "--out", used.toString());
        assertEquals(2, taken.exitCode());
        assertEquals("sahel: --out " + used + ": already holds results (manifest.json); choose another --out, continue them with --resume " + used
                + " or replace them with --force",
                taken.err().trim());
        assertEquals("{}", Files.readString(used.resolve(ResultWriter.MANIFEST)));
        try (var s = Files.list(used)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aStudyWritesEveryOutputIdenticallyWhateverTheThreads() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliRun a = CliRun.of("run", SMALL, "--runs", "6", "--seed", "42", "--threads", "1", "--out", one.toString());
        assertEquals(0, a.exitCode(), a.err());
        CliRun b = CliRun.of("run", SMALL, "--runs", "6", "--seed", "42", "--threads", "2", "--out", two.toString());
        assertEquals(0, b.exitCode(), b.err());
        for (String f : List.of(ResultWriter.TIMESERIES, ResultWriter.TOWNS, ResultWriter.EVENTS, ResultWriter.SUMMARY, ResultWriter.MAP)) {
            assertTrue(Files.size(one.resolve(f)) > 0, f);
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        JsonNode m = new ObjectMapper().readTree(one.resolve(ResultWriter.MANIFEST).toFile());
        assertEquals("test-small", m.get("scenario").asText());
        assertEquals(64, m.get("scenarioSha256").asText().length());
        assertEquals(6, m.get("runs").asInt());
        assertEquals(42, m.get("baseSeed").asLong());
        assertEquals(30, m.get("days").asInt());
        assertTrue(m.get("complete").asBoolean());
        assertEquals(6, m.get("runsCompleted").asInt());
        assertTrue(m.get("parameters").isObject());
        assertFalse(m.get("startTime").isNull() || m.get("endTime").isNull());
        List<String> towns = Files.readAllLines(one.resolve(ResultWriter.TOWNS));
        assertEquals("run,day,date,town,side,faction", towns.get(0));
        assertTrue(towns.stream().anyMatch(l -> l.startsWith("0,0,2013-01-09,Gao,jihadist,MUJAO")), "initial control on day 0");
        assertTrue(a.out().contains("test-small: 6 runs, day 30 (2013-02-08)"), a.out());
        assertTrue(a.out().contains("results: " + one), a.out());

        CliRun again = CliRun.of("run", SMALL, "--runs", "2", "--out", one.toString(), "--force");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(2, new ObjectMapper().readTree(one.resolve(ResultWriter.MANIFEST).toFile()).get("runs").asInt());
    }

    @Test
    void snapshotsDrawTheFirstRunAtTheChosenDays() throws Exception {
        Path dir = tmp.resolve("snap");
        CliRun r = CliRun.of("run", SMALL, "--runs", "2", "--snapshots", "12,3", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (int day : new int[] {3, 12}) {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(dir.resolve("snapshot-" + day + ".png").toFile());
            assertNotNull(img, "snapshot-" + day + ".png is a PNG");
            assertTrue(img.getWidth() >= 1000, "wide enough to read");
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 7) {
                for (int x = 0; x < img.getWidth(); x += 7) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 500, "a map, not a blank picture: " + colours.size() + " colours");
        }
        assertFalse(Files.exists(dir.resolve("snapshot-4.png")), "only the chosen days");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("snapshot-3.png")),
                Files.readAllBytes(dir.resolve("snapshot-12.png"))), "the state changes between day 3 and day 12");
    }
}
