package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;

/**
 * R6 Mountain redoubt (documents 000, 002, 004: the Ifoghas and Tigharghar mountains, "pockmarked
 * with caves, coupled with pools of fresh water", prepositioned provisions; "Tigharghar is their
 * anchor point", MNLA's Bilal ag Cherif in 004).
 *
 * <p>A dispersing unit heads for a random cell of the map regions "ifoghas" and "tigharghar" with
 * probability seekProbability x faction affinity (AQIM 1, Ansar Dine 0.9, MUJAO
 * {@code mujaoFactor}, JNIM {@code jnimFactor}, Katiba Macina {@code macinaFactor}, default 0: a
 * central-Mali group that hides among the population instead, R8; separatists 0) when the redoubt is within
 * {@code maxDistanceKm}. There its detection from the air is multiplied by
 * {@code detectionFactor} (R3) and the fire it receives divided by {@code defenceFactor} (R17).
 * Units in the redoubt live off its finite stock (fighter-days), which the AQIM gardens of the
 * Ametetai valley top up by {@code foodProductionPerDay}; when the stock is empty they lose
 * cohesion and some fighters drift away.
 */
public final class MountainRedoubt implements Rule {
    public static final String RULE = "R6";

    @ParamGroup(prefix = "redoubt", rule = RULE)
    public record Params(
            @Param(value = 0.75, min = 0, max = 1, unit = "probability",
                    about = "chance that a dispersing AQIM unit heads for the redoubt",
                    source = "assumed; 004: fleeing militants sought the northern redoubts")
            double seekProbability,
            @Param(value = 0.5, min = 0, max = 1, unit = "multiplier",
                    about = "affinity of MUJAO (Gao-based) for the Kidal redoubt relative to AQIM",
                    source = "assumed; 004: MUJAO stayed active around Gao")
            double mujaoFactor,
            @Param(value = 1300, min = 0, max = 3000, unit = "km",
                    about = "units farther than this do not try to reach the redoubt",
                    source = "assumed")
            double maxDistanceKm,
            @Param(value = 0.3, min = 0, max = 1, unit = "multiplier",
                    about = "air detection inside the redoubt",
                    source = "assumed; 004: caves, boulders")
            double detectionFactor,
            @Param(value = 2.5, min = 1, max = 10, unit = "divisor",
                    about = "fire received by defenders of the redoubt is divided by this",
                    source = "assumed; 004: 'ideal guerrilla country'")
            double defenceFactor,
            @Param(value = 120000, min = 0, max = 2000000, unit = "fighter-days",
                    about = "prepositioned provisions at the start",
                    source = "assumed; 004: 'prepositioned provisions' (about 1,000 fighters for four months)")
            double initialSupplyFighterDays,
            @Param(value = 100, min = 0, max = 10000, unit = "fighter-days per day",
                    about = "food grown and water found in the valleys each day",
                    source = "assumed; 004: AQIM grew its own food in the Ametetai valley")
            double foodProductionPerDay,
            @Param(value = 0.01, min = 0, max = 1, unit = "share per day",
                    about = "fighters leaving each day when the redoubt has run out",
                    source = "assumed; 004: 'difficult ... to resupply once provisions are expended'")
            double hungerDesertionShare,
            @Param(value = 0.25, min = 0, max = 1, unit = "multiplier",
                    about = "affinity of JNIM units (2017-2022, active in the Gourma and the centre) for the Ifoghas redoubt relative to AQIM",
                    source = "assumed; 001, 003: JNIM is fought in the north and the centre; only its Ansar Dine (Kidal) component has roots in the Ifoghas")
            double jnimFactor,
            @Param(value = 0.0, min = 0, max = 1, unit = "multiplier",
                    about = "affinity of Katiba Macina units for the Ifoghas redoubt relative to AQIM",
                    source = "001, 003: Koufa's Macina brigade lives in central Mali (Niono, the inner delta) among the population (R8, R15), far from the Ifoghas")
            double macinaFactor) {}

    private final Params p;

    public MountainRedoubt(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    double affinity(Faction f) {
        return switch (f) {
            case AQIM -> 1.0;
            case ANSAR_DINE -> 0.9;
            case MUJAO -> p.mujaoFactor;
            case JNIM -> p.jnimFactor;
            case KATIBA_MACINA -> p.macinaFactor;
            default -> 0.0;
        };
    }

    /** With the faction's chance, sends a dispersing unit to the redoubt; true if it goes. */
    public boolean chooseRedoubt(World w, ArmedUnit u) {
        if (w.index().redoubtCellCount() == 0 || !w.chance(p.seekProbability * affinity(u.getFaction()))) {
            return false;
        }
        int cell = w.index().redoubtCell(w.index().redoubtCellCount() / 2);
        double cx = cell % MaliMap.WIDTH + 0.5;
        double cy = cell / MaliMap.WIDTH + 0.5;
        if (Grid.km(u.getX(), u.getY(), cx, cy) > p.maxDistanceKm) {
            return false;
        }
        sendToRedoubt(w, u);
        u.setPosture(Posture.DISPERSE, w.day()); // becomes REDOUBT on arrival (R4 arrived)
        return true;
    }

    /** Destination: a random cell of the redoubt. */
    public void sendToRedoubt(World w, ArmedUnit u) {
        int n = w.index().redoubtCellCount();
        if (n == 0) {
            return;
        }
        int cell = w.index().redoubtCell(w.random().nextInt(n));
        u.setDestination(cell % MaliMap.WIDTH + 0.5, cell / MaliMap.WIDTH + 0.5);
    }

    /** Units in the redoubt eat its stock; hunger when it is gone. */
    public void apply(World w) {
        Redoubt r = w.redoubt();
        r.setSupplies(Math.min(r.getSuppliesInitial() * 2, r.getSupplies() + p.foodProductionPerDay));
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit a && a.isAlive() && a.getPosture() == Posture.REDOUBT && w.inRedoubt(a)) {
                double need = a.getStrength();
                if (r.getSupplies() >= need) {
                    r.setSupplies(r.getSupplies() - need);
                    a.setSupplies(Math.max(a.getSupplies(), 10));
                } else {
                    r.setSupplies(0);
                    a.setSupplies(Math.max(0, a.getSupplies() - 1));
                    if (a.getSupplies() <= 0) {
                        a.setCohesion(a.getCohesion() - 0.02);
                        int gone = w.binomial(a.getStrength(), p.hungerDesertionShare);
                        a.setStrength(a.getStrength() - gone);
                    }
                }
            }
        }
    }
}
