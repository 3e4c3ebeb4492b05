package org.sahelsim.experiment;

import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.scenario.Scenario;

/**
 * Runs one replication: a pure function of (scenario, parameters, seed, days) that reports what
 * happens to the listener. The command line uses the MASON model; the runner does not know it.
 */
@FunctionalInterface
public interface RunEngine {
    void run(Scenario scenario, Parameters parameters, long seed, int days, RunListener listener);
}
