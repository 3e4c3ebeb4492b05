package org.sahelsim.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sweep specs over the test scenario (30 days of a small Konna offensive). */
final class SweepFixture {
    static final Path SCENARIO = Path.of("src/test/resources/scenarios/test-small.json").toAbsolutePath();

    private SweepFixture() {}

    /** A spec with two real parameters and three kinds of output; {@code design} is the JSON of the design fields. */
    static Path write(Path dir, String name, String design, int replications, int days) {
        String json = """
                {
                  "scenario": "%s",
                  "seed": 7,
                  "days": %d,
                  %s,
                  "replications": %d,
                  "parameters": [
                    {"key": "airStrikes.sortieFactor", "range": [0.2, 3]},
                    {"key": "recruitment.foreignInflowPerDay", "levels": [0, 10, 40]}
                  ],
                  "outputs": [
                    {"name": "konna_government_day", "type": "firstControlDay", "town": "Konna", "side": "government"},
                    {"name": "jihadist_fighters", "type": "metric", "metrics": ["fighters_ANSAR_DINE", "fighters_MUJAO", "fighters_AQIM"]},
                    {"name": "gao_jihadist_d8", "type": "holds", "town": "Gao", "side": "jihadist", "day": 8}
                  ]
                }
                """.formatted(SCENARIO.toString().replace("\\", "\\\\"), days, design, replications);
        return writeText(dir, name, json);
    }

    static Path writeText(Path dir, String name, String json) {
        try {
            Files.createDirectories(dir);
            Path p = dir.resolve(name + ".json");
            Files.writeString(p, json);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SweepSpec load(Path spec) {
        return SweepSpecLoader.load(spec, p -> new ScenarioText(p.toString(), read(p)).get().days());
    }

    static SweepJob job(SweepSpec spec) {
        return new SweepJob(new ScenarioText(spec.scenarioFile().toString(), read(spec.scenarioFile())), new ModelRuns(), spec);
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
