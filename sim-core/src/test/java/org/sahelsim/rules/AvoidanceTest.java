package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/** R5 avoid conventional forces, with R9 liberation: Timbuktu is taken "with relative ease" (004). */
class AvoidanceTest {
    private static final int SEEDS = 6;

    private Situations timbuktu(double leaveProbability) {
        return Situations.create()
                .armed("AQIM", "Timbuktu", 300, "hold")
                .control("Timbuktu", "AQIM")
                .force("FRANCE", "Léré", 1200, "advance", "Timbuktu")
                .set("avoidance.leaveProbability", leaveProbability)
                .set("redoubt.seekProbability", 0);
    }

    private static int battleDeaths(Situations s) {
        return s.log.stream().filter(e -> e.subEventType() == SubEventType.ARMED_CLASH).mapToInt(e -> e.fatalities()).sum();
    }

    @Test
    void jihadistsLeaveBeforeASuperiorForceArrivesSoTheTownFallsWithLittleFighting() {
        int avoiding = 0;
        int standing = 0;
        int survivors = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Situations a = timbuktu(0.6);
            SahelModel m = a.run(12, seed);
            assertEquals(Side.GOVERNMENT, Situations.town(m, "Timbuktu").getControlSide());
            avoiding += battleDeaths(a);
            survivors += Situations.strength(Situations.armed(m, Faction.AQIM));
            Situations b = timbuktu(0.0);
            b.run(12, seed);
            standing += battleDeaths(b);
        }
        assertTrue(avoiding * 3 < standing, "battle deaths when avoiding " + avoiding + " vs standing " + standing);
        assertTrue(survivors > SEEDS * 200, "most fighters survive to fight elsewhere: " + survivors);
    }
}
