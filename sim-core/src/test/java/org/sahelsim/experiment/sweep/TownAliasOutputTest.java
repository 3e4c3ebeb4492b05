package org.sahelsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.UserError;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/** A sweep output names a town however the user spells it; every spelling of one town gives the same values. */
class TownAliasOutputTest {
    @TempDir
    Path tmp;

    private String spec(String outputs) {
        Path serval = Path.of("..", "scenarios", "serval-2013.json").toAbsolutePath().normalize();
        return """
                {"scenario": "%s", "seed": 1, "days": 40, "design": "factorial", "replications": 1,
                 "parameters": [{"key": "airStrikes.sortieFactor", "levels": [1]}],
                 "outputs": [%s]}
                """.formatted(serval.toString().replace("\\", "\\\\"), outputs);
    }

    @Test
    void anAliasOfATownReportsWhatItsNameReports() {
        SweepSpec s = SweepFixture.load(SweepFixture.writeText(tmp, "alias", spec(
                "{\"name\": \"alias\", \"type\": \"firstControlDay\", \"town\": \"Tombouctou\", \"side\": \"government\"},"
                        + "{\"name\": \"name\", \"type\": \"firstControlDay\", \"town\": \"Timbuktu\", \"side\": \"government\"},"
                        + "{\"name\": \"folded\", \"type\": \"holds\", \"town\": \"TOMBOUCTOU\", \"side\": \"government\", \"day\": 40},"
                        + "{\"name\": \"held\", \"type\": \"holds\", \"town\": \"Timbuktu\", \"side\": \"government\", \"day\": 40}")));
        Scenario serval = TestScenarios.read("serval-2013");
        // the retake day is the model's (seeds 2..12: day 17 to 49, within 40 in 8 of 11); the claim here is that
        // every spelling reports the same value in every run, with at least one run where it is a real day
        int retaken = 0;
        for (long seed = 1; seed <= 4; seed++) {
            SahelModel m = new SahelModel(serval, TestScenarios.parameters(serval), seed);
            OutputRecorder r = new OutputRecorder(s.outputs(), 40);
            m.setListener(r);
            m.runDays(40);
            double[] v = r.values();
            assertEquals(v[1], v[0], "seed " + seed + ": Tombouctou is Timbuktu");
            assertEquals(v[3], v[2], "seed " + seed + ": held at day 40 under any spelling");
            if (v[1] <= 40 && v[3] == 1.0) {
                retaken++;
            }
        }
        assertTrue(retaken > 0, "Timbuktu is retaken within 40 days and held in some run, so that the spellings are compared on a real day");
    }

    @Test
    void aTownOfNoMapIsRefusedWithAHint() {
        Path f = SweepFixture.writeText(tmp, "bad", spec(
                "{\"name\": \"x\", \"type\": \"firstControlDay\", \"town\": \"Timbuctu\", \"side\": \"government\"}"));
        UserError e = assertThrows(UserError.class, () -> SweepFixture.load(f));
        assertTrue(e.getMessage().contains("/outputs/0/town: unknown town 'Timbuctu'") && e.getMessage().contains("did you mean 'Timbuktu'"),
                e.getMessage());
    }
}
