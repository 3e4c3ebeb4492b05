package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.SubEventType;

/** R7 encirclement and resupply, R18 escape across the border (004: Aguelhok, Tessalit; 002: borders). */
class EncirclementTest {

    private Situations redoubt(boolean ringHeld) {
        Situations s = Situations.create()
                .armedAt("AQIM", 19.69, 1.31, 200, "redoubt")
                .armedAt("AQIM", 19.60, 1.25, 200, "redoubt")
                .armedAt("AQIM", 19.75, 1.40, 200, "redoubt")
                .set("redoubt.initialSupplyFighterDays", 20000)
                .set("displacement.returnAfterDays", 720);
        if (ringHeld) {
            s.force("CHAD", "Kidal", 600, "garrison").force("FRANCE", "Aguelhok", 300, "garrison")
                    .force("CHAD", "Tessalit", 300, "garrison");
        } else {
            s.control("Kidal", "ANSAR_DINE").control("Aguelhok", "ANSAR_DINE").control("Tessalit", "ANSAR_DINE");
        }
        return s;
    }

    @Test
    void holdingTheRingTownsRunsTheRedoubtDownAndSomeGroupsSlipIntoAlgeria() {
        Situations held = redoubt(true);
        SahelModel m = held.run(90, 8);
        Situations open = redoubt(false);
        SahelModel o = open.run(90, 8);
        assertTrue(m.rules().encirclement().ringHeld(m.world()) == 1.0);
        assertTrue(m.world().redoubt().getSupplies() < o.world().redoubt().getSupplies() / 2,
                "encircled stock " + m.world().redoubt().getSupplies() + " vs open " + o.world().redoubt().getSupplies());
        long exiled = Situations.armed(m, Faction.AQIM).stream().filter(ArmedUnit::isInExile).count();
        assertTrue(exiled >= 1 && held.count(SubEventType.OTHER, "crosses the border") >= 1, "some groups crossed into Algeria");
        for (ArmedUnit a : Situations.armed(m, Faction.AQIM)) {
            if (a.isInExile()) {
                assertTrue(m.map().country(a.cellX(), a.cellY()) == org.sahelsim.map.Country.ALGERIA);
            }
        }
        assertTrue(Situations.armed(o, Faction.AQIM).stream().noneMatch(ArmedUnit::isInExile), "with an open ring nobody leaves");
    }
}
