package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.World;

/** Rural control (territory share, R9): regular presence governs the countryside, with a lag both ways; French support extends Malian patrols (R22). */
class RuralControlTest {
    private static final int GOV = Side.GOVERNMENT.ordinal();
    private static final int JIH = Side.JIHADIST.ordinal();

    @Test
    void aBandGovernsTheCountrysideOnlyWhenThereRegularlyKeepsItAfterLeavingThenLosesIt() {
        Situations s = Situations.create().force("FAMA", "Douentza", 300, "garrison").control("Douentza", "FAMA")
                .armedAt("JNIM", 14.7, -3.3, 150, "hold");
        SahelModel m = s.model(1, 1);
        m.start();
        World w = m.world();
        Liberation.Params p = m.rules().liberation().params();
        CounterTerror ct = m.rules().counterTerror();
        ArmedUnit band = Situations.armed(m, Faction.JNIM).get(0);
        double bx = band.getX();
        double by = band.getY();
        RuralControl rc = new RuralControl();
        band.setPosition(0.5, 0.5); // outside Mali: no presence
        rc.update(w, p, ct);
        double[] before = rc.territoryBySide(w, p); // the jihadists hold only the far-away Taoudenni of Situations

        band.setPosition(bx, by);
        rc.update(w, p, ct);
        assertEquals(before[JIH], rc.territoryBySide(w, p)[JIH], 1e-12, "one day of presence governs nothing (lag)");
        for (int d = 1; d < 60; d++) {
            rc.update(w, p, ct);
        }
        double[] held = rc.territoryBySide(w, p);
        assertTrue(held[JIH] > before[JIH] + 0.002, "two months there: the band governs the countryside around it: " + held[JIH]);

        band.setPosition(0.5, 0.5); // it leaves
        for (int d = 0; d < 20; d++) {
            rc.update(w, p, ct);
        }
        assertEquals(held[JIH], rc.territoryBySide(w, p)[JIH], 1e-12, "twenty days after it left, its control remains (memory)");
        for (int d = 0; d < 200; d++) {
            rc.update(w, p, ct);
        }
        double[] after = rc.territoryBySide(w, p);
        assertEquals(before[JIH], after[JIH], 1e-12, "without presence the control decays");
        assertTrue(after[GOV] < before[GOV] - 0.002,
                "the state does not get back the countryside the war reached without going there: " + before[GOV] + " -> " + after[GOV]);
        double sum = 0;
        for (double v : after) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-9, "shares sum to 1");
    }

    private static double governmentTerritory(boolean frenchAir) {
        Situations s = Situations.create().force("FAMA", "Douentza", 300, "garrison").control("Douentza", "FAMA")
                .force("FRANCE", "Sévaré", 500, "garrison").set("offensive.initiativePerDay", 0)
                // towns around held by the jihadists without fighters: their countryside is the posts' only where they patrol
                .control("Boni", "JNIM").control("Bandiagara", "JNIM").control("Konna", "JNIM").control("Djenné", "JNIM")
                .control("Hombori", "JNIM").control("Ténenkou", "JNIM");
        if (frenchAir) {
            s.event(new ScenarioEvent.AirCampaign(Situations.START, "Serval", "FRANCE", "N'Djamena", 4));
        }
        return s.run(1, 1).territoryBySide()[GOV];
    }

    @Test
    void frenchAirAndQuickReactionLetMalianPostsHoldMoreCountryside() {
        double without = governmentTerritory(false);
        double with = governmentTerritory(true);
        assertTrue(with > without + 0.005, "government territory with France's air component " + with + ", without " + without);
    }
}
