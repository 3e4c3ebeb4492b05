package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Grid;
import org.sahelsim.model.SahelModel;

/** R17 combat: stochastic Lanchester attrition with terrain and ambush modifiers (004, Ametetai). */
class CombatTest {

    /** Mean losses {force, fighters} over many one-day engagements at a place. */
    private double[] meanLosses(double lat, double lon, Posture posture, Mission mission, int reps) {
        SahelModel m = Situations.create().model(1, 42);
        m.start();
        double[] sum = new double[2];
        for (int i = 0; i < reps; i++) {
            ForceUnit f = new ForceUnit(m.world().newUnitId(), Faction.CHAD, Grid.x(lon), Grid.y(lat), 500, 60, 30, mission);
            ArmedUnit a = new ArmedUnit(m.world().newUnitId(), Faction.AQIM, Grid.x(lon), Grid.y(lat), 150, 20, 30, posture);
            a.setLastStruckDay(-100);
            int[] l = m.rules().combat().engage(m.world(), new ArrayList<Unit>(List.of(f)), new ArrayList<Unit>(List.of(a)), 1, 1, "test");
            sum[0] += l[0];
            sum[1] += l[1];
        }
        return new double[] {sum[0] / reps, sum[1] / reps};
    }

    @Test
    void ambushInTheMountainsCostsTheColumnMoreThanAFightInTheOpen() {
        double[] ambush = meanLosses(19.69, 1.31, Posture.REDOUBT, Mission.CLEAR, 300); // Tigharghar
        double[] open = meanLosses(18.0, -1.5, Posture.DISPERSE, Mission.GARRISON, 300); // open desert
        assertTrue(ambush[0] > 2 * open[0], "column losses ambushed " + ambush[0] + " vs open " + open[0]);
        assertTrue(ambush[1] < open[1], "the guerrillas lose less in their redoubt: " + ambush[1] + " vs " + open[1]);
        // order of magnitude of 004: a Chadian column lost 25 and killed 65 in three ambushes
        assertTrue(ambush[0] > 2 && ambush[0] < 25, "losses per ambush " + ambush[0]);
    }

    @Test
    void concentratedFightersSufferAimedFireDispersedOnlyAreaFire() {
        double[] column = meanLosses(18.0, -1.5, Posture.HOLD, Mission.GARRISON, 300);
        double[] guerrilla = meanLosses(18.0, -1.5, Posture.DISPERSE, Mission.GARRISON, 300);
        assertTrue(column[1] > guerrilla[1], "fighters holding ground lose more: " + column[1] + " vs " + guerrilla[1]);
        assertTrue(column[1] > 0 && guerrilla[1] > 0 && column[0] > 0);
    }
}
