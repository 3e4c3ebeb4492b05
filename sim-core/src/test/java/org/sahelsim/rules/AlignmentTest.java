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

    /**
     * R16 inclusion (000, 004): talks with the state make the MNLA and the IMA partners that guide
     * the state side's searches; Bamako's refusal of the IMA (talks with the MNLA only) leaves the
     * IMA out; without talks neither is a partner and nobody guides.
     */
    @Test
    void inclusionInTalksMakesPartnersThatGuideAndRefusalLeavesTheImaOut() {
        double above = 0.3; // alignment.partnerAbove's default
        SahelModel none = Situations.create().armedAt("MNLA", 18.9, 2.3, 250, "hold").armedAt("IMA", 18.5, 1.5, 200, "hold").run(3, 1);
        SahelModel mnlaOnly = Situations.create().armedAt("MNLA", 18.9, 2.3, 250, "hold").armedAt("IMA", 18.5, 1.5, 200, "hold")
                .event(new ScenarioEvent.Talks(Situations.START.plusDays(1), "000: Bamako may talk with the MNLA", List.of("FAMA", "MNLA"), false))
                .run(3, 1);
        SahelModel both = Situations.create().armedAt("MNLA", 18.9, 2.3, 250, "hold").armedAt("IMA", 18.5, 1.5, 200, "hold")
                .event(new ScenarioEvent.Talks(Situations.START.plusDays(1), "000: both included", List.of("FAMA", "MNLA", "IMA"), false))
                .run(3, 1);
        assertFalse(none.world().relations().partner(Faction.MNLA, above));
        assertFalse(none.world().relations().partner(Faction.IMA, above));
        assertTrue(mnlaOnly.world().relations().partner(Faction.MNLA, above));
        assertFalse(mnlaOnly.world().relations().partner(Faction.IMA, above), "Bamako's refusal keeps the IMA out");
        assertTrue(both.world().relations().partner(Faction.IMA, above));
        double x = both.world().units().get(0).getX();
        double y = both.world().units().get(0).getY();
        assertTrue(both.world().relations().guideFactor(x, y) > 1, "partners guide around them");
        assertEquals(1.0, none.world().relations().guideFactor(x, y), "no guides without partners");
    }
}
