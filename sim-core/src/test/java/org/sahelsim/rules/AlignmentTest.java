package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/** R16 Tuareg alignment: the MNLA re-enters Kidal ahead of the French, tacitly allied (000, 004). */
class AlignmentTest {

    @Test
    void mnlaReentersAnAbandonedKidalAndCoexistsWithTheFrench() {
        Situations s = Situations.create()
                .armedAt("MNLA", 18.75, 1.6, 250, "hold") // in the hills north of Kidal
                .control("Kidal", "ANSAR_DINE")
                .event(new ScenarioEvent.Deploy(Situations.START.plusDays(3), "French column from Gao", new org.sahelsim.scenario.ForceSpec(
                        "FRANCE", "Gao", null, null, 600, 1, null, null, null, List.of(),
                        new org.sahelsim.scenario.Intent("reconquer", List.of(), List.of("Anéfis", "Kidal"), null))));
        SahelModel m = s.model(12, 2);
        m.start();
        Situations.step(m, 4);
        assertEquals(Side.SEPARATIST, Situations.town(m, "Kidal").getControlSide(), "MNLA first in Kidal");
        Situations.step(m, 8);
        assertEquals(0, s.count(SubEventType.ARMED_CLASH), "no fighting between the MNLA and France");
        assertFalse(m.world().hostile(Faction.MNLA, Faction.FRANCE));
        assertTrue(m.world().hostile(Faction.MNLA, Faction.ANSAR_DINE));
    }

    @Test
    void realignmentMakesThemEnemies() {
        Situations s = Situations.create()
                .armedAt("MNLA", 18.9, 2.3, 250, "hold")
                .event(new ScenarioEvent.Realignment(Situations.START.plusDays(1), "what if", "MNLA", null, List.of("FRANCE")));
        SahelModel m = s.run(3, 1);
        assertTrue(m.world().hostile(Faction.MNLA, Faction.FRANCE));
        assertTrue(m.world().hostile(Faction.FRANCE, Faction.MNLA));
    }
}
