package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;

/** R6 mountain redoubt: dispersed AQIM groups head for the Ifoghas/Tigharghar, where they are hard to see (000, 002, 004). */
class RedoubtTest {

    @Test
    void dispersedGroupsHeadForTheRedoubtAndAreHarderToDetectThere() {
        Situations s = Situations.create()
                .armed("AQIM", "Kidal", 360, "hold")
                .control("Kidal", "AQIM")
                .set("redoubt.seekProbability", 1.0)
                .set("dispersal.regroupDays", 100);
        SahelModel m = s.model(30, 2);
        m.start();
        ArmedUnit u = Situations.armed(m, Faction.AQIM).get(0);
        double inTown = m.rules().airStrikes().detectionProbability(m.world(), u);
        m.rules().dispersal().disperse(m.world(), u, u.getX(), u.getY() + 3);
        Situations.step(m, 25);
        List<ArmedUnit> parts = Situations.armed(m, Faction.AQIM);
        assertTrue(parts.size() >= 3);
        long inRedoubt = parts.stream().filter(m.world()::inRedoubt).count();
        assertTrue(inRedoubt == parts.size(), "all groups reached the redoubt: " + inRedoubt + "/" + parts.size());
        assertTrue(parts.stream().allMatch(p -> p.getPosture() == Posture.REDOUBT));
        double there = parts.stream().mapToDouble(p -> m.rules().airStrikes().detectionProbability(m.world(), p)).max().orElse(1);
        // same total strength split in three would be seen with inTown/sqrt(3); the redoubt must do much better
        assertTrue(there < inTown / Math.sqrt(3) * 0.6, "detection in the redoubt " + there + " vs in town " + inTown);
        assertTrue(m.world().redoubt().getSupplies() < m.world().redoubt().getSuppliesInitial()
                + 25 * (m.rules().redoubt().params().foodProductionPerDay() + m.rules().encirclement().params().resupplyPerDay()),
                "they live off the redoubt's stock");
    }
}
