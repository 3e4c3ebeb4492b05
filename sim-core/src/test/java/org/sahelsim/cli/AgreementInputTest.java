package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Problem;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.scenario.ScenarioLoader;

/** The ceasefire event's concessions (R20, local agreements): read, and refused with one located line and exit 2 when wrong. */
class AgreementInputTest {
    private static String scenario(String ceasefire) {
        return "{\"name\": \"t\", \"title\": \"T\", \"narrative\": \"N\", \"startDate\": \"2021-03-01\", \"days\": 30,\n"
                + "\"forces\": [{\"faction\": \"FAMA\", \"town\": \"Niono\", \"strength\": 400, \"mission\": \"garrison\"}],\n"
                + "\"events\": [\n" + ceasefire + "\n]}\n";
    }

    private static final String GOOD = "{\"type\": \"ceasefire\", \"date\": \"2021-03-14\", \"parties\": [\"FAMA\", \"KATIBA_MACINA\"],"
            + " \"towns\": [\"Niono\", \"Diabaly\"], \"concessions\": [\"liftSiege\", \"allowPatrols\", \"acceptGroupRule\"]}";

    @Test
    void concessionsAreRead() {
        ScenarioLoader loader = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG);
        ScenarioLoader.Result r = loader.check("t.json", scenario(GOOD));
        assertTrue(r.valid(), r.problems().toString());
        Scenario s = r.scenario();
        ScenarioEvent.Ceasefire c = (ScenarioEvent.Ceasefire) s.events().get(0);
        assertEquals(List.of("liftSiege", "allowPatrols", "acceptGroupRule"), c.concessions());
    }

    @Test
    void badConcessionsAreRefusedWithOneLocatedLine(@TempDir Path tmp) throws Exception {
        String[][] cases = {
            {GOOD.replace("acceptGroupRule", "releaseCaptives"), "t.json:4:", "/events/0/concessions/2"},
            {GOOD.replace(" \"towns\": [\"Niono\", \"Diabaly\"],", ""), "t.json:4:", "expected 'towns' naming its area"},
            {GOOD.replace("\"KATIBA_MACINA\"", "\"UN\""), "t.json:4:", "expected at least one of each among the parties"},
        };
        for (String[] c : cases) {
            Path f = tmp.resolve("t.json");
            Files.writeString(f, scenario(c[0]));
            String line = CliRun.refused(tmp.resolve("out"), "run", f.toString(), "--runs", "1");
            assertTrue(line.contains(c[1]) && line.contains(c[2]), line);
        }
    }

    @Test
    void theLoaderNamesEveryProblemOfTheConcessions() {
        ScenarioLoader loader = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG);
        List<String> p = loader.check("t.json", scenario(GOOD.replace("\"liftSiege\"", "\"liftSiege\", \"liftSiege\"")))
                .problems().stream().map(Problem::toString).toList();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("/events/0/concessions"), p.toString());
    }
}
