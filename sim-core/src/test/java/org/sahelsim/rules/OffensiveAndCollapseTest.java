package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/** R1 southward offensive and R2 garrison collapse, on the Konna situation of January 2013 (004). */
class OffensiveAndCollapseTest {

    @Test
    void superiorColumnRoutsAWeakGarrisonWhichLeavesItsEquipment() {
        Situations s = Situations.create()
                .armed("MUJAO", "Douentza", 800, "advance", "Konna")
                .force("FAMA", "Konna", 120, "garrison")
                .force("FAMA", "Bamako", 500, "garrison")
                .control("Douentza", "MUJAO");
        SahelModel m = s.model(6, 3);
        m.start();
        int vehiclesBefore = Situations.armed(m, Faction.MUJAO).get(0).getVehicles();
        Situations.step(m, 6);
        assertEquals(Side.JIHADIST, Situations.town(m, "Konna").getControlSide(), "Konna falls");
        assertTrue(s.count(SubEventType.ARMED_CLASH, "routed") >= 1, "a rout event (R2)");
        int vehiclesAfter = Situations.armed(m, Faction.MUJAO).stream().mapToInt(u -> u.getVehicles()).sum();
        assertTrue(vehiclesAfter > vehiclesBefore, "the attacker gains the abandoned vehicles: " + vehiclesBefore + " -> " + vehiclesAfter);
        ForceUnit routed = Situations.forces(m, Faction.FAMA).stream().filter(f -> f.getStrength() < 120).findFirst().orElseThrow();
        assertTrue(m.world().km(routed, Situations.town(m, "Konna")) > 20, "the routed garrison has fallen back");
        assertTrue(routed.getVehicles() < 120 / 15, "and left most of its vehicles");
        assertTrue(s.count(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) >= 1);
    }

    @Test
    void columnDoesNotAttackAGarrisonItDoesNotOutmatch() {
        Situations s = Situations.create()
                .armed("MUJAO", "Douentza", 300, "advance")
                .force("FAMA", "Konna", 2500, "garrison")
                .control("Douentza", "MUJAO");
        SahelModel m = s.run(10, 3);
        assertEquals(Side.GOVERNMENT, Situations.town(m, "Konna").getControlSide());
        for (var u : Situations.armed(m, Faction.MUJAO)) {
            assertTrue(m.world().km(u, Situations.town(m, "Konna")) > 30, "no MUJAO unit goes for Konna");
        }
        assertEquals(0, s.count(SubEventType.ARMED_CLASH));
    }

    @Test
    void afterTakingItsTargetTheColumnMovesOnToTheNextWeakTownUnlessAirPowerDetersIt() {
        Situations open = Situations.create()
                .armed("MUJAO", "Douentza", 900, "advance", "Konna")
                .force("FAMA", "Konna", 80, "garrison")
                .force("FAMA", "Sévaré", 150, "garrison")
                .control("Douentza", "MUJAO");
        SahelModel m1 = open.run(12, 5);
        assertEquals(Side.JIHADIST, Situations.town(m1, "Sévaré").getControlSide(), "without intervention Sevare falls too");

        Situations deterred = Situations.create()
                .armed("MUJAO", "Douentza", 900, "advance", "Konna")
                .force("FAMA", "Konna", 80, "garrison")
                .force("FAMA", "Sévaré", 150, "garrison")
                .control("Douentza", "MUJAO")
                .set("airStrikes.detectionProbability", 0) // only deterrence, no strikes
                .event(new ScenarioEvent.AirCampaign(Situations.START, "Serval", "FRANCE", "N'Djamena", 12));
        SahelModel m2 = deterred.run(12, 5);
        assertEquals(Side.GOVERNMENT, Situations.town(m2, "Sévaré").getControlSide(), "air power in range stops the offensive");
    }
}
