package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.ScenarioEvent;

/** R21 withdrawal of the intervention force (001: Barkhane leaves in 2022). */
class WithdrawalTest {

    @Test
    void withdrawalRemovesTheForceAndItsAirCampaignAndTheBalanceShifts() {
        Situations s = Situations.create()
                .force("FRANCE", "Gossi", 400, "garrison")
                .armed("JNIM", "Hombori", 300, "hold")
                .set("avoidance.leaveProbability", 0) // isolate R21 from R5
                .control("Gossi", "FRANCE").control("Hombori", "JNIM").control("Boni", "JNIM")
                .set("offensive.rangeKm", 100) // only Gossi is within reach
                .set("airStrikes.detectionProbability", 0)
                .set("offensive.initiativePerDay", 0.3)
                .set("withdrawal.drawdownDays", 10)
                .event(new ScenarioEvent.AirCampaign(Situations.START, "Barkhane", "FRANCE", "N'Djamena", 2))
                .event(new ScenarioEvent.Withdrawal(Situations.START.plusDays(5), "001", "FRANCE", 1.0));
        SahelModel m = s.run(70, 3);
        assertEquals(0, Situations.strength(Situations.forces(m, Faction.FRANCE)), "no French troops left");
        assertTrue(m.world().airAssets().stream().allMatch(a -> a.getSortiesPerDay() == 0), "no more sorties");
        // the garrison may still be attacked (and routed, R2) while it draws down: those losses are casualties;
        // the 400 troops withdrawn are not. Every government casualty is a loss in a fight the log records.
        int foughtDead = s.log.stream().filter(e -> e.subEventType() != SubEventType.OTHER
                && (e.actor1().equals("FRANCE") || e.actor2().equals("FRANCE"))).mapToInt(e -> e.fatalities()).sum();
        assertTrue(m.world().casualties(Side.GOVERNMENT) <= foughtDead,
                "withdrawn troops are not casualties: " + m.world().casualties(Side.GOVERNMENT) + " government casualties, " + foughtDead + " dead in fights with FRANCE");
        assertEquals(Side.JIHADIST, Situations.town(m, "Gossi").getControlSide(), "the abandoned town is taken");
    }

    @Test
    void aWithdrawalNobodyFightsCostsNoCasualties() {
        Situations s = Situations.create()
                .force("FRANCE", "Gossi", 400, "garrison")
                .control("Gossi", "FRANCE")
                .set("withdrawal.drawdownDays", 10)
                .event(new ScenarioEvent.Withdrawal(Situations.START.plusDays(5), "001", "FRANCE", 1.0));
        SahelModel m = s.run(20, 3);
        assertEquals(0, Situations.strength(Situations.forces(m, Faction.FRANCE)), "no French troops left");
        assertEquals(0, m.world().casualties(Side.GOVERNMENT), "withdrawn troops are not casualties");
    }
}
