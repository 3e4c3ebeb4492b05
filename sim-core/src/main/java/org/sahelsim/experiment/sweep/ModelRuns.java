package org.sahelsim.experiment.sweep;

import org.sahelsim.experiment.RunEngine;
import org.sahelsim.model.SahelModel;

/** The MASON model as the sweep's run engine; a serialisable recipe, so Spark executors build their own. */
public record ModelRuns() implements SweepJob.Source<RunEngine> {
    @Override
    public RunEngine get() {
        return (scenario, parameters, seed, days, listener) -> {
            SahelModel model = new SahelModel(scenario, parameters, seed);
            model.setListener(listener);
            model.runDays(days);
        };
    }
}
