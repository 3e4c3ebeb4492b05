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
        "serval-2013,      11, 160, 2c536117e8e4cbe7, ee1b0fa2e9d1a3e7, 4d86bb6409db5c4e",
        "withdrawal-2022,  5,  300, 762a9fcc79465adf, 9786614771f2f98e, 592f9f45c44e8535",
        "tuareg-inclusion-2013, 3, 120, 86419ecf7af4ea89, ba5be4aaf234a3e9, 722a2c3052525ab4",
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
