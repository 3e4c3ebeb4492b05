package org.sahelsim.experiment;

import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelsim.core.Parameters;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;

/**
 * What a shipped task (sweep, calibration) needs to run the model: where the scenario and the model
 * come from, rebuilt once per JVM (not once per Spark task), with the scenario's parameters (its
 * overrides over the defaults) as the base that varied keys are laid over.
 */
public final class ModelSetup implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The scenario, its parameters, and the model that runs it. */
    public record State(Scenario scenario, Parameters base, RunEngine engine) {}

    /** Set-ups per JVM, by id; a handful of small objects per job run in this JVM. */
    private static final ConcurrentHashMap<String, State> STATES = new ConcurrentHashMap<>();

    private final Source<Scenario> scenarioSource;
    private final Source<RunEngine> engineSource;
    /** Identifies this set-up across serialisation. */
    private final String id = UUID.randomUUID().toString();
    private transient volatile State state;

    public ModelSetup(Source<Scenario> scenarioSource, Source<RunEngine> engineSource) {
        this.scenarioSource = scenarioSource;
        this.engineSource = engineSource;
    }

    /** This JVM's set-up, built on first use. */
    public State get() {
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
