package org.sahelsim.experiment.calibrate;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelsim.core.Parameters;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.RunEngine;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.Source;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;

/**
 * Simulates one proposal with the SahelSim model: {@code replications} runs of the scenario with
 * the proposal's parameter values laid over the scenario's, run {@code r} with seed
 * {@link Seeds#forRun}(proposal seed, r), each measuring the targets. Serialisable, so that an
 * engine can ship it to Spark executors; the scenario is rebuilt once per JVM from its text.
 */
public final class ModelSimulation implements Engine.Task<Proposal, Simulated> {
    private static final long serialVersionUID = 1L;

    private final Source<Scenario> scenarioSource;
    private final Source<RunEngine> engineSource;
    private final String[] keys;
    private final List<Target> targets;
    private final int days;
    private final int replications;
    private final String id = UUID.randomUUID().toString();
    private transient volatile State state;

    private record State(Scenario scenario, Parameters base, RunEngine engine) {}

    private static final ConcurrentHashMap<String, State> STATES = new ConcurrentHashMap<>();

    public ModelSimulation(Source<Scenario> scenarioSource, Source<RunEngine> engineSource, List<String> keys,
                           List<Target> targets, int days, int replications) {
        this.scenarioSource = scenarioSource;
        this.engineSource = engineSource;
        this.keys = keys.toArray(String[]::new);
        this.targets = List.copyOf(targets);
        this.days = days;
        this.replications = replications;
    }

    @Override
    public Simulated apply(Proposal proposal) {
        State st = init();
        Parameters p = st.base();
        for (int i = 0; i < keys.length; i++) {
            p = p.with(keys[i], proposal.values()[i]);
        }
        double[] sum = new double[targets.size()];
        for (int r = 0; r < replications; r++) {
            TargetRecorder recorder = new TargetRecorder(targets, days);
            st.engine().run(st.scenario(), p, Seeds.forRun(proposal.seed(), r), days, recorder);
            double[] v = recorder.values();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= replications;
        }
        return new Simulated(proposal.index(), sum);
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
