package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * The 'merge' event: JNIM's founding (March 2, 2017: Ansar Dine, AQIM, al-Mourabitoun) and
 * AFISMA's troops becoming MINUSMA (July 1, 2013). Units and towns change banner where they are;
 * nothing else moves.
 */
class MergeTest {

    @Test
    void armedGroupsMergeIntoJnimWithTheirFightersAndTowns() {
        Situations s = Situations.create()
                .armed("AQIM", "Timbuktu", 300, "hold")
                .armed("ANSAR_DINE", "Kidal", 200, "hold")
                .armed("MNLA", "Tinzaouaten", 100, "hold")
                .control("Timbuktu", "AQIM").control("Kidal", "ANSAR_DINE").control("Tinzaouaten", "MNLA")
                .event(new ScenarioEvent.Merge(Situations.START.plusDays(3), "test", List.of("AQIM", "ANSAR_DINE"), "JNIM"));
        SahelModel before = s.run(3, 7);
        int fightersBefore = Situations.strength(Situations.armed(before, Faction.AQIM))
                + Situations.strength(Situations.armed(before, Faction.ANSAR_DINE));
        int heldSince = Situations.town(before, "Timbuktu").getControlSinceDay();

        SahelModel m = Situations.create()
                .armed("AQIM", "Timbuktu", 300, "hold")
                .armed("ANSAR_DINE", "Kidal", 200, "hold")
                .armed("MNLA", "Tinzaouaten", 100, "hold")
                .control("Timbuktu", "AQIM").control("Kidal", "ANSAR_DINE").control("Tinzaouaten", "MNLA")
                .event(new ScenarioEvent.Merge(Situations.START.plusDays(3), "test", List.of("AQIM", "ANSAR_DINE"), "JNIM"))
                .run(4, 7);
        assertTrue(Situations.armed(m, Faction.AQIM).isEmpty(), "no AQIM unit is left");
        assertTrue(Situations.armed(m, Faction.ANSAR_DINE).isEmpty(), "no Ansar Dine unit is left");
        int jnim = Situations.strength(Situations.armed(m, Faction.JNIM));
        assertTrue(Math.abs(jnim - fightersBefore) <= 10, "JNIM has the merged groups' fighters: " + jnim + " vs " + fightersBefore);
        TownAgent timbuktu = Situations.town(m, "Timbuktu");
        assertEquals(Faction.JNIM, timbuktu.getControlFaction());
        assertEquals(Side.JIHADIST, timbuktu.getControlSide());
        assertEquals(heldSince, timbuktu.getControlSinceDay(), "the merger is not a conquest: the town is held since the same day");
        assertEquals(Faction.JNIM, Situations.town(m, "Kidal").getControlFaction());
        assertEquals(Faction.MNLA, Situations.town(m, "Tinzaouaten").getControlFaction(), "a faction not named keeps its towns");
        assertEquals(100, Situations.strength(Situations.armed(m, Faction.MNLA)), "and its fighters");
    }

    @Test
    void africanTroopsChangeHelmetsWhereTheyStand() {
        Situations s = Situations.create()
                .force("AFISMA", "Sévaré", 1000, "garrison")
                .force("CHAD", "Gao", 800, "garrison")
                .force("FRANCE", "Mopti", 300, "garrison")
                .event(new ScenarioEvent.Merge(Situations.START.plusDays(2), "test", List.of("AFISMA", "CHAD"), "UN"));
        SahelModel m = s.run(5, 3);
        assertTrue(Situations.forces(m, Faction.AFISMA).isEmpty());
        assertTrue(Situations.forces(m, Faction.CHAD).isEmpty());
        var un = Situations.forces(m, Faction.UN);
        assertEquals(1800, Situations.strength(un));
        assertTrue(un.stream().anyMatch(f -> f.getTown() == Situations.town(m, "Sévaré")), "in Sévaré");
        assertTrue(un.stream().anyMatch(f -> f.getTown() == Situations.town(m, "Gao")), "and in Gao");
        assertEquals(300, Situations.strength(Situations.forces(m, Faction.FRANCE)));
        assertTrue(s.log.stream().anyMatch(e -> e.notes().contains("merge into UN")), "the merger is an event of the log");
    }
}
