package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R10 Asymmetric attacks after liberation (document 004: suicide bombers at a Gao checkpoint on
 * February 8 and 9 2013, "only the bomber was killed", then "a fierce raid in Gao's city center
 * ... a French-led counterassault ... resulting in a MUJAO defeat"; twin suicide attacks at
 * Menaka and Gossi on May 10 2013).
 *
 * <p>For every liberated town held by the government side with a garrison, the jihadist units
 * (cells: hiding, holding or dispersed; not advancing, not in the redoubt or in exile) within
 * {@code cellRadiusKm} strike with daily probability 1 - exp(-attackRatePerCell x cells x (0.5 +
 * local jihadist sympathy)), reduced by ceasefires (R20), at most once per town every
 * {@code tieDownDays}. A cell is one unit whatever its size: ten bands near a town make more
 * attacks than one large group. An attack is a suicide bombing with probability
 * {@code suicideShare} if the faction of the nearest cell has a bomber left (a pool per faction:
 * {@code bombersAtStartMujao}, {@code bombersAtStartAqim}, plus {@code martyrdomShare} of the
 * recruits joining it; the bomber dies, a few bystanders or soldiers may), otherwise a raid by
 * {@code raidShare} of the nearest cell if it has at least {@code raidMinFighters}: it fights the
 * garrison for a day with the surprise factor (R17). Either way the garrison is tied down for
 * {@code tieDownDays}: its units do not move (the attacks "keep forces tied down").
 */
public final class AsymmetricAttacks implements Rule {
    public static final String RULE = "R10";

    @ParamGroup(prefix = "asymmetricAttacks", rule = RULE)
    public record Params(
            @Param(value = 120, min = 0, max = 1000, unit = "km",
                    about = "jihadist units (cells) this close to a liberated town with a garrison may attack it",
                    source = "one day's move of small groups (= dispersal.speedKmPerDay, 004: technicals and motorbikes), assumed")
            double cellRadiusKm,
            @Param(value = 0.01, min = 0, max = 1, unit = "attacks per cell per day",
                    about = "attack rate on a liberated town per nearby cell (a unit, whatever its size), times (0.5 + local jihadist sympathy)",
                    source = "assumed (about one attack per cell per hundred days)")
            double attackRatePerCell,
            @Param(value = 0.5, min = 0, max = 1, unit = "share",
                    about = "share of attacks a faction with a bomber available makes a suicide bombing",
                    source = "004: 2 suicide attacks and 1 raid at Gao; 2 suicide attacks in May")
            double suicideShare,
            @Param(value = 2, min = 0, max = 100, unit = "bombers",
                    about = "suicide bombers MUJAO has ready at the start of a run",
                    source = "assumed; 004 l.32-34: MUJAO claimed the two Gao bombings of February 8 and 9")
            double bombersAtStartMujao,
            @Param(value = 2, min = 0, max = 100, unit = "bombers",
                    about = "suicide bombers AQIM has ready at the start of a run (other factions have none at the start)",
                    source = "assumed; 004 l.49: 'pre-assembled suicide bomb belts' found in the Adrar des Ifoghas")
            double bombersAtStartAqim,
            @Param(value = 0.02, min = 0, max = 1, unit = "share of recruits",
                    about = "share of the recruits joining a faction (R15) who become available as suicide bombers",
                    source = "assumed")
            double martyrdomShare,
            @Param(value = 15, min = 1, max = 500, unit = "fighters",
                    about = "least strength of the nearest cell to raid a garrison (otherwise no attack without a bomber)",
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
            double tieDownDays) {}

    private final Params p;

    private final Combat combat;

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

    public void apply(World w) {
        w.fieldLog().initBombers(java.util.Map.of(org.sahelsim.core.Faction.MUJAO, (int) p.bombersAtStartMujao,
                org.sahelsim.core.Faction.AQIM, (int) p.bombersAtStartAqim));
        List<ArmedUnit> cells = new ArrayList<>();
        for (ArmedUnit a : w.armedUnits()) {
            if (a.isAlive() && !a.isInExile() && w.sideOf(a.getFaction()) == Side.JIHADIST
                    && a.getPosture() != Posture.REDOUBT && a.getPosture() != Posture.ADVANCE && !w.inRedoubt(a)) {
                cells.add(a);
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        for (TownAgent t : w.towns()) {
            if (!t.isLiberated() || t.getControlSide() != Side.GOVERNMENT || w.day() - t.getLastAttackDay() < p.tieDownDays) {
                continue;
            }
            List<Unit> garrison = new ArrayList<>();
            for (ForceUnit u : w.forceUnits()) {
                if (u.isAlive() && u.getTown() == t) {
                    garrison.add(u);
                }
            }
            if (garrison.isEmpty()) {
                continue;
            }
            ArmedUnit nearest = null;
            double nearestKm = Double.POSITIVE_INFINITY;
            int n = 0;
            for (ArmedUnit a : cells) {
                if (a.isAlive() && w.hostile(a.getFaction(), garrison.get(0).getFaction()) && w.within(a, t, p.cellRadiusKm)) {
                    n++;
                    double km = w.km(a, t);
                    if (km < nearestKm) {
                        nearestKm = km;
                        nearest = a;
                    }
                }
            }
            if (nearest == null) {
                continue;
            }
            double calm = w.truces().violenceFactor(w, nearest.getFaction(), garrison.get(0).getFaction(), t);
            double rate = p.attackRatePerCell * n * (0.5 + t.sympathy(Side.JIHADIST)) * calm;
            if (!w.chance(1 - Math.exp(-rate))) {
                continue;
            }
            attack(w, t, nearest, garrison);
        }
    }

    /**
     * One attack by {@code cell} on the garrison of {@code t}: a suicide bombing when the draw says
     * so and the cell's faction has a bomber left, else a raid when the cell is big enough, else
     * nothing. Returns whether an attack took place.
     */
    public boolean attack(World w, TownAgent t, ArmedUnit cell, List<Unit> garrison) {
        Unit target = garrison.get(0);
        boolean suicide = w.chance(p.suicideShare) && w.fieldLog().useBomber(cell.getFaction(), p.martyrdomShare);
        if (!suicide && cell.getStrength() < p.raidMinFighters) {
            return false;
        }
        if (suicide) {
            int bystanders = w.poisson(p.bystanderFatalities);
            int soldiers = Math.min(target.getStrength(), w.binomial(bystanders, 0.5));
            int civilians = bystanders - soldiers;
            cell.setStrength(cell.getStrength() - 1);
            w.addCasualties(Side.JIHADIST, 1);
            target.setStrength(target.getStrength() - soldiers);
            w.addCasualties(w.sideOf(target.getFaction()), soldiers);
            w.addCivilianCasualties(civilians);
            w.emit(SubEventType.SUICIDE_BOMB, cell.getFaction(), target.getFaction().id(), t.centreX(), t.centreY(), 1 + bystanders,
                    "suicide attack on the garrison of " + t.getName() + " (R10)");
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
