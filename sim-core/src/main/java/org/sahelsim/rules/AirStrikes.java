package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.Unit;
import org.sahelsim.model.Geo;
import org.sahelsim.model.ParameterInfo;
import org.sahelsim.model.Parameters;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Side;
import org.sahelsim.model.SubEventType;

/**
 * R3 Air strikes (documents 002, 004: Mirage and Rafale sorties from N'Djamena; strikes "pounding
 * local fuel and supply depots").
 *
 * <p>Each air asset flies its sorties per day (scaled by {@code sortieFactor}; a fractional part
 * is a chance of one more). Every hostile armed unit in Mali within range of the base, of at least {@code minTargetFighters}, is detected
 * with probability detectionProbability x (fighters/100)^sizeExponent x terrain factor x posture
 * factor (hiding R8, redoubt R6): concentrations in open desert are seen, small groups in
 * mountains or villages rarely. Sorties go to the largest detected concentrations (one sortie per
 * target a day); left-over sorties hit the redoubt's depots once the redoubt is in use. A strike
 * kills a binomial share of the fighters, destroys vehicles and supplies, and marks the unit as
 * struck, which makes it disperse (R4). Strikes in towns may kill civilians.
 */
public final class AirStrikes {
    public static final String RULE = "R3";

    public record Params(double sortieFactor, double detectionProbability, double sizeExponent, double terrainDesert,
                         double terrainSahel, double terrainSavanna, double terrainRiver, double terrainMountain,
                         double killShare, double vehicleKillShare, double depotStrikeShare, double rangeKm,
                         double civilianHarmProbability, double minTargetFighters) {
        public static Params from(Parameters p) {
            return new Params(p.get("airStrikes.sortieFactor"), p.get("airStrikes.detectionProbability"),
                    p.get("airStrikes.sizeExponent"), p.get("airStrikes.terrainDesert"), p.get("airStrikes.terrainSahel"),
                    p.get("airStrikes.terrainSavanna"), p.get("airStrikes.terrainRiver"), p.get("airStrikes.terrainMountain"),
                    p.get("airStrikes.killShare"), p.get("airStrikes.vehicleKillShare"), p.get("airStrikes.depotStrikeShare"),
                    p.get("airStrikes.rangeKm"), p.get("airStrikes.civilianHarmProbability"), p.get("airStrikes.minTargetFighters"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("airStrikes.sortieFactor", RULE, 1.0, 0, 5, "multiplier",
                        "scales the sorties per day of every air campaign of the scenario", "1 = as in the scenario"),
                P.of("airStrikes.detectionProbability", RULE, 0.35, 0, 1, "probability per day",
                        "chance that a 100-fighter unit in open desert is detected on a day", "assumed"),
                P.of("airStrikes.sizeExponent", RULE, 0.5, 0, 2, "exponent",
                        "detection grows with unit size to this power", "assumed; 002/004: concentrations are struck, scattered groups escape"),
                P.of("airStrikes.terrainDesert", RULE, 1.0, 0, 1, "multiplier", "detection in open desert", "assumed"),
                P.of("airStrikes.terrainSahel", RULE, 0.8, 0, 1, "multiplier", "detection in the Sahel steppe", "assumed"),
                P.of("airStrikes.terrainSavanna", RULE, 0.5, 0, 1, "multiplier", "detection in the wooded savanna", "assumed"),
                P.of("airStrikes.terrainRiver", RULE, 0.6, 0, 1, "multiplier", "detection in the Niger valley (villages, vegetation)", "assumed"),
                P.of("airStrikes.terrainMountain", RULE, 0.35, 0, 1, "multiplier", "detection in mountains",
                        "assumed; 004: 'pockmarked with caves'"),
                P.of("airStrikes.killShare", RULE, 0.03, 0, 1, "share of fighters", "fighters killed by one sortie on a unit", "assumed"),
                P.of("airStrikes.vehicleKillShare", RULE, 0.12, 0, 1, "share of vehicles", "vehicles destroyed by one sortie", "assumed"),
                P.of("airStrikes.depotStrikeShare", RULE, 0.02, 0, 1, "share of redoubt supplies",
                        "redoubt supplies destroyed by one sortie on the depots", "assumed; 002: 'pounding local fuel and supply depots'"),
                P.of("airStrikes.rangeKm", RULE, 3000, 0, 6000, "km", "reach of the aircraft from their base (with tankers)",
                        "assumed; 004: sorties from N'Djamena, about 2,000 km from Kidal"),
                P.of("airStrikes.civilianHarmProbability", RULE, 0.1, 0, 1, "probability per sortie",
                        "chance a strike in a town kills a civilian", "assumed"),
                P.of("airStrikes.minTargetFighters", RULE, 25, 0, 1000, "fighters",
                        "smallest group worth a sortie", "assumed; 002: strikes aim at positions, supplies and concentrations"));
    }

    private final Params p;

    public AirStrikes(Parameters parameters) {
        this.p = Params.from(parameters);
    }

    public Params params() {
        return p;
    }

    /** Probability that air reconnaissance finds this unit today. */
    public double detectionProbability(SahelModel m, ArmedUnit u) {
        double terrain = switch (m.terrainAt(u)) {
            case DESERT -> p.terrainDesert;
            case SAHEL -> p.terrainSahel;
            case SAVANNA -> p.terrainSavanna;
            case RIVER -> p.terrainRiver;
            case MOUNTAIN -> p.terrainMountain;
        };
        double posture = u.getPosture() == Posture.HIDE ? m.sanctuary().params().hideDetectionFactor() : 1.0;
        double redoubt = m.inRedoubt(u) ? m.redoubtRule().params().detectionFactor() : 1.0;
        double size = Math.pow(Math.max(1, u.getStrength()) / 100.0, p.sizeExponent);
        return Math.min(1.0, p.detectionProbability * size * terrain * posture * redoubt);
    }

    public void apply(SahelModel m) {
        for (AirAsset a : m.airAssets()) {
            double sorties = a.getSortiesPerDay() * p.sortieFactor;
            int n = (int) Math.floor(sorties) + (m.chance(sorties - Math.floor(sorties)) ? 1 : 0);
            if (n <= 0) {
                continue;
            }
            double bx = Geo.x(a.getBaseLon());
            double by = Geo.y(a.getBaseLat());
            List<ArmedUnit> detected = new ArrayList<>();
            for (Unit u : m.units()) {
                if (u instanceof ArmedUnit au && au.isAlive() && !au.isInExile() && au.getStrength() >= p.minTargetFighters && m.inMali(au)
                        && m.hostile(a.getFaction(), au.getFaction())
                        && !m.ceasefires().huntSuspended(m, au.getFaction())
                        && Geo.km(bx, by, au.getX(), au.getY()) <= p.rangeKm
                        && m.chance(detectionProbability(m, au))) {
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
                        strike(m, a, target);
                        used++;
                    }
                }
            }
            Redoubt r = m.redoubt();
            boolean redoubtInUse = false;
            for (Unit u : m.units()) {
                redoubtInUse |= u instanceof ArmedUnit au && au.getPosture() == Posture.REDOUBT && m.inRedoubt(au);
            }
            for (; used < n && redoubtInUse && r.getSupplies() > 0; used++) {
                double destroyed = r.getSupplies() * p.depotStrikeShare;
                r.setSupplies(r.getSupplies() - destroyed);
                int cell = m.index().redoubtCell(m.random.nextInt(m.index().redoubtCellCount()));
                m.emit(SubEventType.AIR_DRONE_STRIKE, a.getFaction(), "AQIM", cell % org.sahelsim.map.MaliMap.WIDTH + 0.5,
                        cell / org.sahelsim.map.MaliMap.WIDTH + 0.5, 0,
                        String.format(java.util.Locale.ROOT, "strike on redoubt depots, %.0f fighter-days of supplies destroyed (R3)", destroyed));
            }
        }
    }

    private void strike(SahelModel m, AirAsset a, ArmedUnit u) {
        int killed = m.binomial(u.getStrength(), p.killShare);
        int vehicles = m.binomial(u.getVehicles(), p.vehicleKillShare);
        u.setStrength(u.getStrength() - killed);
        u.setVehicles(u.getVehicles() - vehicles);
        u.setSupplies(u.getSupplies() * (1 - p.vehicleKillShare));
        u.setCohesion(u.getCohesion() - 0.05);
        u.setLastStruckDay(m.day());
        m.addCasualties(m.sideOf(u.getFaction()), killed);
        int civ = 0;
        if (u.getTown() != null && m.chance(p.civilianHarmProbability)) {
            civ = 1 + m.poisson(1.0);
            m.addCivilianCasualties(civ);
        }
        m.emit(SubEventType.AIR_DRONE_STRIKE, a.getFaction(), u.getFaction().id(), u.getX(), u.getY(), killed + civ,
                "air strike on " + u.getFaction().id() + " unit of " + (u.getStrength() + killed) + ", " + vehicles + " vehicles destroyed"
                        + (civ > 0 ? ", " + civ + " civilians killed" : "") + " (R3)");
    }
}
