package org.sahelsim.experiment;

import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.Scenario;


/** Runs one replication with the MASON model, headless. */
public final class ModelEngine implements RunEngine {
    @Override
    public void run(Scenario scenario, Parameters parameters, long seed, int days, RunListener listener) {
        SahelModel model = new SahelModel(scenario, parameters, seed);
        model.setListener(listener);
        model.runDays(days);
    }
}
