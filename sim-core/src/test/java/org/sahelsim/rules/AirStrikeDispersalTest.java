package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/** R3 air strikes and R4 dispersal: a struck concentration splits and leaves the town (002, 004). */
class AirStrikeDispersalTest {

    @Test
    void struckConcentrationSplitsAndMovesAwayFromTheTown() {
        Situations s = Situations.create()
                .armed("MUJAO", "Gao", 600, "hold")
                .control("Gao", "MUJAO")
                .set("airStrikes.detectionProbability", 1.0)
                .set("redoubt.seekProbability", 0)
                .set("dispersal.regroupDays", 100)
                .event(new ScenarioEvent.AirCampaign(Situations.START, "Serval", "FRANCE", "N'Djamena", 4));
        SahelModel m = s.run(6, 11);
        assertTrue(s.count(SubEventType.AIR_DRONE_STRIKE) >= 1, "the concentration is struck");
        List<ArmedUnit> units = Situations.armed(m, Faction.MUJAO);
        assertTrue(units.size() >= 3, "it has split into several groups: " + units.size());
        double meanKm = units.stream().mapToDouble(u -> m.world().km(u, Situations.town(m, "Gao"))).average().orElse(0);
        assertTrue(meanKm > 40, "the groups have left Gao, mean distance " + meanKm);
        assertTrue(Situations.strength(units) < 600, "strikes killed fighters");
    }

    @Test
    void withoutAirCampaignTheUnitStaysConcentratedInTown() {
        Situations s = Situations.create().armed("MUJAO", "Gao", 600, "hold").control("Gao", "MUJAO");
        SahelModel m = s.run(6, 11);
        List<ArmedUnit> units = Situations.armed(m, Faction.MUJAO);
        assertTrue(units.size() == 1 && units.get(0).getPosture() == Posture.HOLD);
        assertTrue(m.world().km(units.get(0), Situations.town(m, "Gao")) < 5);
    }

    @Test
    void detectionFallsWithSizeAndInRuggedTerrain() {
        Situations s = Situations.create()
                .armed("AQIM", "Gao", 400, "hold")
                .armed("AQIM", "Gao", 40, "hold")
                .armedAt("AQIM", 19.69, 1.31, 400, "redoubt") // Tigharghar
                .armedAt("AQIM", 18.0, -1.5, 400, "hold");    // open desert
        SahelModel m = s.model(1, 1);
        m.start();
        List<ArmedUnit> u = Situations.armed(m, Faction.AQIM);
        double big = m.rules().airStrikes().detectionProbability(m.world(), u.get(0));
        double small = m.rules().airStrikes().detectionProbability(m.world(), u.get(1));
        double mountain = m.rules().airStrikes().detectionProbability(m.world(), u.get(2));
        assertTrue(small < big, "smaller groups are harder to see");
        double desert = m.rules().airStrikes().detectionProbability(m.world(), u.get(3));
        assertTrue(mountain < desert / 2 && mountain < big, "the redoubt hides a group of the same size: " + mountain + " vs " + desert);
    }

    @Test
    void bandsOnTheMoveAreRarelySeenByOneSortie() {
        Situations s = Situations.create()
                .armedAt("JNIM", 15.3, -1.0, 40, "raid")   // Gourma, Sahel steppe
                .armedAt("JNIM", 15.3, -1.0, 40, "hold")
                .armedAt("JNIM", 15.3, -1.0, 200, "hold");
        SahelModel m = s.model(1, 1);
        m.start();
        List<ArmedUnit> u = Situations.armed(m, Faction.JNIM);
        double band = m.rules().airStrikes().detectionProbability(m.world(), u.get(0));
        double smallCamp = m.rules().airStrikes().detectionProbability(m.world(), u.get(1));
        double camp = m.rules().airStrikes().detectionProbability(m.world(), u.get(2));
        assertTrue(band < smallCamp / 3, "a band on the move is harder to see than the same group camped: " + band + " vs " + smallCamp);
        assertTrue(camp >= 4 * smallCamp, "detection grows with size: " + camp + " vs " + smallCamp);
        // at one sortie a day a 40-fighter band is found about once in a hundred days or less
        assertTrue(band <= 0.01, "daily chance of finding a band with one sortie: " + band);
    }

    @Test
    void aSortieWithoutATargetItMayStrikeDoesNothing() {
        Situations s = Situations.create()
                .armedAt("JNIM", 19.69, 1.31, 300, "redoubt")
                .armedAt("JNIM", 15.3, -1.0, 300, "hold")
                .event(new ScenarioEvent.AirCampaign(Situations.START, "Barkhane", "FRANCE", "Niamey", 4))
                .event(new ScenarioEvent.Talks(Situations.START, "talks", List.of("FAMA", "JNIM"), true));
        SahelModel m = s.run(60, 3);
        assertTrue(s.count(SubEventType.AIR_DRONE_STRIKE) == 0, "no strikes on groups whose hunt is suspended, nor on their depots: "
                + s.count(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(m.world().casualties(org.sahelsim.core.Side.JIHADIST) == 0, "nobody killed");
    }
}
