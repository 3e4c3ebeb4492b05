package org.sahelsim.experiment;

import org.sahelsim.rules.RuleSet;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

class MonteCarloRunnerTest {
    private static final Scenario SCENARIO = new Scenario("synthetic", "Synthetic", "For tests", List.of(),
            LocalDate.of(2013, 1, 10), 40, List.of(), Map.of(), Map.of(), List.of());
    private static final int[] SUMMARY_DAYS = {7, 14, 40};

    private static void study(Path dir, int runs, int threads) {
        Summary summary = new Summary(SCENARIO, SUMMARY_DAYS, 40);
        ResultWriter writer = new ResultWriter(dir, Map.of("scenario", "synthetic"), summary, null);
        writer.open();
        int done = new MonteCarloRunner(new SyntheticEngine(), SCENARIO, RuleSet.CATALOG.defaults(), 40, SUMMARY_DAYS, 7L, runs, threads)
                .run(writer::write);
        writer.finish(done == runs);
    }

    @Test
    void outputsAreByteIdenticalWhateverTheNumberOfThreads(@TempDir Path tmp) throws Exception {
        study(tmp.resolve("one"), 60, 1);
        study(tmp.resolve("four"), 60, 4);
        for (String f : List.of(ResultWriter.TIMESERIES, ResultWriter.TOWNS, ResultWriter.EVENTS, ResultWriter.SUMMARY)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("four").resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(tmp.resolve("four").resolve(ResultWriter.TIMESERIES));
        assertEquals(1 + 60 * 40, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).startsWith(((i - 1) / 40) + "," + (((i - 1) % 40) + 1) + ","), rows.get(i));
        }
        assertEquals("0,1,2013-01-10", rows.get(1).substring(0, 14));
        try (var s = Files.list(tmp.resolve("four"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void summaryReportsEveryMetricAtTheChosenDaysAndTheTowns(@TempDir Path tmp) throws Exception {
        study(tmp, 30, 2);
        JsonNode summary = new ObjectMapper().readTree(tmp.resolve(ResultWriter.SUMMARY).toFile());
        assertEquals(30, summary.get("runs").asInt());
        assertEquals(3, summary.get("metricsByDay").size());
        JsonNode last = summary.get("metricsByDay").get(2);
        assertEquals(40, last.get("day").asInt());
        assertEquals("2013-02-18", last.get("date").asText());
        assertTrue(last.get("final").asBoolean());
        JsonNode m = last.get("metrics").get("towns_government");
        assertEquals(30, m.get("n").asInt());
        assertTrue(m.get("ci95Low").asDouble() < m.get("mean").asDouble() && m.get("mean").asDouble() < m.get("ci95High").asDouble());
        assertTrue(m.get("p5").asDouble() <= m.get("p50").asDouble() && m.get("p50").asDouble() <= m.get("p95").asDouble());
        JsonNode gao = summary.get("towns").get("Gao");
        double total = 0;
        for (JsonNode p : gao.get("endControlProbability")) {
            total += p.asDouble();
        }
        assertEquals(1.0, total, 1e-9);
        JsonNode first = gao.get("firstGovernmentControl");
        assertEquals(30, first.get("runsWithGovernmentControl").asInt() + first.get("runsWithout").asInt());
        JsonNode manifest = new ObjectMapper().readTree(tmp.resolve(ResultWriter.MANIFEST).toFile());
        assertTrue(manifest.get("complete").asBoolean());
        assertEquals(30, manifest.get("runsCompleted").asInt());
    }

    @Test
    void anAbortedStudyLeavesCompleteRunsAndSaysItIsIncomplete(@TempDir Path tmp) throws Exception {
        Summary summary = new Summary(SCENARIO, SUMMARY_DAYS, 40);
        ResultWriter writer = new ResultWriter(tmp, Map.of("scenario", "synthetic"), summary, null);
        writer.open();
        MonteCarloRunner runner = new MonteCarloRunner(new SyntheticEngine(), SCENARIO, RuleSet.CATALOG.defaults(), 40, SUMMARY_DAYS, 7L, 100, 2);
        int[] seen = {0};
        int done = runner.run(r -> {
            writer.write(r);
            if (++seen[0] == 5) {
                runner.abort();
                writer.finish(false); // what the Ctrl-C hook does
            }
        });
        writer.finish(true); // the main thread's late call must not overwrite the interrupted state
        assertEquals(5, done);
        JsonNode manifest = new ObjectMapper().readTree(tmp.resolve(ResultWriter.MANIFEST).toFile());
        assertFalse(manifest.get("complete").asBoolean());
        assertEquals(5, manifest.get("runsCompleted").asInt());
        List<String> rows = Files.readAllLines(tmp.resolve(ResultWriter.TIMESERIES));
        assertEquals(1 + 5 * 40, rows.size());
        assertTrue(rows.get(rows.size() - 1).startsWith("4,40,"));
    }

    @Test
    void aFailingRunIsABugWithItsSeed() {
        RunEngine broken = (s, p, seed, days, l) -> {
            throw new IllegalStateException("boom");
        };
        MonteCarloRunner runner = new MonteCarloRunner(broken, SCENARIO, RuleSet.CATALOG.defaults(), 40, SUMMARY_DAYS, 7L, 3, 2);
        MonteCarloRunner.RunFailure f = assertThrows(MonteCarloRunner.RunFailure.class, () -> runner.run(r -> {}));
        assertTrue(f.getMessage().startsWith("run 0 (seed " + Seeds.forRun(7L, 0) + ") failed"), f.getMessage());
    }
}
