package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output flags of {@code sahel run}: bad values are one line naming the flag, before anything is written. */
class OutputFlagsTest {
    private static final String SCENARIO = Path.of("src", "test", "resources", "scenarios", "test-small.json").toString();

    @TempDir
    Path tmp;

    @Test
    void badValuesAreRefusedWithOneLineNamingTheFlag() {
        assertTrue(CliRun.refused(tmp.resolve("a"), "run", SCENARIO, "--compress", "zip").contains("--compress zip: expected auto, gzip or none"));
        assertTrue(CliRun.refused(tmp.resolve("b"), "run", SCENARIO, "--events", "first:0").contains("--events first:0: expected"));
        assertTrue(CliRun.refused(tmp.resolve("c"), "run", SCENARIO, "--timeseries", "half").contains("--timeseries half: expected"));
        assertTrue(CliRun.refused(tmp.resolve("d"), "run", SCENARIO, "--aggregate", "week:region").contains("--aggregate week:region: expected"));
    }

    @Test
    void resumeTakesTheOutputChoiceFromTheManifest() {
        CliRun r = CliRun.of("run", "--resume", tmp.toString(), "--compress", "gzip");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("--compress cannot be given with it"), r.err());
    }
}
