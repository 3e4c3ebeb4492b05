package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;

/** The threat appraisal shared by R1 and R5: forces weighted by whether they can intervene in time. */
class ThreatAppraisalTest {

    private static double threatAt(SahelModel m, String town, double horizon) {
        TownAgent t = Situations.town(m, town);
        return m.rules().appraisal().appraise(m.world(), Faction.AQIM, t.centreX(), t.centreY(), t, horizon, null).total();
    }

    @Test
    void aRoutedGarrisonAndAFarGarrisonAddNothing() {
        SahelModel m = Situations.create()
                .force("FAMA", "Niono", 300, "garrison")
                .force("FAMA", "Ségou", 800, "garrison")
                .control("Léré", "AQIM")
                .model(2, 1);
        m.start();
        ForceUnit niono = Situations.forces(m, Faction.FAMA).stream()
                .filter(f -> f.getTown() == Situations.town(m, "Niono")).findFirst().orElseThrow();
        double segouKm = m.world().km(Situations.town(m, "Ségou"), Situations.town(m, "Diabaly"));
        assertTrue(segouKm > 100, "Ségou is " + segouKm + " km from Diabaly");
        double both = threatAt(m, "Diabaly", 1);
        assertTrue(both > 0, "Niono's garrison, 50 km away, weighs at Diabaly");
        m.world().fieldLog().routed(niono.getId(), m.world().day() + 3);
        assertEquals(0.0, threatAt(m, "Diabaly", 1), 1e-9, "routed Niono and far-away Ségou add nothing");
    }

    @Test
    void aForceThreeDaysAwayWeighsLessThanOneThreeHoursAway() {
        SahelModel near = Situations.create().force("FRANCE", "Niono", 300, "clear").control("Léré", "AQIM").model(2, 1);
        near.start();
        SahelModel far = Situations.create().force("FRANCE", "Tessalit", 300, "clear").control("Léré", "AQIM").model(2, 1);
        far.start();
        double kmNear = near.world().km(Situations.town(near, "Niono"), Situations.town(near, "Diabaly"));
        double kmFar = far.world().km(Situations.town(far, "Tessalit"), Situations.town(far, "Diabaly"));
        double tNear = kmNear / near.rules().appraisal().params().reactionSpeedKmPerDay();
        double tFar = kmFar / far.rules().appraisal().params().reactionSpeedKmPerDay();
        assertTrue(tNear < 0.25 && tFar > 2.5, "hours vs days away: " + tNear + " / " + tFar + " days");
        double a = threatAt(near, "Diabaly", 1);
        double b = threatAt(far, "Diabaly", 1);
        assertTrue(b > 0 && a > 3 * b, "near " + a + " vs far " + b);
    }

    @Test
    void anInterventionForceWeighsMoreThanFamaAwayFromItsTown() {
        SahelModel fr = Situations.create().force("FRANCE", "Niono", 300, "garrison").control("Léré", "AQIM").model(2, 1);
        fr.start();
        SahelModel fa = Situations.create().force("FAMA", "Niono", 300, "garrison").control("Léré", "AQIM").model(2, 1);
        fa.start();
        assertTrue(threatAt(fr, "Diabaly", 1) > threatAt(fa, "Diabaly", 1));
    }

    @Test
    void anAdvancingColumnWithoutTargetPicksTheWeakNearTownAndTakesIt() {
        Situations s = Situations.create()
                .armed("MUJAO", "Douentza", 900, "advance")
                .force("FAMA", "Konna", 80, "garrison")
                .control("Douentza", "MUJAO")
                .set("avoidance.leaveProbability", 0);
        SahelModel m = s.model(6, 2);
        m.start();
        var column = Situations.armed(m, Faction.MUJAO).get(0);
        TownAgent chosen = m.rules().offensive().chooseTarget(m.world(), column);
        assertEquals("Konna", chosen.getName());
        Situations.step(m, 6);
        assertEquals(Side.JIHADIST, Situations.town(m, "Konna").getControlSide());
    }
}
