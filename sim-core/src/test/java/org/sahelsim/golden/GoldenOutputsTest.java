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
        "serval-2013,      11, 160, 519104a985f227c6, 3d33f1d45fdab1bb, 51e0597dd260fde2",
        "withdrawal-2022,  5,  300, d0f444c0472503ce, 105c8685429746f0, c6980eaed61c817a",
        "tuareg-inclusion-2013, 3, 120, 9ead76380deb5f74, 49ad681154dc0760, a6da19d790967a92",
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
