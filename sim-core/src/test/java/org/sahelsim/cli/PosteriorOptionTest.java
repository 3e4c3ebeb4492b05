package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.experiment.Sha256;
import org.sahelsim.experiment.calibrate.Posterior;

/** run --posterior and compare --posterior: draws by weight from each run's seed, recorded in the manifest. */
class PosteriorOptionTest {
    @TempDir
    Path tmp;

    private Path posterior(String rows) throws IOException {
        Path f = tmp.resolve("posterior.csv");
        Files.writeString(f, "particle,airStrikes.sortieFactor,weight,distance\n" + rows);
        return f;
    }

    @Test
    void drawsFollowTheWeightsAndDependOnTheSeedOnly() throws IOException {
        Posterior p = Posterior.read(posterior("0,0.5,0.2,1\n1,2,0.8,1\n"));
        int high = 0;
        for (long seed = 0; seed < 20_000; seed++) {
            if (p.draw(seed).get("airStrikes.sortieFactor") == 2.0) {
                high++;
            }
        }
        assertEquals(0.8, high / 20_000.0, 0.015);
        assertEquals(p.draw(12345L), Posterior.read(tmp.resolve("posterior.csv")).draw(12345L));
    }

    @Test
    void runRecordsThePosteriorAndItsDrawsMoveTheResults() throws IOException {
        Path file = posterior("0,0,0.5,1\n1,3,0.5,1\n");
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("run", "serval-2013", "--runs", "4", "--days", "12", "--threads", "2", "--posterior", file.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(Sha256.hex(file), m.get("posteriorSha256").asText());
        Path plain = tmp.resolve("plain");
        assertEquals(0, CliRun.of("run", "serval-2013", "--runs", "4", "--days", "12", "--threads", "2", "--out", plain.toString()).exitCode());
        assertNotEquals(Files.readString(plain.resolve("timeseries.csv")), Files.readString(out.resolve("timeseries.csv")),
                "runs with sortie factors drawn from {0, 3} differ from runs at the default 1");
        // a --set of a parameter the posterior gives is refused
        String line = CliRun.refused(tmp.resolve("never"), "run", "serval-2013", "--runs", "2", "--posterior", file.toString(),
                "--set", "airStrikes.sortieFactor=1");
        assertTrue(line.contains("drawn from --posterior"), line);
        Files.writeString(tmp.resolve("bad.csv"), "particle,airStrikes.sortieFactor,weight,distance\n0,9,1,1\n");
        line = CliRun.refused(tmp.resolve("never"), "run", "serval-2013", "--runs", "2", "--posterior", tmp.resolve("bad.csv").toString());
        assertTrue(line.contains("bad.csv:2: airStrikes.sortieFactor = 9 is outside its bounds"), line);
    }

    @Test
    void bothRunsOfAComparePairDrawTheSameParameters() throws IOException {
        // the same scenario on both sides: any difference would come from different draws within a pair
        Path file = posterior("0,0,0.5,1\n1,3,0.5,1\n");
        Path out = tmp.resolve("compare");
        CliRun r = CliRun.of("compare", "serval-2013", "serval-2013", "--runs", "4", "--days", "12", "--threads", "2",
                "--posterior", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("differences.csv"));
        int sdBase = List.of(rows.get(0).split(",")).indexOf("sd_base");
        int diff = List.of(rows.get(0).split(",")).indexOf("mean_diff");
        boolean varies = false;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            assertEquals(0.0, Double.parseDouble(f[diff]), 0.0, row);
            varies |= !f[sdBase].isEmpty() && Double.parseDouble(f[sdBase]) > 0;
        }
        assertTrue(varies, "the runs vary between pairs");
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(Sha256.hex(file), m.get("posteriorSha256").asText());
    }
}
