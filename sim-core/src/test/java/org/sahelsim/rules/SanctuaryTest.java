package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;

/** R8 sanctuary in sympathetic villages (004). */
class SanctuaryTest {

    @Test
    void smallFleeingGroupHidesInASympatheticVillageWithoutTakingIt() {
        Situations s = Situations.create()
                .armed("MUJAO", "Gao", 50, "hold")
                .force("FAMA", "Bamako", 100, "garrison")
                .control("Gao", "MUJAO").control("Bourem", "MUJAO").control("Ansongo", "FAMA")
                .set("redoubt.seekProbability", 0);
        SahelModel m = s.model(10, 6);
        m.start();
        Situations.town(m, "Bourem").setSympathy(Side.JIHADIST, 0.6);
        Situations.town(m, "Ansongo").setSympathy(Side.JIHADIST, 0.6);
        ArmedUnit u = Situations.armed(m, Faction.MUJAO).get(0);
        double open = m.rules().airStrikes().detectionProbability(m.world(), u);
        m.rules().dispersal().disperse(m.world(), u, u.getX(), u.getY());
        assertEquals(Posture.HIDE, u.getPosture());
        Situations.step(m, 8);
        assertTrue(u.getTown() != null && u.getTown().getName().equals("Bourem") || u.getTown().getName().equals("Ansongo"),
                "hiding in a sympathetic village: " + u.getTownName());
        assertTrue(m.rules().airStrikes().detectionProbability(m.world(), u) < open / 3, "hard to find there");
        assertEquals(Side.GOVERNMENT, Situations.town(m, "Ansongo").getControlSide(), "hiding groups hold no ground");
    }
}
