package org.sahelsim.experiment.sweep;

import org.sahelsim.experiment.ModelEngine;
import org.sahelsim.experiment.RunEngine;

/** The MASON model ({@link ModelEngine}, as {@code sahel run} uses) as a recipe that travels to Spark executors. */
public record ModelRuns() implements org.sahelsim.experiment.Source<RunEngine> {
    @Override
    public RunEngine get() {
        return new ModelEngine();
    }
}
