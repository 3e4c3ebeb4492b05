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
 * <p>For every liberated town held by the government side with a garrison, the jihadist fighters
 * within {@code radiusKm} (hiding, holding or dispersed; not in the redoubt or in exile) strike
 * with daily probability 1 - exp(-attackRatePer100 x fighters/100 x (0.5 + local jihadist
 * sympathy)), reduced by ceasefires (R20). An attack is a suicide bombing with probability
 * {@code suicideShare} (the bomber dies, a few bystanders or soldiers may), otherwise a raid: a
 * detachment of {@code raidShare} of the nearest unit fights the garrison for a day with the
 * surprise factor (R17). Either way the garrison is tied down for {@code tieDownDays}: its units
 * do not move (the attacks "keep forces tied down").
 */
public final class AsymmetricAttacks implements Rule {
    public static final String RULE = "R10";

    @ParamGroup(prefix = "asymmetricAttacks", rule = RULE)
    public record Params(
            @Param(value = 150, min = 0, max = 1000, unit = "km",
                    about = "cells this close to a liberated town may attack it",
                    source = "assumed")
            double radiusKm,
            @Param(value = 0.025, min = 0, max = 5, unit = "attacks per day per 100 fighters",
                    about = "attack rate on a liberated town per 100 nearby fighters",
                    source = "assumed; 004: two suicide attacks and a raid on Gao within days of its liberation")
            double attackRatePer100,
            @Param(value = 0.5, min = 0, max = 1, unit = "share",
                    about = "share of attacks that are suicide bombings",
                    source = "004: 2 suicide attacks, 1 raid at Gao; 2 suicide attacks in May")
            double suicideShare,
            @Param(value = 0.4, min = 0, max = 1, unit = "share of fighters",
                    about = "share of a unit that takes part in a raid",
                    source = "assumed")
            double raidShare,
            @Param(value = 0.5, min = 0, max = 20, unit = "persons",
                    about = "mean deaths besides the bomber in a suicide attack",
                    source = "004: 'only the bomber was killed'")
            double bystanderFatalities,
            @Param(value = 7, min = 0, max = 90, unit = "days",
                    about = "days an attacked garrison stays in its town",
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
        List<ArmedUnit> cells = new ArrayList<>();
        for (ArmedUnit a : w.armedUnits()) {
            if (a.isAlive() && !a.isInExile() && w.sideOf(a.getFaction()) == Side.JIHADIST
                    && a.getPosture() != Posture.REDOUBT && a.getPosture() != Posture.ADVANCE) {
                cells.add(a);
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        for (TownAgent t : w.towns()) {
            if (!t.isLiberated() || t.getControlSide() != Side.GOVERNMENT) {
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
            int fighters = 0;
            for (ArmedUnit a : cells) {
                {
                    if (w.hostile(a.getFaction(), garrison.get(0).getFaction()) && w.within(a, t, p.radiusKm)) {
                        double km = w.km(a, t);
                        fighters += a.getStrength();
                        if (km < nearestKm) {
                            nearestKm = km;
                            nearest = a;
                        }
                    }
                }
            }
            if (nearest == null) {
                continue;
            }
            double calm = w.truces().violenceFactor(w, nearest.getFaction(), garrison.get(0).getFaction(), t);
            double rate = p.attackRatePer100 * fighters / 100.0 * (0.5 + t.sympathy(Side.JIHADIST)) * calm;
            if (!w.chance(1 - Math.exp(-rate))) {
                continue;
            }
            attack(w, t, nearest, garrison);
        }
    }

    /** One attack by a cell of {@code cell} on the garrison of {@code t}. */
    public void attack(World w, TownAgent t, ArmedUnit cell, List<Unit> garrison) {
        Unit target = garrison.get(0);
        if (w.chance(p.suicideShare)) {
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
    }
}
