package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.experiment.AtomicFiles;
import org.sahelsim.experiment.ResultWriter;
import org.sahelsim.experiment.StudyDirs;
import org.sahelsim.experiment.StudyLock;

/** run --resume after a real kill -9 and after SIGTERM, the study lock, and default directories. */
class RunResumeLockTest {
    static final String SMALL = Path.of(RunCommandTest.SMALL).toAbsolutePath().toString();
    static final List<String> FILES = List.of(ResultWriter.TIMESERIES, ResultWriter.TOWNS, ResultWriter.EVENTS,
            ResultWriter.SUMMARY, ResultWriter.MAP);

    @TempDir
    Path tmp;

    private Process child(Path out, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.sahelsim.cli.SahelCli", "run", SMALL, "--runs", "60", "--seed", "3", "--out", out.toString()));
        if (!List.of(more).contains("--days")) {
            cmd.addAll(List.of("--days", "40"));
        }
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(out.getFileName() + ".log").toFile()).start();
    }

    private static long journalLines(Path dir) throws IOException {
        Path j = dir.resolve(ResultWriter.JOURNAL);
        return Files.exists(j) ? Files.readAllLines(j).size() : 0;
    }

    private void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
        try (var s = Files.list(b)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no part file left");
        }
        assertTrue(Files.notExists(b.resolve(ResultWriter.JOURNAL)), "the journal goes when the study is complete");
        assertEquals(0, Files.size(b.resolve(StudyLock.NAME)), "the lock file is emptied when the study ends");
        assertTrue(Files.readString(b.resolve(ResultWriter.MANIFEST)).contains("\"complete\" : true"));
    }

    private Process killMidway(Path dir, boolean hard) throws Exception {
        Process p = child(dir, "--threads", "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive() && journalLines(dir) < 8) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the child finished before it could be killed: make the study longer");
        if (hard) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        } else {
            p.destroy(); // SIGTERM: the shutdown hook finishes the files as after Ctrl-C
        }
        p.waitFor();
        return p;
    }

    @Test
    void resumeAfterKillMinus9IsByteIdenticalToAnUninterruptedStudy() throws Exception {
        Path full = tmp.resolve("full");
        assertEquals(0, child(full, "--threads", "1").waitFor());

        Path killed = tmp.resolve("killed");
        killMidway(killed, true);
        long kept = journalLines(killed);
        assertTrue(kept >= 8 && kept < 60, "killed mid-study with " + kept + " runs journalled");
        assertTrue(Files.exists(AtomicFiles.partOf(killed.resolve(ResultWriter.TIMESERIES))));
        assertTrue(Files.notExists(killed.resolve(ResultWriter.SUMMARY)));
        // a second start into the directory is refused (it holds results), not mixed
        assertEquals(2, CliRun.of("run", SMALL, "--runs", "60", "--out", killed.toString()).exitCode());

        CliRun r = CliRun.of("run", "--resume", killed.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("runs kept"), r.err());
        assertSameFiles(full, killed);
    }

    @Test
    void resumeAfterSigtermContinuesTheRenamedFiles() throws Exception {
        Path full = tmp.resolve("full");
        assertEquals(0, child(full, "--threads", "2").waitFor());
        Path stopped = tmp.resolve("stopped");
        killMidway(stopped, false);
        assertTrue(Files.exists(stopped.resolve(ResultWriter.TIMESERIES)), "Ctrl-C/SIGTERM renames the tables");
        assertTrue(Files.readString(stopped.resolve(ResultWriter.MANIFEST)).contains("\"complete\" : false"));
        String log = Files.readString(tmp.resolve("stopped.log"));
        assertTrue(log.contains("sahel run --resume " + stopped), log);
        assertTrue(log.contains("Tessalit") || log.contains("town"), "the summary table is printed whole: " + log);

        assertEquals(0, CliRun.of("run", "--resume", stopped.toString(), "--threads", "1").exitCode());
        assertSameFiles(full, stopped);
        // nothing left to resume
        CliRun again = CliRun.of("run", "--resume", stopped.toString());
        assertEquals(2, again.exitCode());
        assertEquals(1, again.errLines(), again.err());
    }

    @Test
    void resumeRefusesOtherSettingsAndForeignDirectories() throws Exception {
        CliRun r = CliRun.of("run", "--resume", tmp.toString(), "--runs", "5");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--runs cannot be given"), r.err());
        CliRun none = CliRun.of("run", "--resume", tmp.resolve("nothing").toString());
        assertEquals(2, none.exitCode());
        assertEquals(1, none.errLines(), none.err());
        Files.writeString(tmp.resolve(ResultWriter.MANIFEST), "{\"complete\": false}");
        CliRun bad = CliRun.of("run", "--resume", tmp.toString());
        assertEquals(2, bad.exitCode(), bad.err());
        assertEquals(1, bad.errLines(), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void aSecondWriterIsRefusedWhileAStudyHoldsTheDirectory() throws Exception {
        Path dir = tmp.resolve("busy");
        Files.createDirectories(dir);
        try (StudyLock held = StudyLock.acquire(dir)) {
            CliRun r = CliRun.of("run", SMALL, "--runs", "2", "--days", "5", "--out", dir.toString(), "--force");
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(1, r.errLines(), r.err());
            assertTrue(r.err().contains("in use by another study (pid " + ProcessHandle.current().pid()), r.err());
            try (var s = Files.list(dir)) {
                assertEquals(List.of(StudyLock.NAME), s.map(p -> p.getFileName().toString()).toList(), "nothing written");
            }
        }
        assertEquals(0, Files.size(dir.resolve(StudyLock.NAME)));
        assertEquals(0, CliRun.of("run", SMALL, "--runs", "2", "--days", "5", "--out", dir.toString()).exitCode());
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstWrites() throws Exception {
        Path dir = tmp.resolve("shared");
        Process first = child(dir, "--threads", "1", "--days", "120");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && first.isAlive() && journalLines(dir) < 2) {
            Thread.sleep(5);
        }
        assertTrue(first.isAlive(), "the first study ended too soon");
        CliRun second = CliRun.of("run", SMALL, "--runs", "3", "--days", "5", "--out", dir.toString(), "--force");
        assertEquals(0, first.waitFor());
        assertEquals(2, second.exitCode(), second.err());
        assertTrue(second.err().contains("in use by another study"), second.err());
        assertTrue(Files.readString(dir.resolve(ResultWriter.MANIFEST)).contains("\"runs\" : 60"), "the first study's files only");
    }

    @Test
    void defaultDirectoriesOfTheSameSecondDoNotCollide() {
        Path base = tmp.resolve("results").resolve("s-20130110-000000");
        Path a = StudyDirs.createUnique(base);
        Path b = StudyDirs.createUnique(base);
        Path c = StudyDirs.createUnique(base);
        assertEquals(base, a);
        assertEquals(tmp.resolve("results").resolve("s-20130110-000000-2"), b);
        assertEquals(tmp.resolve("results").resolve("s-20130110-000000-3"), c);
    }

    @Test
    void anEmptyOutIsRefused() {
        CliRun r = CliRun.of("run", SMALL, "--runs", "1", "--out", "");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("--out \"\""), r.err());
    }

    @Test
    void anInterruptedSweepSaysHowToResumeAndResumes() throws Exception {
        Path spec = tmp.resolve("spec.json");
        Files.writeString(spec, """
                {"scenario": "%s", "seed": 3, "days": 30, "design": "lhs", "points": 400, "replications": 1,
                 "parameters": [{"key": "airStrikes.sortieFactor", "range": [0.2, 3]}],
                 "outputs": [{"name": "fighters", "type": "metric", "metric": "fighters_MUJAO"}]}
                """.formatted(SMALL));
        Path dir = tmp.resolve("sweep");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.sahelsim.cli.SahelCli",
                "sweep", spec.toString(), "--out", dir.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("sweep.log").toFile()).start();
        Path part = AtomicFiles.partOf(dir.resolve("results.csv"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive() && (!Files.exists(part) || Files.readAllLines(part).size() < 10)) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the sweep ended before it could be interrupted");
        p.destroy(); // SIGTERM, as Ctrl-C
        p.waitFor();
        String log = Files.readString(tmp.resolve("sweep.log"));
        assertTrue(log.contains("continue with: sahel sweep " + spec + " --out " + dir + " --resume"), log);
        CliRun r = CliRun.of("sweep", spec.toString(), "--out", dir.toString(), "--resume");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(401, Files.readAllLines(dir.resolve("results.csv")).size());
    }
}
