package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.ScenarioEvent;

/** R11 handover to African forces: French leave Timbuktu on February 7 (002). */
class HandoverTest {

    @Test
    void frenchHandTimbuktuToAfricanTroopsAndRedeploy() {
        Situations s = Situations.create()
                .force("FRANCE", "Timbuktu", 400, "garrison")
                .force("FRANCE", "Gao", 600, "garrison")
                .force("AFISMA", "Sévaré", 1500, "garrison")
                .event(new ScenarioEvent.Handover(Situations.START.plusDays(2), "002", "FRANCE", "AFISMA", List.of("Timbuktu")));
        SahelModel m = s.run(20, 1);
        var timbuktu = Situations.town(m, "Timbuktu");
        assertTrue(Situations.forces(m, Faction.AFISMA).stream().anyMatch(f -> f.getTown() == timbuktu), "African troops hold Timbuktu");
        assertTrue(Situations.forces(m, Faction.FRANCE).stream().noneMatch(f -> f.getTown() == timbuktu), "the French have left");
        assertEquals(Faction.AFISMA, timbuktu.getControlFaction());
        assertEquals(Side.GOVERNMENT, timbuktu.getControlSide());
        assertTrue(m.rules().power().quality(m.world(), Faction.AFISMA) < m.rules().power().quality(m.world(), Faction.FRANCE), "and they are less effective in combat");
    }
}
