package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.SubEventType;

/** R13 vengeance raises grievance, R15 grievance raises recruitment (000, 002). */
class GrievanceRecruitmentTest {

    private Situations gao(String garrison) {
        return Situations.create()
                .force(garrison, "Gao", 500, "garrison")
                .armedAt("MUJAO", 16.0, 0.9, 100, "hold") // a cell in the bush east of Gao
                .control("Gao", "MUJAO")
                .set("vengeance.abuseProbabilityPerDay", 0.2)
                .set("recruitment.localRatePerDay", 0.0002)
                .set("recruitment.foreignInflowPerDay", 0)
                .set("asymmetricAttacks.attackRatePerCell", 0)
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0);
    }

    @Test
    void malianPresenceRaisesGrievanceWhichRaisesRecruitment() {
        Situations fama = gao("FAMA");
        SahelModel withFama = fama.run(90, 12);
        Situations chad = gao("CHAD");
        SahelModel withChad = chad.run(90, 12);
        assertTrue(fama.count(SubEventType.ATTACK, "reprisals") >= 5, "abuses by Malian troops");
        assertTrue(chad.count(SubEventType.ATTACK, "reprisals") == 0, "none with Chadian troops only");
        double gF = Situations.town(withFama, "Gao").getGrievance();
        double gC = Situations.town(withChad, "Gao").getGrievance();
        assertTrue(gF > gC + 0.1, "grievance " + gF + " vs " + gC);
        int rF = Situations.strength(Situations.armed(withFama, Faction.MUJAO));
        int rC = Situations.strength(Situations.armed(withChad, Faction.MUJAO));
        assertTrue(rF > rC, "more recruits where grievance is high: " + rF + " vs " + rC);
        assertTrue(withFama.rules().recruitment().localRate(Situations.town(withFama, "Gao"))
                > withChad.rules().recruitment().localRate(Situations.town(withChad, "Gao")));
    }
}
