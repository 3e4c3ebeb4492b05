package org.sahelsim.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelsim.cli.SahelCli;
import org.sahelsim.experiment.Sha256;

/**
 * The outputs of fixed studies, byte for byte. Restructuring the code must not change what a run
 * produces (the order of random draws included); a change of model behaviour updates these hashes
 * in the same commit, with the reason in its message.
 */
class GoldenOutputsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({
        "serval-2013,      11, 160, 401d0ae4627baf98, 80ed149e52918737, 554a8520060df7de",
        "withdrawal-2022,  5,  300, 4ac7df18391d08e7, 11f16e3b12c686b3, 49f73acf9b7752ba",
        "tuareg-inclusion-2013, 3, 120, 9b4e65b4810ddc0f, 2cc9752650704463, 4f2c7cd13e2f80cf",
    })
    void outputsAreUnchanged(String scenario, long seed, int days, String events, String towns, String timeseries) throws Exception {
        Path scen = Path.of("..", "scenarios", scenario + ".json");
        Path out = tmp.resolve(scenario);
        int code = SahelCli.commandLine().execute("run", scen.toString(), "--runs", "3", "--seed", Long.toString(seed),
                "--days", Integer.toString(days), "--threads", "2", "--out", out.toString());
        assertEquals(0, code);
        String got = "events " + hash(out.resolve("events.csv")) + ", towns " + hash(out.resolve("towns.csv"))
                + ", timeseries " + hash(out.resolve("timeseries.csv"));
        assertEquals("events " + events + ", towns " + towns + ", timeseries " + timeseries, got);
    }

    private static String hash(Path p) throws Exception {
        return Sha256.hex(Files.readAllBytes(p)).substring(0, 16);
    }
}
