package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/** The Console's About tab: what SahelSim is, the scenario and the model's day plan. */
class AboutPageTest {
    @Test
    void showsTheScenarioAndEveryPhaseOfTheModelsDayInOrder() {
        Scenario s = TestScenarios.read("serval-2013");
        SahelModel model = new SahelModel(s, TestScenarios.parameters(s), 1);
        List<String> plan = model.plan().describe();
        String html = AboutPage.html(s, plan);

        assertTrue(html.startsWith("<html>") && html.endsWith("</html>"), html);
        assertTrue(html.contains("Scenario: serval-2013"), html);
        assertTrue(html.contains(s.startDate().toString()), html);
        assertEquals(model.plan().phases().size(), plan.size());
        int at = -1;
        for (String line : plan) {
            int i = html.indexOf(line);
            assertTrue(i > at, "phase missing or out of order: " + line);
            at = i;
        }
        assertTrue(html.contains("1. calendar and scenario events (arrivals, R11, R12, R16, R20, R21)"), html);
    }

    @Test
    void withoutAModelItSaysWhatSahelSimIsAndEscapesText() {
        String general = AboutPage.general();
        assertTrue(general.contains("SahelSim") && general.contains("R1..R21"), general);
        assertFalse(general.contains("day plan"), general);
        assertTrue(AboutPage.html(null, List.of("1. a <b> & c")).contains("1. a &lt;b&gt; &amp; c"));
        assertEquals(general, SahelWithUI.getInfo());
    }
}
