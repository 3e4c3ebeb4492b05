package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahelsim.rules.Rule;
import org.sahelsim.scenario.Scenario;

/** The day plan names real rules, and every rule appears in it. */
class DayPlanTest {
    @Test
    void everyPhaseTagIsARuleOfTheRuleSetAndEveryRuleHasAPhase() {
        Scenario s = TestScenarios.read("serval-2013");
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1);
        Set<String> ids = new TreeSet<>();
        for (Rule r : m.rules().all()) {
            ids.add(r.id());
        }
        Set<String> tagged = new TreeSet<>();
        for (DayPlan.Phase p : m.plan().phases()) {
            for (String tag : p.rules()) {
                assertTrue(ids.contains(tag), "phase '" + p.name() + "' names '" + tag + "', which is no rule of " + ids);
                tagged.add(tag);
            }
        }
        assertEquals(ids, tagged, "every rule runs in some phase");
    }
}
