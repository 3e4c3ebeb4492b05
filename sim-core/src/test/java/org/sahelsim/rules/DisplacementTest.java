package org.sahelsim.rules;

import org.sahelsim.map.Grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/** R18 not eliminated, only displaced (000, 002): exile is a sanctuary, and groups come back to raid. */
class DisplacementTest {

    @Test
    void exiledGroupsAreSparedReconstituteAndComeBack() {
        Situations s = Situations.create()
                .force("FRANCE", "Gao", 800, "garrison")
                .control("Gao", "MUJAO")
                .set("displacement.returnAfterDays", 20)
                .set("displacement.returnProbabilityPerDay", 0.2)
                .set("airStrikes.detectionProbability", 1.0)
                .event(new ScenarioEvent.AirCampaign(Situations.START, "Serval", "FRANCE", "N'Djamena", 10));
        SahelModel m = s.model(60, 5);
        m.start();
        ArmedUnit exile = new ArmedUnit(m.world().newUnitId(), Faction.AQIM, 0, 0, 120, 15, 10, Posture.HOLD);
        exile.setPosition(Grid.x(1.0), Grid.y(21.5)); // Algeria, north of Tessalit
        assertEquals(org.sahelsim.map.Country.ALGERIA, m.map().country(exile.cellX(), exile.cellY()));
        exile.setExileSinceDay(0);
        exile.setCohesion(0.5);
        m.world().addUnit(exile);
        Situations.step(m, 15);
        assertEquals(0, s.count(SubEventType.AIR_DRONE_STRIKE), "no strikes across the border");
        assertTrue(exile.getCohesion() > 0.7 && exile.getStrength() >= 120, "it reconstitutes");
        boolean backInMali = false;
        for (int d = 0; d < 45; d++) {
            Situations.step(m, 1);
            backInMali |= exile.isAlive() && m.world().inMali(exile) && !exile.isInExile();
        }
        assertTrue(s.count(SubEventType.OTHER, "returns to Mali") >= 1, "it comes back");
        assertTrue(backInMali, "and operates in Mali again");
    }
}
