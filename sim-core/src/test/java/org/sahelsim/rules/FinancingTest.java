package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;

/** R19 criminal financing: income from trafficking and hostages sustains the groups (002, 004). */
class FinancingTest {

    private Situations group(double hostage, double trafficking) {
        return group(hostage, trafficking, hostage + trafficking > 0 ? 0.005 : 0);
    }

    private Situations group(double hostage, double trafficking, double levy) {
        return Situations.create().armed("AQIM", "Timbuktu", 400, "hold").control("Timbuktu", "AQIM")
                .set("financing.initialWarChest", 0)
                .set("financing.hostageIncomePerDay", hostage)
                .set("financing.traffickingIncomePerDay", trafficking)
                .set("financing.levyPerInhabitantPerDay", levy)
                .set("financing.initialSupplyDays", 10)
                .set("recruitment.foreignInflowPerDay", 0)
                .set("recruitment.localRatePerDay", 0);
    }

    @Test
    void withoutIncomeTheGroupRunsDryAndShrinks() {
        SahelModel funded = group(800, 2500).run(80, 4);
        SahelModel broke = group(0, 0).run(80, 4);
        int f = Situations.strength(Situations.armed(funded, Faction.AQIM));
        int b = Situations.strength(Situations.armed(broke, Faction.AQIM));
        assertTrue(f == 400, "a funded group keeps its fighters: " + f);
        assertTrue(b < 300, "an unfunded one loses them: " + b);
        assertTrue(funded.rules().financing().dailyIncome(funded.world()) > 800, "trafficking income while the north is not the government's");
    }

    /** Levies on the population of held towns: financing grows with the population the groups reach. */
    @Test
    void leviesOnAHeldTownSustainTheGroup() {
        SahelModel levied = group(0, 0, 0.02).run(80, 4);
        SahelModel broke = group(0, 0, 0).run(80, 4);
        int l = Situations.strength(Situations.armed(levied, Faction.AQIM));
        int b = Situations.strength(Situations.armed(broke, Faction.AQIM));
        assertTrue(levied.rules().financing().dailyIncome(levied.world()) > 0, "levies on Timbuktu");
        assertTrue(l > b, "levies keep fighters: " + l + " vs " + b);
    }
}
