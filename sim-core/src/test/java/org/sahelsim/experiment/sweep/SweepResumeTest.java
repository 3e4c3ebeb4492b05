package org.sahelsim.experiment.sweep;

import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.LocalEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.SahelCli;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.AtomicFiles;

/** --resume ends with exactly the files of an uninterrupted sweep. */
class SweepResumeTest {
    @TempDir
    Path tmp;

    private static final List<String> FILES = List.of(SweepRunner.RESULTS, SweepRunner.POINTS, SweepRunner.SENSITIVITY);

    private boolean run(SweepSpec spec, Path dir, boolean resume, int threads) {
        SweepRunner runner = new SweepRunner(spec, SweepFixture.job(spec), dir, Map.of());
        try (Engine engine = new LocalEngine(threads)) {
            return runner.run(engine, resume, n -> {});
        }
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : FILES) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f);
        }
    }

    @Test
    void resumingATornPartFileRunsOnlyTheMissingRows() throws IOException {
        SweepSpec spec = SweepFixture.load(SweepFixture.write(tmp, "s", "\"design\": \"sobol\", \"baseSamples\": 4", 2, 20));
        Path full = tmp.resolve("full");
        assertTrue(run(spec, full, false, 2));

        // what kill -9 leaves: the part file with a torn last row, an incomplete manifest, no summaries
        Path cut = tmp.resolve("cut");
        Files.createDirectories(cut);
        byte[] all = Files.readAllBytes(full.resolve(SweepRunner.RESULTS));
        String text = new String(all, StandardCharsets.UTF_8);
        int tenthRowEnd = 0;
        for (int i = 0; i < 11; i++) {
            tenthRowEnd = text.indexOf('\n', tenthRowEnd) + 1;
        }
        Files.write(AtomicFiles.partOf(cut.resolve(SweepRunner.RESULTS)),
                java.util.Arrays.copyOf(all, tenthRowEnd + 9)); // 10 rows and 9 bytes of the 11th
        Files.copy(full.resolve(SweepRunner.MANIFEST), cut.resolve(SweepRunner.MANIFEST));

        int[] first = {-1};
        SweepRunner runner = new SweepRunner(spec, SweepFixture.job(spec), cut, Map.of());
        try (Engine engine = new LocalEngine(2)) {
            assertTrue(runner.run(engine, true, n -> {
                if (first[0] < 0) {
                    first[0] = n;
                }
            }));
        }
        assertEquals(10, first[0], "the 10 complete rows on disk are kept, not run again");
        assertSameFiles(full, cut);
        assertTrue(Files.notExists(AtomicFiles.partOf(cut.resolve(SweepRunner.RESULTS))));
    }

    @Test
    void resumingAfterCtrlCContinuesTheRenamedFile() throws IOException {
        SweepSpec spec = SweepFixture.load(SweepFixture.write(tmp, "s", "\"design\": \"lhs\", \"points\": 6", 2, 20));
        Path full = tmp.resolve("full");
        assertTrue(run(spec, full, false, 1));
        Path cut = tmp.resolve("cut");
        Files.createDirectories(cut);
        List<String> lines = Files.readAllLines(full.resolve(SweepRunner.RESULTS));
        Files.write(cut.resolve(SweepRunner.RESULTS), lines.subList(0, 5)); // header + 4 rows
        Files.copy(full.resolve(SweepRunner.MANIFEST), cut.resolve(SweepRunner.MANIFEST));
        assertTrue(run(spec, cut, true, 3));
        for (String f : List.of(SweepRunner.RESULTS, SweepRunner.POINTS)) {
            assertEquals(Files.readString(full.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
    }

    @Test
    void resumeRefusesRowsThatAreNotThisSpecs() throws IOException {
        SweepSpec spec = SweepFixture.load(SweepFixture.write(tmp, "s", "\"design\": \"lhs\", \"points\": 3", 1, 10));
        Path dir = tmp.resolve("out");
        assertTrue(run(spec, dir, false, 1));
        List<String> lines = Files.readAllLines(dir.resolve(SweepRunner.RESULTS));
        lines.set(2, lines.get(2).replaceFirst("^1,0,", "1,1,"));
        Files.write(dir.resolve(SweepRunner.RESULTS), lines);
        String before = Files.readString(dir.resolve(SweepRunner.RESULTS));
        UserError e = assertThrows(UserError.class, () -> run(spec, dir, true, 1));
        assertTrue(e.getMessage().contains("results.csv:3"), e.getMessage());
        assertEquals(before, Files.readString(dir.resolve(SweepRunner.RESULTS)), "nothing written");

        SweepSpec other = SweepFixture.load(SweepFixture.write(tmp, "s", "\"design\": \"lhs\", \"points\": 4", 1, 10));
        UserError e2 = assertThrows(UserError.class, () -> run(other, dir, true, 1));
        assertTrue(e2.getMessage().contains("different spec"), e2.getMessage());
    }

    /** A real kill -9 of a child JVM in the middle of a sweep, then --resume. */
    @Test
    void resumeAfterKillMinus9MatchesAnUninterruptedSweep() throws Exception {
        Path specFile = SweepFixture.write(tmp, "k", "\"design\": \"sobol\", \"baseSamples\": 15", 2, 30);
        // the uninterrupted sweep in another JVM, so that whatever varies between JVMs shows up
        Path full = tmp.resolve("full");
        assertEquals(0, child(specFile, full).waitFor());

        Path killed = tmp.resolve("killed");
        Process child = child(specFile, killed);
        Path part = AtomicFiles.partOf(killed.resolve(SweepRunner.RESULTS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()
                && (!Files.exists(part) || Files.readAllLines(part).size() < 20)) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed: make the sweep longer");
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        child.waitFor();
        long onDisk = Files.readAllLines(part).size() - 1;
        assertTrue(onDisk >= 19 && onDisk < 120 - 1, "killed mid-sweep with " + onDisk + " rows on disk");
        assertTrue(Files.notExists(killed.resolve(SweepRunner.POINTS)));

        assertEquals(0, SahelCli.execute("sweep", specFile.toString(), "--out", killed.toString(), "--resume", "--threads", "1"));
        assertSameFiles(full, killed);
        assertTrue(Files.readString(killed.resolve(SweepRunner.MANIFEST)).contains("\"complete\" : true"));
    }

    private Process child(Path specFile, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.sahelsim.cli.SahelCli",
                "sweep", specFile.toString(), "--out", out.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve(out.getFileName() + ".log").toFile()).start();
    }

}
