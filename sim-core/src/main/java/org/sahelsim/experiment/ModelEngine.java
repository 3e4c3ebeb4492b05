package org.sahelsim.experiment;

import java.time.LocalDate;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.Scenario;

/**
 * Runs one replication with the MASON model, headless. At the end of each day it also reads where
 * the living jihadist units are and adds their fighters to the run's presence grid (map.png).
 */
public final class ModelEngine implements RunEngine {
    @Override
    public void run(Scenario scenario, Parameters parameters, long seed, int days, RunListener listener) {
        SahelModel model = new SahelModel(scenario, parameters, seed);
        RunRecorder recorder = listener instanceof RunRecorder r ? r : null;
        model.setListener(new RunListener() {
            @Override
            public void onEvent(ConflictEvent event) {
                listener.onEvent(event);
            }

            @Override
            public void onControlChange(ControlChange change) {
                listener.onControlChange(change);
            }

            @Override
            public void onDay(int day, LocalDate date, double[] metrics) {
                listener.onDay(day, date, metrics);
                if (recorder != null) {
                    recordPresence(model, recorder);
                }
            }
        });
        model.runDays(days);
    }

    private static void recordPresence(SahelModel model, RunRecorder recorder) {
        for (Unit u : model.world().units()) {
            if (!u.isAlive() || u.getStrength() <= 0 || model.world().sideOf(u.getFaction()) != Side.JIHADIST) {
                continue;
            }
            int x = u.cellX();
            int y = u.cellY();
            if (x >= 0 && y >= 0 && x < MaliMap.WIDTH && y < MaliMap.HEIGHT) {
                recorder.addPresence(y * MaliMap.WIDTH + x, u.getStrength());
            }
        }
    }
}
