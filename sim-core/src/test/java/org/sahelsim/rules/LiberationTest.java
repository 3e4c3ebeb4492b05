package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/** R9 liberation: control is a state that changes when a side holds the town unopposed (000, 002, 004). */
class LiberationTest {

    @Test
    void advancingColumnTakesEmptyTownsInOrderAndLeavesGarrisons() {
        Situations s = Situations.create()
                .force("FRANCE", "Sévaré", 1000, "advance", "Konna", "Douentza", "Boni")
                .control("Konna", "MUJAO").control("Douentza", "MUJAO").control("Boni", "MUJAO");
        SahelModel m = s.run(10, 1);
        int konna = dayOf(s, "Konna");
        int douentza = dayOf(s, "Douentza");
        int boni = dayOf(s, "Boni");
        assertTrue(konna > 0 && konna <= douentza && douentza <= boni, "in road order: " + konna + ", " + douentza + ", " + boni);
        assertEquals(3, s.count(SubEventType.GOVERNMENT_REGAINS_TERRITORY));
        assertTrue(Situations.town(m, "Konna").isLiberated());
        assertTrue(Situations.forces(m, Faction.FRANCE).stream().anyMatch(f -> f.getTown() == Situations.town(m, "Douentza")),
                "a garrison stays behind");
    }

    @Test
    void townWithBothHostileSidesPresentIsContestedAndKeepsItsController() {
        Situations s = Situations.create()
                .force("FRANCE", "Gao", 50, "garrison")
                .armed("MUJAO", "Gao", 3000, "hold")
                .control("Gao", "MUJAO")
                .set("avoidance.leaveProbability", 0)
                .set("combat.aimedFireRate", 0)
                .set("combat.areaFireRate", 0);
        SahelModel m = s.run(3, 1);
        assertEquals(Side.JIHADIST, Situations.town(m, "Gao").getControlSide());
        assertTrue(Situations.town(m, "Gao").isContested());
    }

    @Test
    void bandsInTheCountrysideTakeTerritoryButNotTheTown() {
        Situations quiet = Situations.create().force("FAMA", "Douentza", 300, "garrison")
                .set("offensive.initiativePerDay", 0);
        SahelModel q = quiet.run(2, 1);
        Situations bands = Situations.create().force("FAMA", "Douentza", 300, "garrison")
                .armedAt("JNIM", 15.45, -2.75, 150, "hold").armedAt("JNIM", 14.7, -3.3, 150, "hold")
                .set("offensive.initiativePerDay", 0).set("avoidance.leaveProbability", 0);
        SahelModel b = bands.run(2, 1);
        double govQuiet = q.territoryBySide()[Side.GOVERNMENT.ordinal()];
        double govBands = b.territoryBySide()[Side.GOVERNMENT.ordinal()];
        double jihBands = b.territoryBySide()[Side.JIHADIST.ordinal()];
        assertEquals(Side.GOVERNMENT, Situations.town(b, "Douentza").getControlSide(), "the town stays the state's");
        assertTrue(jihBands > 0.005 && govBands < govQuiet - 0.005,
                "the countryside around it does not: government " + govQuiet + " -> " + govBands + ", jihadist " + jihBands);
    }

    private static int dayOf(Situations s, String town) {
        return s.changes.stream().filter(c -> c.day() > 0 && c.town().equals(town) && c.side() == Side.GOVERNMENT)
                .mapToInt(ControlChange::day).findFirst().orElse(-1);
    }
}
