package org.sahelsim.experiment.sweep;

import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.LocalEngine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sweep on 1 and 3 threads, and what it writes. */
class SweepEnginesTest {
    @TempDir
    Path tmp;

    private Path run(SweepSpec spec, String out, int threads) {
        Path dir = tmp.resolve(out);
        SweepRunner runner = new SweepRunner(spec, SweepFixture.job(spec), dir, Map.of());
        try (Engine engine = new LocalEngine(threads)) {
            assertTrue(runner.run(engine, false, n -> {}));
        }
        return dir;
    }

    @Test
    void resultsAreIdenticalWhateverTheThreadCount() throws IOException {
        SweepSpec spec = SweepFixture.load(SweepFixture.write(tmp, "sobol", "\"design\": \"sobol\", \"baseSamples\": 4", 2, 25));
        Path one = run(spec, "one", 1);
        Path three = run(spec, "three", 3);
        for (String f : List.of(SweepRunner.RESULTS, SweepRunner.POINTS, SweepRunner.SENSITIVITY, SweepRunner.SENSITIVITY_CSV)) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(three.resolve(f)), f + " differs between 1 and 3 threads");
        }
        List<String> rows = Files.readAllLines(one.resolve(SweepRunner.RESULTS));
        assertEquals("point,replication,seed,airStrikes.sortieFactor,recruitment.foreignInflowPerDay,"
                + "konna_government_day,jihadist_fighters,gao_jihadist_d8", rows.get(0));
        assertEquals(1 + 4 * (2 + 2) * 2, rows.size(), "N(k+2) points x 2 replications");
        Set<String> seeds = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            assertEquals(8, f.length, row);
            assertTrue(seeds.add(f[2]), "every run has its own seed");
            double konna = Double.parseDouble(f[5]);
            assertTrue(konna >= 0 && konna <= 26, "first control day within [0, days+1]: " + row);
            assertTrue(Set.of("0", "1").contains(f[7]), "holds is 0 or 1: " + row);
        }
        assertNotEquals(rows.get(1).split(",")[6], rows.get(2).split(",")[6],
                "two replications of a point differ (different seeds)");

        JsonNode manifest = new ObjectMapper().readTree(one.resolve(SweepRunner.MANIFEST).toFile());
        assertTrue(manifest.get("complete").asBoolean());
        assertEquals(32, manifest.get("runsCompleted").asInt());
        JsonNode s = new ObjectMapper().readTree(one.resolve(SweepRunner.SENSITIVITY).toFile());
        JsonNode idx = s.at("/outputs/jihadist_fighters/indices/airStrikes.sortieFactor/total");
        assertTrue(idx.has("estimate") && idx.get("ci95").size() == 2, s.toString());
        assertTrue(idx.has("reliable") && idx.has("flags") && idx.has("raw") && idx.has("neededBaseSamples"), s.toString());
        assertTrue(s.at("/outputs/jihadist_fighters/noiseShare").isNumber(), "two replications: the noise is separated");
        // the censored first-control day is analysed as two measures, not as a number
        assertTrue(s.at("/outputs/konna_government_day").isMissingNode(), s.toString());
        assertEquals("happened", s.at("/outputs/konna_government_day_happened/measure").asText());
        assertEquals("dayIfHappened", s.at("/outputs/konna_government_day_if_happened/measure").asText());
        assertEquals(26, s.at("/censoredValue").asInt());

        List<String> points = Files.readAllLines(one.resolve(SweepRunner.POINTS));
        assertEquals(1 + 16, points.size());
        assertTrue(points.get(0).contains("jihadist_fighters_mean,jihadist_fighters_sd,jihadist_fighters_ci95_low"));
    }

    @Test
    void seedsDependOnlyOnSpecPointAndReplication() {
        SweepSpec two = SweepFixture.load(SweepFixture.write(tmp.resolve("a"), "f", "\"design\": \"factorial\", \"levels\": 2", 2, 10));
        SweepSpec three = SweepFixture.load(SweepFixture.write(tmp.resolve("b"), "f", "\"design\": \"factorial\", \"levels\": 2", 3, 10));
        List<SweepRun> a = SweepRunner.plan(two);
        List<SweepRun> b = SweepRunner.plan(three);
        assertEquals(6 * 2, a.size());
        assertEquals(a.get(2).seed(), b.get(3).seed(), "point 1 replication 0 keeps its seed when replications grow");
        assertEquals(a.get(3).seed(), b.get(4).seed());
        assertFalse(a.get(0).seed() == a.get(1).seed());
    }

    @Test
    void theShippedExampleIsAValidSpecOfRealParameters() {
        SweepSpec spec = SweepFixture.load(Path.of("../scenarios/sweeps/kidal-air-redoubt.json"));
        assertEquals(Design.SOBOL, spec.design());
        assertEquals(List.of("airStrikes.sortieFactor", "redoubt.initialSupplyFighterDays", "recruitment.localRatePerDay"),
                spec.factorKeys());
        assertEquals(128 * 5 * 2, SweepRunner.plan(spec).size());
        assertTrue(spec.commonRandomNumbers(), "the example uses common random numbers");
    }

    @Test
    void commonRandomNumbersGiveReplicationRTheSameSeedAtEveryPoint() {
        SweepSpec independent = SweepFixture.load(Path.of("../scenarios/sweeps/kidal-air-redoubt.json"));
        SweepSpec common = new SweepSpec(independent.name(), independent.description(), independent.scenarioFile(),
                independent.seed(), independent.days(), independent.design(), independent.points(),
                independent.baseSamples(), independent.levels(), independent.replications(), true,
                independent.factors(), independent.outputs(), independent.sha256());
        independent = new SweepSpec(common.name(), common.description(), common.scenarioFile(), common.seed(),
                common.days(), common.design(), common.points(), common.baseSamples(), common.levels(),
                common.replications(), false, common.factors(), common.outputs(), common.sha256());
        List<SweepRun> c = SweepRunner.plan(common);
        List<SweepRun> i = SweepRunner.plan(independent);
        Set<Long> seedsOfReplication0 = new HashSet<>();
        Set<Long> independentSeeds = new HashSet<>();
        for (int n = 0; n < c.size(); n++) {
            if (c.get(n).replication() == 0) {
                seedsOfReplication0.add(c.get(n).seed());
            }
            independentSeeds.add(i.get(n).seed());
            assertEquals(i.get(n).point(), c.get(n).point());
            assertArrayEquals(i.get(n).values(), c.get(n).values(), "the design does not depend on the seeding");
        }
        assertEquals(1, seedsOfReplication0.size(), "common: one seed for replication 0 at every point");
        assertEquals(i.size(), independentSeeds.size(), "independent: every run its own seed");
    }
}
