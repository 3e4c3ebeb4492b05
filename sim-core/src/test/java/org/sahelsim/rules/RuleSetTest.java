package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.ScenarioEvent;

/** The wiring of rules: every type of scenario event reaches a rule that answers it. */
class RuleSetTest {
    @Test
    void everyScenarioEventTypeIsAnsweredByARule() {
        Map<String, List<String>> handlers = new RuleSet(RuleSet.CATALOG.defaults()).eventHandlers();
        for (Class<?> type : ScenarioEvent.class.getPermittedSubclasses()) {
            assertTrue(handlers.containsKey(type.getSimpleName()), "no rule answers " + type.getSimpleName() + ": " + handlers);
        }
        assertEquals(List.of("R16", "R20"), handlers.get("Talks"), "talks reach the rules that answer them in rule order");
    }
}
