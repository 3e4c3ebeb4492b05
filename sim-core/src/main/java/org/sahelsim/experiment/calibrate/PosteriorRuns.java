package org.sahelsim.experiment.calibrate;

import org.sahelsim.experiment.ModelEngine;
import org.sahelsim.experiment.RunEngine;
import org.sahelsim.experiment.Source;

/**
 * The model with parameter uncertainty: each run lays the values {@link Posterior#draw}s for
 * its seed over the study's parameters, then runs {@link ModelEngine}. A recipe that travels
 * to Spark executors, like {@code ModelRuns}.
 */
public record PosteriorRuns(Posterior posterior) implements Source<RunEngine> {
    @Override
    public RunEngine get() {
        ModelEngine model = new ModelEngine();
        return (scenario, parameters, seed, days, listener) ->
                model.run(scenario, parameters.withAll(posterior.draw(seed)), seed, days, listener);
    }

    /** The same, as a {@link RunEngine} of this JVM (compare's paired runner). */
    public RunEngine engine() {
        return get();
    }
}
