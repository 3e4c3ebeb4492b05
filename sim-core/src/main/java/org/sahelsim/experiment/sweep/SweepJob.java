package org.sahelsim.experiment.sweep;

import org.sahelsim.rules.RuleSet;

import java.util.List;
import org.sahelsim.experiment.Engine;
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

    private final Source<Scenario> scenarioSource;
    private final Source<RunEngine> engineSource;
    private final String[] keys;
    private final List<OutputSpec> outputs;
    private final int days;
    /** Identifies this job across serialisation, so each JVM sets it up once, not once per Spark task. */
    private final String id = java.util.UUID.randomUUID().toString();
    private transient volatile State state;

    private record State(Scenario scenario, Parameters base, RunEngine engine) {}

    /** Set-ups per JVM, by job id; a handful of small objects per sweep run in this JVM. */
    private static final java.util.concurrent.ConcurrentHashMap<String, State> STATES = new java.util.concurrent.ConcurrentHashMap<>();

    public SweepJob(Source<Scenario> scenarioSource, Source<RunEngine> engineSource, SweepSpec spec) {
        this.scenarioSource = scenarioSource;
        this.engineSource = engineSource;
        this.keys = spec.factorKeys().toArray(String[]::new);
        this.outputs = List.copyOf(spec.outputs());
        this.days = spec.days();
    }

    /** Runs one replication and takes its outputs. */
    @Override
    public SweepRow apply(SweepRun run) {
        State st = init();
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
        return init().base();
    }

    private State init() {
        State st = state;
        if (st == null) {
            st = STATES.computeIfAbsent(id, k -> {
                Scenario s = scenarioSource.get();
                return new State(s, RuleSet.CATALOG.defaults().withAll(s.parameters()), engineSource.get());
            });
            state = st;
        }
        return st;
    }
}
