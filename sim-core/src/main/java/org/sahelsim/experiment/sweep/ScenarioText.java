package org.sahelsim.experiment.sweep;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioLoader;

/**
 * A scenario carried as its file's text, so that workers on other machines (Spark executors)
 * rebuild exactly the scenario the driver validated, without sharing a file system.
 *
 * @param shown the file name used in messages
 * @param text  the file's content
 */
public record ScenarioText(String shown, String text) implements org.sahelsim.experiment.Source<Scenario> {
    @Override
    public Scenario get() {
        ScenarioLoader.Result r = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG).check(shown, text);
        if (!r.valid()) {
            throw new org.sahelsim.scenario.ScenarioException(r.problems());
        }
        return r.scenario();
    }
}
