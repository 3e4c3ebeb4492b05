package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Geo;
import org.sahelsim.core.ParameterInfo;
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

    public record Params(double seekProbability, double mujaoFactor, double maxDistanceKm, double detectionFactor,
                         double defenceFactor, double initialSupplyFighterDays, double foodProductionPerDay,
                         double hungerDesertionShare, double jnimFactor, double macinaFactor) {
        public static Params from(Parameters p) {
            return new Params(p.get("redoubt.seekProbability"), p.get("redoubt.mujaoFactor"), p.get("redoubt.maxDistanceKm"),
                    p.get("redoubt.detectionFactor"), p.get("redoubt.defenceFactor"), p.get("redoubt.initialSupplyFighterDays"),
                    p.get("redoubt.foodProductionPerDay"), p.get("redoubt.hungerDesertionShare"),
                    p.get("redoubt.jnimFactor"), p.get("redoubt.macinaFactor"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("redoubt.seekProbability", RULE, 0.75, 0, 1, "probability",
                        "chance that a dispersing AQIM unit heads for the redoubt", "assumed; 004: fleeing militants sought the northern redoubts"),
                P.of("redoubt.mujaoFactor", RULE, 0.5, 0, 1, "multiplier",
                        "affinity of MUJAO (Gao-based) for the Kidal redoubt relative to AQIM",
                        "assumed; 004: MUJAO stayed active around Gao"),
                P.of("redoubt.maxDistanceKm", RULE, 1300, 0, 3000, "km", "units farther than this do not try to reach the redoubt", "assumed"),
                P.of("redoubt.detectionFactor", RULE, 0.3, 0, 1, "multiplier", "air detection inside the redoubt",
                        "assumed; 004: caves, boulders"),
                P.of("redoubt.defenceFactor", RULE, 2.5, 1, 10, "divisor", "fire received by defenders of the redoubt is divided by this",
                        "assumed; 004: 'ideal guerrilla country'"),
                P.of("redoubt.initialSupplyFighterDays", RULE, 120000, 0, 2000000, "fighter-days",
                        "prepositioned provisions at the start",
                        "assumed; 004: 'prepositioned provisions' (about 1,000 fighters for four months)"),
                P.of("redoubt.foodProductionPerDay", RULE, 100, 0, 10000, "fighter-days per day",
                        "food grown and water found in the valleys each day", "assumed; 004: AQIM grew its own food in the Ametetai valley"),
                P.of("redoubt.hungerDesertionShare", RULE, 0.01, 0, 1, "share per day",
                        "fighters leaving each day when the redoubt has run out", "assumed; 004: 'difficult ... to resupply once provisions are expended'"),
                P.of("redoubt.jnimFactor", RULE, 0.25, 0, 1, "multiplier",
                        "affinity of JNIM units (2017-2022, active in the Gourma and the centre) for the Ifoghas redoubt relative to AQIM",
                        "assumed; 001, 003: JNIM is fought in the north and the centre; only its Ansar Dine (Kidal) component has roots in the Ifoghas"),
                P.of("redoubt.macinaFactor", RULE, 0.0, 0, 1, "multiplier",
                        "affinity of Katiba Macina units for the Ifoghas redoubt relative to AQIM",
                        "001, 003: Koufa's Macina brigade lives in central Mali (Niono, the inner delta) among the population (R8, R15), far from the Ifoghas"));
    }

    private final Params p;

    public MountainRedoubt(Parameters parameters) {
        this.p = Params.from(parameters);
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
        if (Geo.km(u.getX(), u.getY(), cx, cy) > p.maxDistanceKm) {
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
