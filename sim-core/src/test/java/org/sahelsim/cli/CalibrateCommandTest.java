package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sahel calibrate on the model: refusals of bad specs, outputs, and --resume byte-identical. */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    static final String SCENARIO = Path.of("..", "scenarios", "serval-2013.json").toAbsolutePath().normalize().toString();

    /** A tiny calibration: Konna's fall only, so runs are two weeks long. */
    private Path spec(String name, String parameters, String targets, String extra) throws IOException {
        Path f = tmp.resolve(name + ".json");
        Files.writeString(f, "{\n  \"scenario\": \"" + SCENARIO.replace("\\", "\\\\") + "\",\n  \"seed\": 3,\n"
                + "  \"population\": 6,\n  \"replications\": 1,\n  \"generations\": 3,\n  \"predictive\": 4,\n" + extra
                + "  \"parameters\": [" + parameters + "],\n"
                + "  \"targets\": [" + targets + "]\n}\n");
        return f;
    }

    static final String PARAMETERS = "{\"key\": \"offensive.superiorityRatio\", \"prior\": \"logUniform\", \"range\": [0.5, 4]},"
            + " {\"key\": \"movement.tacticalFactor\", \"prior\": \"uniform\", \"range\": [0.2, 1]}";
    static final String TARGETS = "{\"name\": \"konna\", \"type\": \"controlDate\", \"town\": \"Konna\", \"side\": \"jihadist\","
            + " \"date\": \"2013-01-10\", \"scale\": 1.5, \"source\": \"004\"},"
            + " {\"name\": \"sevare\", \"type\": \"share\", \"town\": \"Sevare\", \"side\": \"government\","
            + " \"date\": \"2013-01-14\", \"value\": 1, \"scale\": 0.25, \"source\": \"004\", \"heldOut\": true}";

    @Test
    void resumeAfterAStopIsByteIdenticalToAnUninterruptedCalibration() throws IOException {
        Path good = spec("good", PARAMETERS, TARGETS, "");
        Path whole = tmp.resolve("whole");
        CliRun r = CliRun.of("calibrate", good.toString(), "--out", whole.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        for (String f : List.of("posterior.csv", "generations.csv", "calibration.json", "posterior.png", "manifest.json", "checkpoint.json")) {
            assertTrue(Files.exists(whole.resolve(f)), f);
        }
        List<String> gens = Files.readAllLines(whole.resolve("generations.csv"));
        assertEquals(4, gens.size(), "three generations and a header");
        List<String> posterior = Files.readAllLines(whole.resolve("posterior.csv"));
        assertEquals("particle,offensive.superiorityRatio,movement.tacticalFactor,weight,distance", posterior.get(0));
        assertEquals(7, posterior.size());
        double sum = posterior.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[3])).sum();
        assertEquals(1, sum, 1e-12);

        // stopped by its budget within generation 1 (as a kill would stop it), then resumed on one thread
        Path cut = tmp.resolve("cut");
        CliRun first = CliRun.of("calibrate", good.toString(), "--out", cut.toString(), "--threads", "2", "--budget", "9");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("stopped: budget"), first.out());
        assertEquals(2, Files.readAllLines(cut.resolve("generations.csv")).size(), "generation 0 only");
        Files.deleteIfExists(cut.resolve("calibration.json"));
        CliRun again = CliRun.of("calibrate", good.toString(), "--out", cut.toString(), "--threads", "1", "--resume");
        assertEquals(0, again.exitCode(), again.err());
        for (String f : List.of("posterior.csv", "generations.csv", "calibration.json", "posterior.png", "checkpoint.json")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cut.resolve(f)), f + " differs after --resume");
        }
        // a finished calibration resumed again changes nothing
        CliRun third = CliRun.of("calibrate", good.toString(), "--out", cut.toString(), "--resume");
        assertEquals(0, third.exitCode(), third.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("posterior.csv")), Files.readAllBytes(cut.resolve("posterior.csv")));
        // and a directory with results needs --force or --resume
        assertTrue(CliRun.refused(whole.resolve("sub"), "calibrate", good.toString(), "--budget", "1").contains("--budget 1"));
    }

    @Test
    void badSpecsAreRefusedWithOneLocatedLine() throws IOException {
        Path out = tmp.resolve("never");
        assertContains("unknown parameter 'offensive.superiority'", CliRun.refused(out, "calibrate",
                spec("key", "{\"key\": \"offensive.superiority\", \"prior\": \"uniform\", \"range\": [1, 2]}", TARGETS, "").toString()));
        assertContains("leaves its bounds", CliRun.refused(out, "calibrate",
                spec("bounds", "{\"key\": \"movement.tacticalFactor\", \"prior\": \"uniform\", \"range\": [0.2, 3]}", TARGETS, "").toString()));
        assertContains("logUniform prior needs a range above 0", CliRun.refused(out, "calibrate",
                spec("log", "{\"key\": \"movement.tacticalFactor\", \"prior\": \"logUniform\", \"range\": [0, 1]}", TARGETS, "").toString()));
        assertContains("unknown town 'Konnna'", CliRun.refused(out, "calibrate", spec("town", PARAMETERS,
                "{\"name\": \"k\", \"type\": \"controlDate\", \"town\": \"Konnna\", \"side\": \"jihadist\", \"date\": \"2013-01-10\", \"scale\": 1, \"source\": \"004\"}",
                "").toString()));
        assertContains("before the scenario's start", CliRun.refused(out, "calibrate", spec("date", PARAMETERS,
                "{\"name\": \"k\", \"type\": \"controlDate\", \"town\": \"Konna\", \"side\": \"jihadist\", \"date\": \"2012-01-10\", \"scale\": 1, \"source\": \"004\"}",
                "").toString()));
        assertContains("unknown field 'replicates'", CliRun.refused(out, "calibrate", spec("field", PARAMETERS, TARGETS, "  \"replicates\": 3,\n").toString()));
        assertContains("source", CliRun.refused(out, "calibrate", spec("source", PARAMETERS,
                "{\"name\": \"k\", \"type\": \"controlDate\", \"town\": \"Konna\", \"side\": \"jihadist\", \"date\": \"2013-01-10\", \"scale\": 1}",
                "").toString()));
        assertContains("every target is held out", CliRun.refused(out, "calibrate", spec("held", PARAMETERS,
                "{\"name\": \"k\", \"type\": \"controlDate\", \"town\": \"Konna\", \"side\": \"jihadist\", \"date\": \"2013-01-10\", \"scale\": 1, \"source\": \"004\", \"heldOut\": true}",
                "").toString()));
        assertContains("unknown sub-event type", CliRun.refused(out, "calibrate", spec("sub", PARAMETERS,
                "{\"name\": \"k\", \"type\": \"eventCount\", \"subEventType\": \"BOMBS\", \"from\": \"2013-01-10\", \"to\": \"2013-01-20\", \"value\": 1, \"scale\": 1, \"source\": \"004\"}",
                "").toString()));
        Path malformed = tmp.resolve("malformed.json");
        Files.writeString(malformed, "{\"scenario\": ");
        assertContains("malformed JSON", CliRun.refused(out, "calibrate", malformed.toString()));
        assertContains("less than one generation needs", CliRun.refused(out, "calibrate", spec("budget", PARAMETERS, TARGETS, "").toString(), "--budget", "5"));
        // a located line: FILE:LINE:COLUMN: pointer
        String line = CliRun.refused(out, "calibrate",
                spec("loc", "{\"key\": \"offensive.superiority\", \"prior\": \"uniform\", \"range\": [1, 2]}", TARGETS, "").toString());
        assertTrue(line.matches(".*loc\\.json:\\d+:\\d+: /parameters/0/key: .*"), line);
    }

    private static void assertContains(String expected, String line) {
        assertTrue(line.contains(expected), "expected '" + expected + "' in: " + line);
    }
}
