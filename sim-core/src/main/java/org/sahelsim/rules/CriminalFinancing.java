package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R19 Criminal financing (documents 002, 004: "kidnapping Westerners, crimes to fund their
 * jihad"; AQIM's hostages; "transnational narcotics trafficking").
 *
 * <p>The jihadist side has a war chest counted in fighter-days of supplies. Each day it earns
 * {@code hostageIncomePerDay} plus {@code traffickingIncomePerDay} x the share of northern towns
 * (north of {@code traffickingLat}, on the trans-Saharan routes) not held by the government.
 * Every jihadist unit outside the redoubt and exile eats a day of its own supplies and refills
 * from the chest up to {@code initialSupplyDays}; a unit that runs dry loses cohesion and
 * {@code desertionShare} of its fighters a day.
 */
public final class CriminalFinancing implements Rule {
    public static final String RULE = "R19";

    public record Params(double hostageIncomePerDay, double traffickingIncomePerDay, double traffickingLat,
                         double initialWarChest, double initialSupplyDays, double desertionShare) {
        public static Params from(Parameters p) {
            return new Params(p.get("financing.hostageIncomePerDay"), p.get("financing.traffickingIncomePerDay"),
                    p.get("financing.traffickingLat"), p.get("financing.initialWarChest"), p.get("financing.initialSupplyDays"),
                    p.get("financing.desertionShare"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("financing.hostageIncomePerDay", RULE, 800, 0, 100000, "fighter-days per day",
                        "supplies bought with ransoms and kidnapping each day", "assumed; 002, 004: kidnapping of Westerners"),
                P.of("financing.traffickingIncomePerDay", RULE, 2500, 0, 100000, "fighter-days per day",
                        "supplies from trafficking when no northern town is held by the government", "assumed; 004: narcotics trafficking"),
                P.of("financing.traffickingLat", RULE, 15.5, 10, 25, "degrees north",
                        "towns north of this are on the trafficking routes", "assumed"),
                P.of("financing.initialWarChest", RULE, 100000, 0, 10000000, "fighter-days", "war chest at the start", "assumed"),
                P.of("financing.initialSupplyDays", RULE, 30, 0, 365, "days", "supplies a unit carries at most (and at the start)", "assumed"),
                P.of("financing.desertionShare", RULE, 0.01, 0, 1, "share per day", "fighters leaving a unit without supplies each day", "assumed"));
    }

    private final Params p;
    private double warChest;

    public CriminalFinancing(Parameters parameters) {
        this.p = Params.from(parameters);
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
        for (TownAgent t : w.towns()) {
            if (t.town().lat() >= p.traffickingLat) {
                north++;
                if (t.getControlSide() != Side.GOVERNMENT) {
                    free++;
                }
            }
        }
        return p.hostageIncomePerDay + (north == 0 ? 0 : p.traffickingIncomePerDay * free / north);
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
