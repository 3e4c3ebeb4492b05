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
        "serval-2013,      11, 160, 1c06aebe7d26fc2e, 33e9323a2e6fb8ff, 99597a66d3b684fa",
        "withdrawal-2022,  5,  300, a1bdd50af02fcb8a, 5ad5f713ced4e1cd, c8ae850bb3e2cd82",
        "tuareg-inclusion-2013, 3, 120, 8455a1e7b2622830, 7e645a8b64030df3, 0769660608ac36f9",
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
