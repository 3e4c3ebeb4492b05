package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.SahelModel;

/** R10 driven by cells (units, not fighters) and a pool of bombers per faction. */
class CellAttacksTest {

    private Situations gao(int cells, int fightersEach) {
        Situations s = Situations.create()
                .force("FAMA", "Gao", 600, "garrison")
                .control("Gao", "MUJAO")
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0)
                .set("dispersal.regroupDays", 120)
                .set("redoubt.seekProbability", 0)
                .set("asymmetricAttacks.tieDownDays", 0);
        for (int i = 0; i < cells; i++) {
            double ang = 2 * Math.PI * i / cells;
            s.armedAt("MUJAO", 16.27 + 0.3 * Math.sin(ang), -0.04 + 0.3 * Math.cos(ang), fightersEach, "hold");
        }
        return s;
    }

    private static long attacks(Situations s) {
        return s.count(SubEventType.SUICIDE_BOMB) + s.log.stream().filter(e -> e.notes().startsWith("raid on Gao")).count();
    }

    @Test
    void tenSmallCellsAttackMoreThanOneBigUnit() {
        long small = 0;
        long big = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Situations ten = gao(10, 20);
            ten.run(90, seed);
            small += attacks(ten);
            Situations one = gao(1, 200);
            one.run(90, seed);
            big += attacks(one);
        }
        assertTrue(small > 2 * big, "10 cells of 20: " + small + " attacks; 1 unit of 200: " + big);
    }

    @Test
    void suicideAttacksNeverExceedThePool() {
        Situations s = gao(10, 20)
                .set("asymmetricAttacks.suicideShare", 1)
                .set("asymmetricAttacks.bombersAtStartMujao", 2)
                .set("asymmetricAttacks.volunteersPerThousandFighterDays", 0); // no bombers prepared: the pool is the 2 given
        SahelModel m = s.run(120, 5);
        long suicide = s.count(SubEventType.SUICIDE_BOMB);
        assertTrue(suicide <= 2, "suicide bombings " + suicide + " with a pool of 2");
        assertTrue(suicide >= 1, "the pool is used");
        assertTrue(m.world().fieldLog().emptyPoolOpportunities() > 0, "later attacks found it empty and became raids");
    }
}
