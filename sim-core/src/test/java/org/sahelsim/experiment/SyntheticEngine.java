package org.sahelsim.experiment;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.Scenario;

/**
 * A stand-in for the model in tests of the experiment layer only: a seeded stream of metrics,
 * control changes and events (with commas and quotes in the notes), taking a seed-dependent time
 * so that runs finish out of order on several threads. It tests the plumbing, not the Sahel.
 */
final class SyntheticEngine implements RunEngine {
    static final List<String> TOWNS = List.of("Konna", "Gao", "Timbuktu");

    @Override
    public void run(Scenario scenario, Parameters parameters, long seed, int days, RunListener listener) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        for (String t : TOWNS) {
            listener.onControlChange(new ControlChange(0, scenario.dateOf(0), t, Side.JIHADIST, Faction.MUJAO));
        }
        double[] metrics = new double[MetricColumns.count()];
        for (int day = 1; day <= days; day++) {
            for (int k = 0; k < metrics.length; k++) {
                metrics[k] = k % 3 == 0 ? rng.nextInt(100) : rng.nextDouble();
            }
            if (rng.nextInt(10) == 0) {
                String town = TOWNS.get(rng.nextInt(TOWNS.size()));
                listener.onControlChange(new ControlChange(day, scenario.dateOf(day), town, Side.GOVERNMENT, Faction.FRANCE));
            }
            if (rng.nextInt(3) == 0) {
                listener.onEvent(new ConflictEvent(day, scenario.dateOf(day), SubEventType.ARMED_CLASH, "MUJAO", "FRANCE",
                        16.2717 + rng.nextDouble(), -0.0447 - rng.nextDouble(), 139_000 + rng.nextInt(5), rng.nextInt(20),
                        "clash near \"the checkpoint\", day " + day));
            }
            listener.onDay(day, scenario.dateOf(day), metrics);
        }
        try {
            Thread.sleep(rng.nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
