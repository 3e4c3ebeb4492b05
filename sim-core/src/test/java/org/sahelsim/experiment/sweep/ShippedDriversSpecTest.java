package org.sahelsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.SubEventType;

/** The shipped Sobol study of Serval 2013 and the cumulative metric output it uses. */
class ShippedDriversSpecTest {

    @Test
    void theServalDriversSpecVariesTheRulesBehindTheHeadlineOutputs() {
        SweepSpec spec = SweepFixture.load(Path.of("../scenarios/sweeps/serval-2013-drivers.json"));
        assertEquals(Design.SOBOL, spec.design());
        assertTrue(spec.factors().size() >= 8, "more than a few parameters chosen for speed: " + spec.factorKeys());
        Set<String> rules = new java.util.HashSet<>();
        for (String key : spec.factorKeys()) {
            rules.add(key.substring(0, key.indexOf('.')));
        }
        assertTrue(rules.containsAll(Set.of("airStrikes", "combat", "command", "movement", "redoubt", "asymmetricAttacks")),
                "air, combat, command, movement, redoubt and asymmetric rules: " + rules);
        assertTrue(spec.replications() >= 2, "replication noise must be separable");
        assertTrue(spec.outputNames().containsAll(List.of("kidal_government_day", "tessalit_government_day",
                "jihadist_fighters_d120", "suicide_bombs")), spec.outputNames().toString());
        assertEquals((long) spec.baseSamples() * (spec.factors().size() + 2) * spec.replications(),
                SweepRunner.plan(spec).size());
    }

    @Test
    void aCumulativeMetricSumsTheDailyValues() {
        int col = MetricColumns.indexOf("events_explosions");
        OutputRecorder rec = new OutputRecorder(List.of(
                new OutputSpec.Metric("total", List.of("events_explosions"), 3, true),
                new OutputSpec.Metric("day3", List.of("events_explosions"), 3, false)), 4);
        double[] m = new double[MetricColumns.count()];
        double[] daily = {2, 0, 5, 7};
        for (int d = 1; d <= 4; d++) {
            m[col] = daily[d - 1];
            rec.onDay(d, LocalDate.of(2013, 1, 10 + d), m);
        }
        assertEquals(7.0, rec.values()[0], "2 + 0 + 5: days 1 to 3, not day 4");
        assertEquals(5.0, rec.values()[1], "the value of day 3");
    }

    @Test
    void anEventsOutputCountsOneSubEventTypeUpToItsDay() {
        OutputRecorder rec = new OutputRecorder(List.of(
                new OutputSpec.Events("bombs", SubEventType.SUICIDE_BOMB, 3),
                new OutputSpec.Events("none", SubEventType.SUICIDE_BOMB, 4)), 4);
        double[] m = new double[MetricColumns.count()];
        int[][] bombsByDay = {{}, {2}, {3, 3}, {4}};
        OutputRecorder quiet = new OutputRecorder(List.of(new OutputSpec.Events("none", SubEventType.SUICIDE_BOMB, 4)), 4);
        for (int d = 1; d <= 4; d++) {
            for (int day : bombsByDay[d - 1]) {
                rec.onEvent(event(day, SubEventType.SUICIDE_BOMB));
                rec.onEvent(event(day, SubEventType.AIR_DRONE_STRIKE));
            }
            rec.onDay(d, LocalDate.of(2013, 1, 10 + d), m);
            quiet.onDay(d, LocalDate.of(2013, 1, 10 + d), m);
        }
        assertEquals(3.0, rec.values()[0], "the suicide bombs of days 2 and 3, not day 4's nor the air strikes");
        assertEquals(4.0, rec.values()[1]);
        assertEquals(0.0, quiet.values()[0], "no event: 0, not missing");
    }

    @Test
    void anUnknownSubEventTypeIsRefusedWithTheKnownOnes(@org.junit.jupiter.api.io.TempDir Path dir) {
        String json = """
                {"scenario": "%s", "seed": 1, "days": 5, "design": "lhs", "points": 2, "replications": 1,
                 "parameters": [{"key": "airStrikes.sortieFactor", "range": [0.5, 2]}],
                 "outputs": [{"name": "bombs", "type": "events", "subEventType": "Suicide bombing"}]}
                """.formatted(SweepFixture.SCENARIO.toString().replace("\\", "\\\\"));
        org.sahelsim.core.UserError e = org.junit.jupiter.api.Assertions.assertThrows(org.sahelsim.core.UserError.class,
                () -> SweepFixture.load(SweepFixture.writeText(dir, "bad", json)));
        assertTrue(e.getMessage().contains("/outputs/0/subEventType: unknown ACLED sub-event type 'Suicide bombing'")
                && e.getMessage().contains("Suicide bomb,"), e.getMessage());
        SweepSpec ok = SweepFixture.load(SweepFixture.writeText(dir, "good", json.replace("Suicide bombing", "suicide bomb")));
        assertEquals(new OutputSpec.Events("bombs", SubEventType.SUICIDE_BOMB, 5), ok.outputs().get(0));
    }

    private static ConflictEvent event(int day, SubEventType type) {
        return new ConflictEvent(day, LocalDate.of(2013, 1, 10 + day), type, "MUJAO", "FAMA", 16.27, -0.04, 0, 1, "");
    }
}
