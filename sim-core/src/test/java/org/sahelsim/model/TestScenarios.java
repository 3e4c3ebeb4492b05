package org.sahelsim.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelsim.scenario.Scenario;

/** Reads scenario files for tests and tools (the product's loader with validation lives in the experiment layer). */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario read(String name) {
        Path p = Path.of("..", "scenarios", name + ".json");
        if (!Files.exists(p)) {
            p = Path.of("scenarios", name + ".json");
        }
        try {
            ObjectMapper om = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            return om.readValue(p.toFile(), Scenario.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read scenario " + p.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Parameters: defaults with the scenario's overrides. */
    public static Parameters parameters(Scenario s) {
        return Parameters.defaults().withAll(s.parameters());
    }
}
