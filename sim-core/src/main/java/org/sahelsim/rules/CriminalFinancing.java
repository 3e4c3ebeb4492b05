package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R19 Criminal financing (documents 002, 004: "kidnapping Westerners, crimes to fund their
 * jihad"; AQIM's hostages; "transnational narcotics trafficking").
 *
 * <p>The jihadist side has a war chest counted in fighter-days of supplies. Each day it earns
 * {@code hostageIncomePerDay} plus {@code traffickingIncomePerDay} x the share of northern towns
 * (north of {@code traffickingLat}, on the trans-Saharan routes) not held by the government,
 * plus {@code levyPerInhabitantPerDay} x the population of the towns it holds (levies: financing
 * grows with the population the groups reach).
 * Every jihadist unit outside the redoubt and exile eats a day of its own supplies and refills
 * from the chest up to {@code initialSupplyDays}; a unit that runs dry loses cohesion and
 * {@code desertionShare} of its fighters a day.
 */
public final class CriminalFinancing implements Rule {
    public static final String RULE = "R19";

    @ParamGroup(prefix = "financing", rule = RULE)
    public record Params(
            @Param(value = 800, min = 0, max = 100000, unit = "fighter-days per day",
                    about = "supplies bought with ransoms and kidnapping each day",
                    source = "assumed; 002, 004: kidnapping of Westerners")
            double hostageIncomePerDay,
            @Param(value = 2500, min = 0, max = 100000, unit = "fighter-days per day",
                    about = "supplies from trafficking when no northern town is held by the government",
                    source = "assumed; 004: narcotics trafficking")
            double traffickingIncomePerDay,
            @Param(value = 15.5, min = 10, max = 25, unit = "degrees north",
                    about = "towns north of this are on the trafficking routes",
                    source = "assumed")
            double traffickingLat,
            @Param(value = 100000, min = 0, max = 10000000, unit = "fighter-days",
                    about = "war chest at the start",
                    source = "assumed")
            double initialWarChest,
            @Param(value = 30, min = 0, max = 365, unit = "days",
                    about = "supplies a unit carries at most (and at the start)",
                    source = "assumed")
            double initialSupplyDays,
            @Param(value = 0.01, min = 0, max = 1, unit = "share per day",
                    about = "fighters leaving a unit without supplies each day",
                    source = "assumed")
            double desertionShare,
            @Param(value = 0.005, min = 0, max = 1, unit = "fighter-days per inhabitant per day",
                    about = "levies (zakat, taxes on herds and trade) from the population of the towns the jihadists hold: financing grows with the population they reach",
                    source = "assumed; 001 l.27: at Niono the jihadists set the terms of village life; 001 l.31: the junta controls barely a third of the territory")
            double levyPerInhabitantPerDay) {}

    private final Params p;
    private double warChest;

    public CriminalFinancing(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
        this.warChest = p.initialWarChest;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    public double warChest() {
        return warChest;
    }

    public double dailyIncome(World w) {
        int north = 0;
        int free = 0;
        double levied = 0;
        for (TownAgent t : w.towns()) {
            if (t.getControlSide() == Side.JIHADIST && !t.isContested()) {
                levied += t.getPopulationPresent(); // the population present: flight empties the tax base (civilians submodel)
            }
            if (t.town().lat() >= p.traffickingLat) {
                north++;
                if (t.getControlSide() != Side.GOVERNMENT) {
                    free++;
                }
            }
        }
        return p.hostageIncomePerDay + (north == 0 ? 0 : p.traffickingIncomePerDay * free / north) + p.levyPerInhabitantPerDay * levied;
    }

    public void apply(World w) {
        warChest += dailyIncome(w);
        for (Unit x : w.units()) {
            if (!(x instanceof ArmedUnit u) || !u.isAlive() || u.isInExile() || w.sideOf(u.getFaction()) != Side.JIHADIST
                    || (u.getPosture() == Posture.REDOUBT && w.inRedoubt(u))) {
                continue;
            }
            u.setSupplies(u.getSupplies() - 1);
            double want = (p.initialSupplyDays - u.getSupplies()) * u.getStrength();
            if (want > 0 && warChest > 0) {
                double got = Math.min(want, warChest);
                warChest -= got;
                u.setSupplies(u.getSupplies() + got / u.getStrength());
            }
            if (u.getSupplies() <= 0) {
                u.setCohesion(u.getCohesion() - 0.02);
                u.setStrength(u.getStrength() - w.binomial(u.getStrength(), p.desertionShare));
            }
        }
    }
}
