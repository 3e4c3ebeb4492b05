package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.experiment.ResultWriter;
import org.sahelsim.experiment.sweep.SweepRunner;

/**
 * A real full disk: a 256 KB tmpfs mounted for the test (needs root and a kernel that lets this
 * process mount; skipped, saying why on the console, elsewhere). run and sweep must end with one
 * line naming the file and the system's reason, exit code 1, no final-named file that is
 * incomplete, and a manifest that does not claim completeness.
 */
class DiskFullTest {
    @TempDir
    Path tmp;
    Path disk;
    boolean mounted;

    private static int sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a tmpfs needs Linux");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
        disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        int rc;
        try {
            rc = sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString());
        } catch (IOException e) {
            rc = -1;
        }
        Assumptions.assumeTrue(rc == 0, "mount -t tmpfs failed (exit " + rc + "): no permission to mount here");
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            sh("umount", disk.toString());
        }
    }

    private static void assertOneLineEnvironmentFailure(CliRun r, Path dir) {
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.errLines(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains("No space left on device"), r.err());
        assertTrue(r.err().contains(dir.toString()), "names the file: " + r.err());
    }

    @Test
    void runOnAFullDiskEndsWithOneLineAndNoFinalNamedFile() throws Exception {
        Path dir = disk.resolve("study");
        CliRun r = CliRun.of("run", RunCommandTest.SMALL, "--runs", "200", "--days", "40", "--out", dir.toString());
        assertOneLineEnvironmentFailure(r, dir);
        for (String f : List.of(ResultWriter.TIMESERIES, ResultWriter.TOWNS, ResultWriter.EVENTS, ResultWriter.SUMMARY, ResultWriter.MAP)) {
            assertTrue(Files.notExists(dir.resolve(f)), f + " must not appear under its final name");
        }
        if (Files.exists(dir.resolve(ResultWriter.MANIFEST))) {
            String m = Files.readString(dir.resolve(ResultWriter.MANIFEST));
            assertTrue(m.contains("\"complete\" : false"), m);
        }
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().matches("\\.(summary\\.json|map\\.png|manifest\\.json)\\.part")),
                    "no half-written summary, map or manifest");
        }
    }

    @Test
    void sweepOnAFullDiskEndsWithOneLineAndNoFinalNamedFile() throws Exception {
        Path spec = tmp.resolve("spec.json");
        Files.writeString(spec, """
                {"scenario": "%s", "seed": 3, "days": 10, "design": "lhs", "points": 4000, "replications": 1,
                 "parameters": [{"key": "airStrikes.sortieFactor", "range": [0.2, 3]}],
                 "outputs": [{"name": "fighters", "type": "metric", "metric": "fighters_MUJAO"}]}
                """.formatted(Path.of(RunCommandTest.SMALL).toAbsolutePath()));
        Path dir = disk.resolve("sweep");
        Files.write(disk.resolve("filler"), new byte[200 * 1024]); // leave about 50 KB: results.csv fills it
        CliRun r = CliRun.of("sweep", spec.toString(), "--out", dir.toString());
        assertOneLineEnvironmentFailure(r, dir);
        for (String f : List.of(SweepRunner.RESULTS, SweepRunner.POINTS)) {
            assertTrue(Files.notExists(dir.resolve(f)), f + " must not appear under its final name");
        }
        if (Files.exists(dir.resolve(SweepRunner.MANIFEST))) {
            assertTrue(Files.readString(dir.resolve(SweepRunner.MANIFEST)).contains("\"complete\" : false"));
        }
    }
}
