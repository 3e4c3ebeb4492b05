package org.sahelsim.experiment.compare;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.experiment.RunEngine;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;

/** The pairing and the Ctrl-C path, with a stand-in engine whose outputs are functions of the seed. */
class PairedRunnerTest {
    static final LocalDate START = LocalDate.of(2013, 1, 10);

    @TempDir
    Path tmp;

    private static Scenario scenario(String name) {
        return new Scenario(name, "T", "N", null, START, 6, null, null, null, null);
    }

    /** Records which seed each scenario ran with; the variant reports 2 more fighters and loses Gao. */
    private static RunEngine engine(Map<String, List<Long>> seeds) {
        return (scenario, parameters, seed, days, listener) -> {
            seeds.computeIfAbsent(scenario.name(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(seed);
            boolean variant = scenario.name().equals("variant");
            listener.onControlChange(new ControlChange(0, scenario.dateOf(0), "Gao", Side.GOVERNMENT, Faction.FAMA));
            if (variant) {
                listener.onControlChange(new ControlChange(3, scenario.dateOf(3), "Gao", Side.JIHADIST, Faction.MUJAO));
            }
            double[] m = new double[MetricColumns.count()];
            for (int d = 1; d <= days; d++) {
                m[0] = Math.floorMod(seed, 100) + d + (variant ? 2 : 0);
                listener.onDay(d, scenario.dateOf(d), m);
            }
            listener.onEvent(new ConflictEvent(1, scenario.dateOf(1), SubEventType.ARMED_CLASH, "MUJAO", "FAMA",
                    16.27, -0.04, 1, variant ? 5 : 3, ""));
        };
    }

    @Test
    void bothRunsOfPairIUseTheSeedOfRunIAndPairsArriveInOrder() {
        Map<String, List<Long>> seeds = new ConcurrentHashMap<>();
        PairedRunner runner = new PairedRunner(engine(seeds), new PairedRunner.Arm(scenario("base"), RuleSet.CATALOG.defaults()),
                new PairedRunner.Arm(scenario("variant"), RuleSet.CATALOG.defaults()), 6, 99, 12, 3);
        List<Integer> order = new ArrayList<>();
        Comparison c = new Comparison("base", "variant", START, 6, new int[] {3, 6});
        assertEquals(12, runner.run(p -> {
            order.add(p.index());
            assertEquals(Seeds.forRun(99, p.index()), p.seed());
            c.add(p);
        }));
        assertEquals(java.util.stream.IntStream.range(0, 12).boxed().toList(), order);
        assertEquals(seeds.get("base").stream().sorted().toList(), seeds.get("variant").stream().sorted().toList());
        PairedDifference fighters = c.metric(0, 6);
        assertEquals(2.0, fighters.meanDiff());
        assertEquals(0.0, fighters.sdDiff(), "the same seed in both runs: only the change differs");
        assertEquals(-1.0, c.governmentAtEnd().get("Gao").meanDiff());
        assertTrue(c.eventsCsv().contains("fatalities,Battles,Armed clash,12,3,5,2,2,2,"), c.eventsCsv());
    }

    @Test
    void anInterruptedComparisonWritesThePairsDoneAndSaysSo() throws Exception {
        Map<String, List<Long>> seeds = new ConcurrentHashMap<>();
        PairedRunner runner = new PairedRunner(engine(seeds), new PairedRunner.Arm(scenario("base"), RuleSet.CATALOG.defaults()),
                new PairedRunner.Arm(scenario("variant"), RuleSet.CATALOG.defaults()), 6, 1, 50, 2);
        Comparison c = new Comparison("base", "variant", START, 6, new int[] {6});
        Path dir = tmp.resolve("out");
        ComparisonWriter w = new ComparisonWriter(dir, Map.of("command", "compare"), c);
        w.open();
        int done = runner.run(p -> {
            c.add(p);
            if (c.pairs() == 4) {
                runner.abort();
                w.finish(false); // what the Ctrl-C hook does
            }
        });
        assertEquals(4, done);
        JsonNode m = new ObjectMapper().readTree(dir.resolve(ComparisonWriter.MANIFEST).toFile());
        assertFalse(m.get("complete").asBoolean());
        assertEquals(4, m.get("pairsCompleted").asInt());
        assertTrue(Files.readString(dir.resolve(ComparisonWriter.DIFFERENCES)).contains("\nfighters_AQIM,6,2013-01-15,4,"));
        String before = Files.readString(dir.resolve(ComparisonWriter.TOWNS));
        c.add(new PairedRunner.Pair(4, 0, null, null)); // ignored once the files are written: no pair is half in them
        w.finish(true);
        assertEquals(4, c.pairs());
        assertEquals(before, Files.readString(dir.resolve(ComparisonWriter.TOWNS)));
        try (var s = Files.list(dir)) {
            assertEquals(ComparisonWriter.OUTPUTS.size(), s.count(), "no part files");
        }
    }
}
