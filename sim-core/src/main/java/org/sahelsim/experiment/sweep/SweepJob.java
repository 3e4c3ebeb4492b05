package org.sahelsim.experiment.sweep;

import java.util.List;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.ModelSetup;
import org.sahelsim.experiment.Source;
import org.sahelsim.experiment.RunEngine;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/**
 * What a worker needs to evaluate runs of a sweep, and nothing more, so that it can be shipped
 * to Spark executors: where the scenario and the model come from (rebuilt once per JVM), the
 * varied keys, the outputs and the duration. A run is a pure function of (scenario, parameters,
 * seed), so any worker computes the same row for the same {@link SweepRun}.
 */
public final class SweepJob implements Engine.Task<SweepRun, SweepRow> {
    private static final long serialVersionUID = 1L;

    private final ModelSetup setup;
    private final String[] keys;
    private final List<OutputSpec> outputs;
    private final int days;

    public SweepJob(Source<Scenario> scenarioSource, Source<RunEngine> engineSource, SweepSpec spec) {
        this.setup = new ModelSetup(scenarioSource, engineSource);
        this.keys = spec.factorKeys().toArray(String[]::new);
        this.outputs = List.copyOf(spec.outputs());
        this.days = spec.days();
    }

    /** Runs one replication and takes its outputs. */
    @Override
    public SweepRow apply(SweepRun run) {
        ModelSetup.State st = setup.get();
        Parameters p = st.base();
        for (int i = 0; i < keys.length; i++) {
            p = p.with(keys[i], run.values()[i]);
        }
        OutputRecorder recorder = new OutputRecorder(outputs, days);
        st.engine().run(st.scenario(), p, run.seed(), days, recorder);
        return new SweepRow(run, recorder.values());
    }

    /** The scenario's parameters with its overrides: what the varied keys are laid over. */
    public Parameters baseParameters() {
        return setup.get().base();
    }
}
