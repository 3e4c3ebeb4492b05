package org.sahelsim.model;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.core.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioLoader;

/** Reads the shipped scenario files for tests and tools, with the product's loader and its validation. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario read(String name) {
        Path p = Path.of("..", "scenarios", name + ".json");
        if (!Files.exists(p)) {
            p = Path.of("scenarios", name + ".json");
        }
        return new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG).load(p);
    }

    /** Parameters: defaults with the scenario's overrides. */
    public static Parameters parameters(Scenario s) {
        return RuleSet.CATALOG.defaults().withAll(s.parameters());
    }
}
