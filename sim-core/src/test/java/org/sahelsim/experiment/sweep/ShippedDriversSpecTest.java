package org.sahelsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.MetricColumns;

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
                "jihadist_fighters_d120", "explosions_total")), spec.outputNames().toString());
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
}
