package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.world.World;

/**
 * R10 Asymmetric attacks after liberation (document 004: suicide bombers at a Gao checkpoint on
 * February 8 and 9 2013, "only the bomber was killed", then "a fierce raid in Gao's city center
 * ... a French-led counterassault ... resulting in a MUJAO defeat"; twin suicide attacks at
 * Menaka and Gossi on May 10 2013, the start of "a wave"; IED components and suicide belts in
 * the Adrar des Ifoghas).
 *
 * <p><b>Cells.</b> A cell is a jihadist unit that is neither advancing nor in the redoubt nor in
 * exile, within {@code cellRadiusKm} of a <i>target</i>: a liberated town held by the government
 * side with a garrison. Its means are its own: its fighters, its supplies (R19's war chest feeds
 * them) and the town it works from (grievance and sympathy for the jihadists, R13/R14/R15).
 *
 * <p><b>Capacity.</b> A cell of s fighters with supplies of d days per fighter has capacity
 * s / (s + {@code cellHalfFighters}) x min(1, d / {@code suppliedDays}): small bands count almost
 * as much as big ones (ten bands make more attacks than one large group), a band without supplies
 * can mount nothing. A town's <i>support</i> is {@code supportFloor} + grievance + jihadist
 * sympathy.
 *
 * <p><b>Bombers are prepared, not given.</b> Each day a cell in reach of a target draws
 * Poisson({@code volunteersPerThousandFighterDays} / 1000 x s x support of its nearest target x
 * supply factor) volunteers from its own fighters (they leave the unit); each costs the cell
 * {@code bomberSupplyDays} fighter-days of supplies (belt, vehicle) and is ready
 * {@code preparationDays} later, in the pool of the faction (plus {@code bombersAtStartMujao} and
 * {@code bombersAtStartAqim}, none by default).
 *
 * <p><b>Attacks.</b> A target is attacked on a day with probability 1 - exp(-{@code attackRatePerCell}
 * x sum of the capacities of the hostile cells in reach x support x ceasefire factor (R20)), at
 * most once every {@code tieDownDays}; the attacking cell is drawn in proportion to capacity. The
 * attack is a suicide bombing with probability {@code suicideShare} when its faction has a bomber
 * ready (the bomber dies, Poisson({@code bystanderFatalities}) others, soldiers or civilians);
 * otherwise a raid by {@code raidShare} of the cell with probability {@code raidChance} when it
 * has at least {@code raidMinFighters} (a day of fighting with the surprise factor, R17);
 * otherwise an IED on the garrison's road (Poisson({@code iedFatalities}) dead), which costs
 * {@code iedSupplyDays} fighter-days of supplies the cell must have. Either way the garrison is
 * tied down for {@code tieDownDays}: its units do not move (the attacks "keep forces tied down").
 * Hence the campaign follows the insurgency's means: fewer fighters near the liberated towns,
 * less grievance, emptier coffers, fewer attacks and fewer bombers; no liberated town, none.
 */
public final class AsymmetricAttacks implements Rule {
    public static final String RULE = "R10";

    @ParamGroup(prefix = "asymmetricAttacks", rule = RULE)
    public record Params(
            @Param(value = 120, min = 0, max = 1000, unit = "km",
                    about = "jihadist units (cells) this close to a liberated town with a garrison may attack it and prepare bombers",
                    source = "one day's move of small groups (= dispersal.speedKmPerDay, 004: technicals and motorbikes), assumed")
            double cellRadiusKm,
            @Param(value = 0.02, min = 0, max = 1, unit = "attacks per unit of capacity per day",
                    about = "attack rate on a liberated town per unit of capacity of the cells in reach (a cell of cellHalfFighters with full supplies has 0.5), times the town's support",
                    source = "assumed (a fully capable cell in a town of average support attacks about once in a hundred days)")
            double attackRatePerCell,
            @Param(value = 0.5, min = 0, max = 1, unit = "share",
                    about = "share of attacks a faction with a bomber ready makes a suicide bombing",
                    source = "004: 2 suicide attacks and 1 raid at Gao; 2 suicide attacks in May")
            double suicideShare,
            @Param(value = 0, min = 0, max = 100, unit = "bombers",
                    about = "suicide bombers MUJAO has ready at the start of a run (beyond those its cells prepare)",
                    source = "assumed: none, every bomber of a run is prepared by its cells (issue 11: the count must not be an input)")
            double bombersAtStartMujao,
            @Param(value = 0, min = 0, max = 100, unit = "bombers",
                    about = "suicide bombers AQIM has ready at the start of a run (beyond those its cells prepare)",
                    source = "assumed: none; 004 l.49: 'pre-assembled suicide bomb belts' found in the Adrar des Ifoghas (materiel, not volunteers)")
            double bombersAtStartAqim,
            @Param(value = 15, min = 1, max = 500, unit = "fighters",
                    about = "least strength of a cell to raid a garrison (a smaller one plants an IED instead)",
                    source = "assumed")
            double raidMinFighters,
            @Param(value = 0.4, min = 0, max = 1, unit = "share of fighters",
                    about = "share of a unit that takes part in a raid",
                    source = "assumed")
            double raidShare,
            @Param(value = 0.5, min = 0, max = 20, unit = "persons",
                    about = "mean deaths besides the bomber in a suicide attack",
                    source = "004: 'only the bomber was killed'")
            double bystanderFatalities,
            @Param(value = 7, min = 0, max = 90, unit = "days",
                    about = "days an attacked garrison stays in its town; at most one attack per town in that time",
                    source = "assumed")
            double tieDownDays,
            @Param(value = 30, min = 1, max = 1000, unit = "fighters",
                    about = "strength at which a cell has half the capacity of a very large one (capacity s / (s + this))",
                    source = "assumed; 004: 'a dispersed threat', bands on technicals and motorbikes")
            double cellHalfFighters,
            @Param(value = 10, min = 0, max = 365, unit = "days of supplies",
                    about = "supplies per fighter (R19) a cell needs for its full capacity; below, capacity falls in proportion",
                    source = "assumed; 002, 004: crime and trafficking fund the jihad")
            double suppliedDays,
            @Param(value = 0.25, min = 0, max = 2, unit = "support (0..2)",
                    about = "support of a liberated town with neither grievance nor jihadist sympathy; support = this + grievance + jihadist sympathy",
                    source = "assumed")
            double supportFloor,
            @Param(value = 0.07, min = 0, max = 10, unit = "volunteers per 1000 fighter-days",
                    about = "bombers a cell in reach of a liberated town draws from its fighters, at support 1 and full supplies",
                    source = "assumed; 004 l.32-40: young MUJAO members from the region struck Gao twice in two days")
            double volunteersPerThousandFighterDays,
            @Param(value = 14, min = 0, max = 365, unit = "days",
                    about = "days between a volunteer's drawing and his being ready (indoctrination, belt or vehicle, reconnaissance)",
                    source = "assumed")
            double preparationDays,
            @Param(value = 100, min = 0, max = 10000, unit = "fighter-days",
                    about = "supplies a cell spends to prepare one bomber (explosives, belt or vehicle)",
                    source = "assumed")
            double bomberSupplyDays,
            @Param(value = 0.5, min = 0, max = 1, unit = "share",
                    about = "share of the attacks that are not suicide bombings a cell able to raid makes a raid (the others are IEDs)",
                    source = "assumed; 004: one raid on Gao after two suicide attacks")
            double raidChance,
            @Param(value = 1, min = 0, max = 20, unit = "persons",
                    about = "mean deaths of an IED on the roads of a garrison",
                    source = "assumed")
            double iedFatalities,
            @Param(value = 30, min = 0, max = 10000, unit = "fighter-days",
                    about = "supplies a cell spends on one IED (a cell with less cannot plant one)",
                    source = "assumed; 004 l.49: IED components in the Adrar des Ifoghas")
            double iedSupplyDays) {}

    private final Params p;

    private final Combat combat;

    /** Volunteers in preparation: {ready day, faction ordinal, count}, in the order drawn (run state). */
    private final List<int[]> training = new ArrayList<>();

    AsymmetricAttacks(Params p, Combat combat) {
        this.p = p;
        this.combat = combat;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Volunteers in preparation, by faction (not yet in the pool). */
    public Map<Faction, Integer> inTraining() {
        Map<Faction, Integer> m = new EnumMap<>(Faction.class);
        for (int[] t : training) {
            m.merge(Faction.values()[t[1]], t[2], Integer::sum);
        }
        return m;
    }

    /** Whether a unit can act as a cell (before distance): jihadist, alive, not advancing, not in the redoubt or exile. */
    static boolean isCell(World w, ArmedUnit a) {
        return a.isAlive() && !a.isInExile() && w.sideOf(a.getFaction()) == Side.JIHADIST
                && a.getPosture() != Posture.REDOUBT && a.getPosture() != Posture.ADVANCE && !w.inRedoubt(a);
    }

    /** Liberated towns held by the government side with a garrison, and their garrisons. */
    static Map<TownAgent, List<Unit>> targets(World w) {
        Map<TownAgent, List<Unit>> out = new java.util.LinkedHashMap<>();
        for (TownAgent t : w.towns()) {
            if (t.isLiberated() && t.getControlSide() == Side.GOVERNMENT) {
                out.put(t, new ArrayList<>());
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        for (ForceUnit u : w.forceUnits()) {
            if (u.isAlive() && u.getTown() != null) {
                List<Unit> g = out.get(u.getTown());
                if (g != null) {
                    g.add(u);
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** Support of a town for the cells around it: floor + grievance + jihadist sympathy. */
    public double support(TownAgent t) {
        return p.supportFloor + t.getGrievance() + t.sympathy(Side.JIHADIST);
    }

    /** The share of its full capacity a cell's supplies allow (R19). */
    public double supplied(ArmedUnit c) {
        return p.suppliedDays <= 0 ? 1 : Math.min(1, c.getSupplies() / p.suppliedDays);
    }

    /** A cell's capacity to attack: s / (s + cellHalfFighters), times its supply factor. */
    public double capacity(ArmedUnit c) {
        double s = c.getStrength();
        return s / (s + p.cellHalfFighters) * supplied(c);
    }

    public void apply(World w) {
        w.fieldLog().initBombers(Map.of(Faction.MUJAO, (int) p.bombersAtStartMujao, Faction.AQIM, (int) p.bombersAtStartAqim));
        ready(w);
        Map<TownAgent, List<Unit>> targets = targets(w);
        if (targets.isEmpty()) {
            return;
        }
        List<ArmedUnit> cells = new ArrayList<>();
        for (ArmedUnit a : w.armedUnits()) {
            if (isCell(w, a)) {
                cells.add(a);
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        prepareBombers(w, cells, targets);
        for (Map.Entry<TownAgent, List<Unit>> e : targets.entrySet()) {
            TownAgent t = e.getKey();
            List<Unit> garrison = e.getValue();
            if (w.day() - t.getLastAttackDay() < p.tieDownDays) {
                continue;
            }
            Faction held = garrison.get(0).getFaction();
            List<ArmedUnit> near = new ArrayList<>();
            double sum = 0;
            ArmedUnit nearest = null;
            double nearestKm = Double.POSITIVE_INFINITY;
            for (ArmedUnit a : cells) {
                if (a.isAlive() && w.hostile(a.getFaction(), held) && w.within(a, t, p.cellRadiusKm)) {
                    double cap = capacity(a);
                    double km = w.km(a, t);
                    if (km < nearestKm) {
                        nearestKm = km;
                        nearest = a;
                    }
                    if (cap > 0) {
                        near.add(a);
                        sum += cap;
                    }
                }
            }
            if (sum <= 0) {
                continue;
            }
            double calm = w.truces().violenceFactor(w, nearest.getFaction(), held, t);
            double rate = p.attackRatePerCell * sum * support(t) * calm;
            if (!w.chance(1 - Math.exp(-rate))) {
                continue;
            }
            double pick = w.random().nextDouble() * sum;
            ArmedUnit cell = near.get(near.size() - 1);
            for (ArmedUnit a : near) {
                pick -= capacity(a);
                if (pick < 0) {
                    cell = a;
                    break;
                }
            }
            attack(w, t, cell, garrison);
        }
    }

    /** Moves the volunteers whose preparation is over into their faction's pool. */
    private void ready(World w) {
        for (java.util.Iterator<int[]> it = training.iterator(); it.hasNext();) {
            int[] t = it.next();
            if (t[0] <= w.day()) {
                w.fieldLog().prepared(Faction.values()[t[1]], t[2]);
                it.remove();
            }
        }
    }

    /**
     * Each cell in reach of a target draws volunteers from its fighters in proportion to its
     * strength, the support of its nearest target and its supplies, and pays for their belts.
     */
    void prepareBombers(World w, List<ArmedUnit> cells, Map<TownAgent, List<Unit>> targets) {
        if (p.volunteersPerThousandFighterDays <= 0) {
            return;
        }
        for (ArmedUnit c : cells) {
            TownAgent best = null;
            double bestKm = p.cellRadiusKm;
            for (Map.Entry<TownAgent, List<Unit>> e : targets.entrySet()) {
                if (!w.hostile(c.getFaction(), e.getValue().get(0).getFaction())) {
                    continue;
                }
                double km = w.km(c, e.getKey());
                if (km <= bestKm) {
                    bestKm = km;
                    best = e.getKey();
                }
            }
            if (best == null) {
                continue;
            }
            int s = c.getStrength();
            double mean = p.volunteersPerThousandFighterDays / 1000 * s * support(best) * supplied(c);
            int n = Math.min(w.poisson(mean), s - 1);
            if (n <= 0) {
                continue;
            }
            c.setStrength(s - n);
            c.setSupplies(c.getSupplies() - n * p.bomberSupplyDays / Math.max(1, c.getStrength()));
            training.add(new int[] {w.day() + (int) Math.round(p.preparationDays), c.getFaction().ordinal(), n});
        }
    }

    /**
     * One attack by {@code cell} on the garrison of {@code t}: a suicide bombing when the draw says
     * so and the cell's faction has a bomber ready, else a raid when the cell is big enough and the
     * draw says so, else an IED when the cell can pay for it, else nothing. Returns whether an
     * attack took place.
     */
    public boolean attack(World w, TownAgent t, ArmedUnit cell, List<Unit> garrison) {
        Unit target = garrison.get(0);
        boolean suicide = w.chance(p.suicideShare) && w.fieldLog().useBomber(cell.getFaction());
        boolean raid = !suicide && cell.getStrength() >= p.raidMinFighters && w.chance(p.raidChance);
        double iedCost = p.iedSupplyDays / Math.max(1, cell.getStrength());
        if (!suicide && !raid && cell.getSupplies() < iedCost) {
            return false;
        }
        if (suicide || !raid) {
            int dead = w.poisson(suicide ? p.bystanderFatalities : p.iedFatalities);
            int soldiers = Math.min(target.getStrength(), w.binomial(dead, 0.5));
            int civilians = dead - soldiers;
            target.setStrength(target.getStrength() - soldiers);
            w.addCasualties(w.sideOf(target.getFaction()), soldiers);
            w.addCivilianCasualties(civilians);
            if (suicide) {
                w.addCasualties(Side.JIHADIST, 1); // the bomber, drawn from the cell when he volunteered
                w.emit(SubEventType.SUICIDE_BOMB, cell.getFaction(), target.getFaction().id(), t.centreX(), t.centreY(), 1 + dead,
                        "suicide attack on the garrison of " + t.getName() + " (R10)");
            } else {
                cell.setSupplies(cell.getSupplies() - iedCost);
                w.emit(SubEventType.REMOTE_EXPLOSIVE, cell.getFaction(), target.getFaction().id(), t.centreX(), t.centreY(), dead,
                        "IED against the garrison of " + t.getName() + " (R10)");
            }
        } else {
            int size = Math.max(1, (int) Math.round(cell.getStrength() * p.raidShare));
            size = Math.min(size, cell.getStrength());
            ArmedUnit raiders = new ArmedUnit(w.newUnitId(), cell.getFaction(), t.centreX(), t.centreY(), size, 0,
                    cell.getSupplies(), Posture.RAID);
            raiders.setTown(t);
            int before = size;
            combat.engage(w, new ArrayList<>(List.of(raiders)), garrison, combat.params().ambushFactor(), 1.0,
                    "raid on " + t.getName() + " (R10)");
            int lost = before - raiders.getStrength();
            cell.setStrength(cell.getStrength() - lost); // survivors rejoin the cell; the casualties were counted by R17
        }
        t.setLastAttackDay(w.day());
        for (Unit g : garrison) {
            if (g instanceof ForceUnit f) {
                f.setTiedDownUntilDay(w.day() + (int) p.tieDownDays);
            }
        }
        return true;
    }
}
