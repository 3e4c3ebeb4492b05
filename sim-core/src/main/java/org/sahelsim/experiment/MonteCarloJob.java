package org.sahelsim.experiment;

import org.sahelsim.rules.RuleSet;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/**
 * One replication of a Monte Carlo study as a task that can travel to a Spark executor: run
 * {@code i} of the study, with seed {@link Seeds#forRun}(base, i). It carries where the scenario
 * and the model come from (rebuilt once per JVM), the parameter values, the days and the summary
 * days; a run is a pure function of them and the seed, so any JVM computes the same result.
 */
public final class MonteCarloJob implements Engine.Task<Integer, RunResult> {
    private static final long serialVersionUID = 1L;

    private final Source<Scenario> scenarioSource;
    private final Source<RunEngine> engineSource;
    private final TreeMap<String, Double> parameters;
    private final int days;
    private final int[] summaryDays;
    private final long baseSeed;
    private final OutputOptions outputs;
    /** Identifies this job across serialisation, so each JVM sets it up once, not once per task. */
    private final String id = UUID.randomUUID().toString();
    private transient volatile State state;

    private record State(Scenario scenario, Parameters parameters, RunEngine engine) {}

    private static final ConcurrentHashMap<String, State> STATES = new ConcurrentHashMap<>();

    public MonteCarloJob(Source<Scenario> scenarioSource, Source<RunEngine> engineSource, Parameters parameters,
                         int days, int[] summaryDays, long baseSeed) {
        this(scenarioSource, engineSource, parameters, days, summaryDays, baseSeed, OutputOptions.EVERYTHING_PLAIN);
    }

    /** A job whose runs record what {@code outputs} asks (sampled tables, aggregates). */
    public MonteCarloJob(Source<Scenario> scenarioSource, Source<RunEngine> engineSource, Parameters parameters,
                         int days, int[] summaryDays, long baseSeed, OutputOptions outputs) {
        this.outputs = outputs;
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive");
        }
        this.scenarioSource = scenarioSource;
        this.engineSource = engineSource;
        this.parameters = new TreeMap<>(parameters.asMap());
        this.days = days;
        this.summaryDays = summaryDays.clone();
        this.baseSeed = baseSeed;
    }

    public long baseSeed() {
        return baseSeed;
    }

    @Override
    public RunResult apply(Integer run) {
        State st = init();
        long seed = Seeds.forRun(baseSeed, run);
        RunRecorder recorder = new RunRecorder(run, seed, summaryDays, outputs);
        try {
            st.engine().run(st.scenario(), st.parameters(), seed, days, recorder);
        } catch (RuntimeException | Error e) {
            throw new MonteCarloRunner.RunFailure(run, seed, e);
        }
        return recorder.result();
    }

    private State init() {
        State st = state;
        if (st == null) {
            st = STATES.computeIfAbsent(id, k -> new State(scenarioSource.get(),
                    RuleSet.CATALOG.defaults().withAll(Map.copyOf(parameters)), engineSource.get()));
            state = st;
        }
        return st;
    }
}
