package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.SubEventType;

/** R10 asymmetric attacks after liberation: suicide bombs and raids on Gao's garrison (004). */
class AsymmetricAttacksTest {

    private Situations gao(boolean cellsNearby) {
        Situations s = Situations.create()
                .force("FAMA", "Gao", 400, "garrison")
                .control("Gao", "MUJAO")
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0);
        if (cellsNearby) {
            // five cells (R10 counts units, not fighters) of 24 around the town, 120 fighters in all
            s.armedAt("MUJAO", 16.55, 0.10, 24, "hold").armedAt("MUJAO", 16.05, -0.35, 24, "hold")
                    .armedAt("MUJAO", 16.45, -0.30, 24, "hold").armedAt("MUJAO", 16.00, 0.30, 24, "hold")
                    .armedAt("MUJAO", 16.60, -0.10, 24, "hold");
        }
        return s;
    }

    @Test
    void cellsNearALiberatedTownAttackItsGarrison() {
        // the number of attacks in 60 days is a small count (seeds 1..20: 0 to 3, mean 1.7): the claim is on
        // the typical run, at least two attacks in most seeds, not on one seed
        int atLeastTwo = 0;
        int n = 20;
        StringBuilder counts = new StringBuilder();
        for (long seed = 1; seed <= n; seed++) {
            Situations s = gao(true);
            SahelModel m = s.run(60, seed);
            assertTrue(Situations.town(m, "Gao").isLiberated());
            long suicide = s.count(SubEventType.SUICIDE_BOMB, "Gao");
            long raids = s.count(SubEventType.ARMED_CLASH, "raid on Gao");
            long ieds = s.count(SubEventType.REMOTE_EXPLOSIVE, "Gao"); // since issue 11 a cell without a bomber or the numbers to raid plants an IED
            counts.append(' ').append(suicide + raids + ieds);
            if (suicide + raids + ieds >= 2) {
                atLeastTwo++;
            }
            int attackFatalities = s.log.stream().filter(e -> e.subEventType() == SubEventType.SUICIDE_BOMB).mapToInt(e -> e.fatalities()).sum();
            assertTrue(attackFatalities <= 4 * suicide, "suicide attacks kill few");
            assertTrue(Situations.strength(Situations.forces(m, org.sahelsim.core.Faction.FAMA)) > 300, "the garrison holds");
        }
        assertTrue(atLeastTwo > n / 2, "at least two attacks on Gao in most runs; attacks per seed:" + counts);
    }

    @Test
    void noCellsNoAttacks() {
        Situations s = gao(false);
        s.run(60, 9);
        assertEquals(0, s.count(SubEventType.SUICIDE_BOMB));
    }
}
