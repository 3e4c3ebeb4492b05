package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.ScenarioEvent;

/** R3 with geography (assets fly from their base within a radius) and R4 from cohesion. */
class AirGeographyTest {

    private Situations gaoUnderAir(double radiusKm) {
        return Situations.create()
                .armed("MUJAO", "Gao", 600, "hold")
                .control("Gao", "MUJAO")
                .set("airStrikes.detectionProbability", 1.0)
                .set("airStrikes.fighterRadiusKm", radiusKm)
                .set("redoubt.seekProbability", 0)
                .event(new ScenarioEvent.AirCampaign(Situations.START, "Serval", "FRANCE", "N'Djamena", 4));
    }

    @Test
    void anAssetCannotStrikeBeyondItsRange() {
        Situations inRange = gaoUnderAir(2500); // N'Djamena-Gao is about 1,690 km
        inRange.run(4, 3);
        assertTrue(inRange.count(SubEventType.AIR_DRONE_STRIKE) >= 1);
        Situations beyond = gaoUnderAir(1200);
        SahelModel m = beyond.run(4, 3);
        assertEquals(0, beyond.count(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(m.world().fieldLog().sorties().isEmpty(), "no sortie is even tasked beyond the radius");
    }

    @Test
    void sortiesAreRecordedWhereTheyFlyAndFeltOnlyNearby() {
        Situations s = gaoUnderAir(2500);
        SahelModel m = s.run(3, 3);
        var w = m.world();
        var gao = Situations.town(m, "Gao");
        var timbuktu = Situations.town(m, "Timbuktu");
        assertTrue(w.fieldLog().sortiesNear(f -> true, 0, gao.centreX(), gao.centreY(), 50) > 0);
        ThreatAppraisal a = m.rules().appraisal();
        assertTrue(a.air(w, Faction.MUJAO, gao.centreX(), gao.centreY()) > 0, "the sorties over Gao are felt there");
        assertEquals(0.0, a.air(w, Faction.MUJAO, timbuktu.centreX(), timbuktu.centreY()), 1e-9,
                "320 km away, with no asset on call from N'Djamena, they are not");
    }

    @Test
    void oneStrikeDoesNotDisperseAFullStrengthUnitRepeatedStrikesDo() {
        SahelModel m = Situations.create()
                .armed("MUJAO", "Gao", 300, "hold")
                .control("Gao", "MUJAO")
                .model(10, 4);
        m.start();
        Situations.step(m, 1);
        AirAsset jet = new AirAsset(Faction.FRANCE, "test", 12.13, 15.03, 1);
        ArmedUnit u = Situations.armed(m, Faction.MUJAO).get(0);
        m.rules().airStrikes().strike(m.world(), jet, u);
        m.rules().dispersal().apply(m.world());
        m.world().flushBorn();
        assertEquals(1, Situations.armed(m, Faction.MUJAO).size(), "one strike leaves the unit whole");
        int strikes = 1;
        while (Situations.armed(m, Faction.MUJAO).size() == 1 && strikes < 10) {
            m.rules().airStrikes().strike(m.world(), jet, u);
            m.rules().dispersal().apply(m.world());
            m.world().flushBorn();
            strikes++;
        }
        List<ArmedUnit> parts = Situations.armed(m, Faction.MUJAO);
        assertTrue(parts.size() > 1, "repeated strikes disperse it");
        assertTrue(strikes >= 3 && strikes <= 6, "after " + strikes + " strikes");
    }
}
