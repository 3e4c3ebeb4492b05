package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R3 Air strikes (documents 002, 004: Mirage and Rafale sorties from N'Djamena; strikes "pounding
 * local fuel and supply depots").
 *
 * <p>Each air asset flies its sorties per day (scaled by {@code sortieFactor}; a fractional part
 * is a chance of one more). Every hostile armed unit in Mali within range of the base, of at least
 * {@code minTargetFighters}, is found by each sortie with probability q = detectionProbability x (fighters/100)^sizeExponent x terrain factor x posture
 * factor (columns and camps 1, bands on the move {@code postureDispersed}, hiding R8) x redoubt
 * factor (R6): concentrations in open desert are seen, small groups in mountains or villages
 * rarely. Sorties go to the largest detected concentrations (one sortie per target a day); each
 * left-over sortie finds the redoubt's depots with probability {@code depotFindProbability} while
 * groups it may strike hold the redoubt. A sortie that finds no target does nothing. The chance of
 * being found on a day with n sorties is 1-(1-q)^n: reconnaissance, like strikes, is limited by
 * the sorties flown. A strike
 * kills a binomial share of the fighters, destroys vehicles and supplies, and marks the unit as
 * struck, which makes it disperse (R4). Strikes in towns may kill civilians.
 */
public final class AirStrikes implements Rule {
    public static final String RULE = "R3";

    @ParamGroup(prefix = "airStrikes", rule = RULE)
    public record Params(
            @Param(value = 1.0, min = 0, max = 5, unit = "multiplier",
                    about = "scales the sorties per day of every air campaign of the scenario",
                    source = "1 = as in the scenario")
            double sortieFactor,
            @Param(value = 0.1, min = 0, max = 1, unit = "probability per sortie",
                    about = "chance that one sortie finds a 100-fighter camp or column in open desert; with n sorties a day the chance " + "of being found that day is 1-(1-q)^n (reconnaissance grows with the sorties flown)",
                    source = "assumed; R3: sorties per day are limited")
            double detectionProbability,
            @Param(value = 1.0, min = 0, max = 2, unit = "exponent",
                    about = "detection grows with unit size to this power (1: in proportion to the vehicles, camps and radio traffic of the group)",
                    source = "assumed; 002/004: concentrations are struck, scattered groups escape")
            double sizeExponent,
            @Param(value = 1.0, min = 0, max = 1, unit = "multiplier",
                    about = "detection in open desert",
                    source = "assumed")
            double terrainDesert,
            @Param(value = 0.8, min = 0, max = 1, unit = "multiplier",
                    about = "detection in the Sahel steppe",
                    source = "assumed")
            double terrainSahel,
            @Param(value = 0.5, min = 0, max = 1, unit = "multiplier",
                    about = "detection in the wooded savanna",
                    source = "assumed")
            double terrainSavanna,
            @Param(value = 0.6, min = 0, max = 1, unit = "multiplier",
                    about = "detection in the Niger valley (villages, vegetation)",
                    source = "assumed")
            double terrainRiver,
            @Param(value = 0.35, min = 0, max = 1, unit = "multiplier",
                    about = "detection in mountains",
                    source = "assumed; 004: 'pockmarked with caves'")
            double terrainMountain,
            @Param(value = 0.03, min = 0, max = 1, unit = "share of fighters",
                    about = "fighters killed by one sortie on a unit",
                    source = "assumed")
            double killShare,
            @Param(value = 0.12, min = 0, max = 1, unit = "share of vehicles",
                    about = "vehicles destroyed by one sortie",
                    source = "assumed")
            double vehicleKillShare,
            @Param(value = 0.02, min = 0, max = 1, unit = "share of redoubt supplies",
                    about = "redoubt supplies destroyed by one sortie on the depots",
                    source = "assumed; 002: 'pounding local fuel and supply depots'")
            double depotStrikeShare,
            @Param(value = 3000, min = 0, max = 6000, unit = "km",
                    about = "reach of the aircraft from their base (with tankers)",
                    source = "assumed; 004: sorties from N'Djamena, about 2,000 km from Kidal")
            double rangeKm,
            @Param(value = 0.1, min = 0, max = 1, unit = "probability per sortie",
                    about = "chance a strike in a town kills a civilian",
                    source = "assumed")
            double civilianHarmProbability,
            @Param(value = 25, min = 0, max = 1000, unit = "fighters",
                    about = "smallest group worth a sortie",
                    source = "assumed; 002: strikes aim at positions, supplies and concentrations")
            double minTargetFighters,
            @Param(value = 0.25, min = 0, max = 1, unit = "multiplier",
                    about = "detection of groups on the move in small bands (postures disperse and raid) relative to a column or camp",
                    source = "assumed; 004: fighters 'melt away' on 'nimble motorbikes'; R3: detection of concentrations")
            double postureDispersed,
            @Param(value = 0.2, min = 0, max = 1, unit = "probability per sortie",
                    about = "chance that a sortie with no unit to strike finds a depot of the redoubt, when hostile groups use it",
                    source = "assumed; 002: strikes 'pounding local fuel and supply depots'")
            double depotFindProbability) {}

    private final Params p;

    private final double hideDetectionFactor;
    private final double redoubtDetectionFactor;

    AirStrikes(Params p, Sanctuary.Params sanctuary, MountainRedoubt.Params redoubt) {
        this.p = p;
        this.hideDetectionFactor = sanctuary.hideDetectionFactor();
        this.redoubtDetectionFactor = redoubt.detectionFactor();
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Probability that one sortie's reconnaissance finds this unit. */
    public double detectionProbability(World w, ArmedUnit u) {
        double terrain = switch (w.terrainAt(u)) {
            case DESERT -> p.terrainDesert;
            case SAHEL -> p.terrainSahel;
            case SAVANNA -> p.terrainSavanna;
            case RIVER -> p.terrainRiver;
            case MOUNTAIN -> p.terrainMountain;
        };
        double posture = switch (u.getPosture()) {
            case HIDE -> hideDetectionFactor;
            case DISPERSE, RAID -> p.postureDispersed;
            default -> 1.0;
        };
        double redoubt = w.inRedoubt(u) ? redoubtDetectionFactor : 1.0;
        double size = Math.pow(Math.max(1, u.getStrength()) / 100.0, p.sizeExponent);
        return Math.min(1.0, p.detectionProbability * size * terrain * posture * redoubt);
    }

    public void apply(World w) {
        for (AirAsset a : w.airAssets()) {
            double sorties = a.getSortiesPerDay() * p.sortieFactor;
            int n = (int) Math.floor(sorties) + (w.chance(sorties - Math.floor(sorties)) ? 1 : 0);
            if (n <= 0) {
                continue;
            }
            double bx = Grid.x(a.getBaseLon());
            double by = Grid.y(a.getBaseLat());
            List<ArmedUnit> detected = new ArrayList<>();
            for (Unit u : w.units()) {
                if (u instanceof ArmedUnit au && au.isAlive() && !au.isInExile() && au.getStrength() >= p.minTargetFighters && w.inMali(au)
                        && w.hostile(a.getFaction(), au.getFaction())
                        && !w.truces().huntSuspended(au.getFaction())
                        && Grid.km(bx, by, au.getX(), au.getY()) <= p.rangeKm
                        && w.chance(1 - Math.pow(1 - detectionProbability(w, au), n))) {
                    detected.add(au);
                }
            }
            // biggest first; ties by id (list is in id order and the sort is stable)
            detected.sort((x, y) -> Integer.compare(y.getStrength(), x.getStrength()));
            int used = 0;
            for (int pass = 0; pass < 1 && used < n; pass++) {
                for (ArmedUnit target : detected) {
                    if (used >= n) {
                        break;
                    }
                    if (target.isAlive()) {
                        strike(w, a, target);
                        used++;
                    }
                }
            }
            // left-over sorties search the redoubt's depots, if hostile groups use it (R6); a sortie
            // that finds nothing does nothing
            Redoubt r = w.redoubt();
            org.sahelsim.core.Faction occupant = redoubtOccupant(w, a);
            for (; used < n && occupant != null && r.getSupplies() > 0; used++) {
                if (!w.chance(p.depotFindProbability)) {
                    continue;
                }
                double destroyed = r.getSupplies() * p.depotStrikeShare;
                r.setSupplies(r.getSupplies() - destroyed);
                int cell = w.index().redoubtCell(w.random().nextInt(w.index().redoubtCellCount()));
                w.emit(SubEventType.AIR_DRONE_STRIKE, a.getFaction(), occupant.id(), cell % org.sahelsim.map.MaliMap.WIDTH + 0.5,
                        cell / org.sahelsim.map.MaliMap.WIDTH + 0.5, 0,
                        String.format(java.util.Locale.ROOT, "strike on redoubt depots, %.0f fighter-days of supplies destroyed (R3)", destroyed));
            }
        }
    }

    /**
     * The faction with the most fighters holding the redoubt among those the asset may strike
     * (hostile, hunt not suspended), or null when no such group uses it: then its depots are
     * not a target.
     */
    static org.sahelsim.core.Faction redoubtOccupant(World w, AirAsset a) {
        int[] by = new int[org.sahelsim.core.Faction.values().length];
        org.sahelsim.core.Faction best = null;
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit au && au.isAlive() && au.getPosture() == Posture.REDOUBT && w.inRedoubt(au)
                    && w.hostile(a.getFaction(), au.getFaction()) && !w.truces().huntSuspended(au.getFaction())) {
                int f = au.getFaction().ordinal();
                by[f] += au.getStrength();
                if (best == null || by[f] > by[best.ordinal()]) {
                    best = au.getFaction();
                }
            }
        }
        return best;
    }

    private void strike(World w, AirAsset a, ArmedUnit u) {
        int killed = w.binomial(u.getStrength(), p.killShare);
        int vehicles = w.binomial(u.getVehicles(), p.vehicleKillShare);
        u.setStrength(u.getStrength() - killed);
        u.setVehicles(u.getVehicles() - vehicles);
        u.setSupplies(u.getSupplies() * (1 - p.vehicleKillShare));
        u.setCohesion(u.getCohesion() - 0.05);
        u.setLastStruckDay(w.day());
        w.addCasualties(w.sideOf(u.getFaction()), killed);
        int civ = 0;
        if (u.getTown() != null && w.chance(p.civilianHarmProbability)) {
            civ = 1 + w.poisson(1.0);
            w.addCivilianCasualties(civ);
        }
        w.emit(SubEventType.AIR_DRONE_STRIKE, a.getFaction(), u.getFaction().id(), u.getX(), u.getY(), killed + civ,
                "air strike on " + u.getFaction().id() + " unit of " + (u.getStrength() + killed) + ", " + vehicles + " vehicles destroyed"
                        + (civ > 0 ? ", " + civ + " civilians killed" : "")
                        + ", posture " + u.getPosture().name().toLowerCase(java.util.Locale.ROOT) + (w.inRedoubt(u) ? " in the redoubt" : "") + " (R3)");
    }
}
