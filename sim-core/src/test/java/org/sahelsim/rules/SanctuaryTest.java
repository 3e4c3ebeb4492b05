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
        for (long seed = 1; seed <= 10; seed++) {
            Situations s = Situations.create()
                    .armed("MUJAO", "Gao", 50, "hold")
                    .force("FAMA", "Bamako", 100, "garrison")
                    .control("Gao", "MUJAO").control("Bourem", "MUJAO").control("Ansongo", "FAMA")
                    .set("redoubt.seekProbability", 0)
                    // isolate hiding from coming out: unthreatened hidden groups emerge at sanctuary.emergePerDay
                    // (without this, 7 of seeds 1..20 had come out, holding Bourem again, by day 8)
                    .set("sanctuary.emergePerDay", 0);
            SahelModel m = s.model(10, seed);
            m.start();
            Situations.town(m, "Bourem").setSympathy(Side.JIHADIST, 0.6);
            Situations.town(m, "Ansongo").setSympathy(Side.JIHADIST, 0.6);
            ArmedUnit u = Situations.armed(m, Faction.MUJAO).get(0);
            double open = m.rules().airStrikes().detectionProbability(m.world(), u);
            m.rules().dispersal().disperse(m.world(), u, u.getX(), u.getY());
            assertEquals(Posture.HIDE, u.getPosture());
            Situations.step(m, 8);
            assertTrue(u.getTown() != null && u.getTown().getName().equals("Bourem") || u.getTown().getName().equals("Ansongo"),
                    "seed " + seed + ": hiding in a sympathetic village: " + u.getTownName());
            assertTrue(m.rules().airStrikes().detectionProbability(m.world(), u) < open / 3, "seed " + seed + ": hard to find there");
            assertEquals(Side.GOVERNMENT, Situations.town(m, "Ansongo").getControlSide(), "hiding groups hold no ground");
        }
    }
}
