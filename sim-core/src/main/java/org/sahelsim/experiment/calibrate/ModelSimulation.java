package org.sahelsim.experiment.calibrate;

import java.util.List;
import org.sahelsim.core.Parameters;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.ModelSetup;
import org.sahelsim.experiment.RunEngine;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.Source;
import org.sahelsim.scenario.Scenario;

/**
 * Simulates one proposal with the SahelSim model: {@code replications} runs of the scenario with
 * the proposal's parameter values laid over the scenario's, run {@code r} with seed
 * {@link Seeds#forRun}(proposal seed, r), each measuring the targets. Serialisable, so that an
 * engine can ship it to Spark executors; the scenario is rebuilt once per JVM from its text.
 */
public final class ModelSimulation implements Engine.Task<Proposal, Simulated> {
    private static final long serialVersionUID = 1L;

    private final ModelSetup setup;
    private final String[] keys;
    private final List<Target> targets;
    private final int days;
    private final int replications;

    public ModelSimulation(Source<Scenario> scenarioSource, Source<RunEngine> engineSource, List<String> keys,
                           List<Target> targets, int days, int replications) {
        this.setup = new ModelSetup(scenarioSource, engineSource);
        this.keys = keys.toArray(String[]::new);
        this.targets = List.copyOf(targets);
        this.days = days;
        this.replications = replications;
    }

    @Override
    public Simulated apply(Proposal proposal) {
        ModelSetup.State st = setup.get();
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
}
