package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sahel sweep from the command line: a good spec, and every kind of bad input. */
class SweepCommandTest {
    static final String SCENARIO = Path.of("src/test/resources/scenarios/test-small.json").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private Path spec(String name, String params, String design) throws IOException {
        String json = """
                {"scenario": "%s", "seed": 3, "days": 10, %s, "replications": 1,
                 "parameters": [%s],
                 "outputs": [{"name": "kidal_gov", "type": "firstControlDay", "town": "Kidal", "side": "government"}]}
                """.formatted(SCENARIO, design, params);
        Path p = tmp.resolve(name + ".json");
        Files.writeString(p, json);
        return p;
    }

    private Path good() throws IOException {
        return spec("good", "{\"key\": \"airStrikes.sortieFactor\", \"levels\": [0.5, 2]}", "\"design\": \"factorial\"");
    }

    private void assertRefused(String expectedInMessage, Path out, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines(), "one line: " + r.err());
        assertTrue(r.err().startsWith("sahel"), r.err());
        assertTrue(r.err().contains(expectedInMessage), "'" + expectedInMessage + "' in: " + r.err());
        if (out != null) {
            assertFalse(Files.exists(out.resolve("manifest.json")) || Files.exists(out.resolve("results.csv")), "nothing written");
        }
    }

    @Test
    void aGoodSpecWritesTheResults() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("sweep", good().toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("complete"), r.out());
        assertEquals(3, Files.readAllLines(out.resolve("results.csv")).size());
        assertTrue(Files.exists(out.resolve("points.csv")));
        assertFalse(Files.exists(out.resolve("sensitivity.json")), "only sobol designs have indices");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "no part files left");
        }
        // a second time needs --force or --resume
        assertRefused("already holds results", null, "sweep", good().toString(), "--out", out.toString());
        assertEquals(0, CliRun.of("sweep", good().toString(), "--out", out.toString(), "--force").exitCode());
        assertEquals(0, CliRun.of("sweep", good().toString(), "--out", out.toString(), "--resume").exitCode());
    }

    @Test
    void aSobolSweepPrintsItsIndicesWithTheirFlags() throws IOException {
        Path spec = spec("sobol", "{\"key\": \"airStrikes.sortieFactor\", \"range\": [0.5, 2]}, "
                + "{\"key\": \"combat.qualityJihadist\", \"range\": [0.5, 1]}", "\"design\": \"sobol\", \"baseSamples\": 3");
        Path out = tmp.resolve("sobol-out");
        CliRun r = CliRun.of("sweep", spec.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Sobol indices"), r.out());
        assertTrue(r.out().contains("kidal_gov_happened") && r.out().contains("kidal_gov_if_happened"), r.out());
        assertTrue(r.out().contains("noise not separated"), "one replication: " + r.out());
        assertTrue(Files.readString(out.resolve("sensitivity.csv")).startsWith("output,of,measure,parameter,index,"));
        CliRun quiet = CliRun.of("sweep", spec.toString(), "--out", out.toString(), "--force", "--no-summary");
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertFalse(quiet.out().contains("Sobol indices"), quiet.out());
    }

    @Test
    void badInputEndsWithOneLineAndWritesNothing() throws IOException {
        Path out = tmp.resolve("never");
        Path malformed = tmp.resolve("malformed.json");
        Files.writeString(malformed, "{\"scenario\": \"x.json\", \"seed\": ");
        assertRefused("malformed JSON", out, "sweep", malformed.toString(), "--out", out.toString());
        assertRefused("no such file", out, "sweep", tmp.resolve("missing.json").toString(), "--out", out.toString());
        assertRefused("unknown parameter 'airStrikes.sortiesFactor'", out, "sweep",
                spec("unknown", "{\"key\": \"airStrikes.sortiesFactor\", \"range\": [0, 1]}", "\"design\": \"lhs\", \"points\": 4").toString(),
                "--out", out.toString());
        assertRefused("outside its bounds", out, "sweep",
                spec("bounds", "{\"key\": \"airStrikes.sortieFactor\", \"range\": [0, 50]}", "\"design\": \"lhs\", \"points\": 4").toString(),
                "--out", out.toString());
        assertRefused("/design", out, "sweep",
                spec("design", "{\"key\": \"airStrikes.sortieFactor\", \"range\": [0, 1]}", "\"design\": \"morris\"").toString(),
                "--out", out.toString());
        assertRefused("unknown engine", out, "sweep", good().toString(), "--engine", "hadoop", "--out", out.toString());
        assertRefused("Spark engine is not on the classpath", out, "sweep", good().toString(), "--engine", "spark", "--out", out.toString());
        assertRefused("--resume needs --out", null, "sweep", good().toString(), "--resume");
        Path file = tmp.resolve("afile");
        Files.writeString(file, "x");
        assertRefused("cannot be created", null, "sweep", good().toString(), "--out", file.resolve("sub").toString());
        assertRefused("is a file", null, "sweep", good().toString(), "--out", file.toString());
    }
}
