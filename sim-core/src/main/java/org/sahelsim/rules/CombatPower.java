package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.map.Terrain;
import org.sahelsim.world.World;

/**
 * How much a unit weighs in a fight (R17), borrowed by every rule that compares forces: the
 * offensive (R1), garrison collapse (R2), avoidance (R5) and attacks (R10). Effective strength =
 * men x quality of the faction x vehicles x cohesion x supply; defence divides the fire a unit
 * receives where it stands (redoubt, mountains, a town its side holds).
 */
public final class CombatPower {
    private final Combat.Params p;
    private final double africanCombatFactor;
    private final double redoubtDefenceFactor;

    CombatPower(Combat.Params combat, Handover.Params handover, MountainRedoubt.Params redoubt) {
        this.p = combat;
        this.africanCombatFactor = handover.africanCombatFactor();
        this.redoubtDefenceFactor = redoubt.defenceFactor();
    }

    public double quality(World w, Faction f) {
        return switch (f) {
            case FRANCE -> p.qualityFrance();
            case CHAD -> p.qualityChad();
            case FAMA -> p.qualityFama();
            case AFISMA, UN -> africanCombatFactor;
            case PARTNER -> p.qualityPartner();
            default -> w.sideOf(f) == Side.JIHADIST ? p.qualityJihadist() : p.qualitySeparatist();
        };
    }

    /** Effective fighting strength of a unit. */
    public double effective(World w, Unit u) {
        if (!u.isAlive() || u.getStrength() <= 0) {
            return 0;
        }
        double motor = Math.min(1.0, u.getVehicles() * 8.0 / u.getStrength());
        double supply = u.getSupplies() > 0 ? 1.0 : 0.6;
        return u.getStrength() * quality(w, u.getFaction()) * (1 + p.vehicleBonus() * motor) * (0.5 + 0.5 * u.getCohesion()) * supply;
    }

    public double effective(World w, List<? extends Unit> us) {
        double e = 0;
        for (Unit u : us) {
            e += effective(w, u);
        }
        return e;
    }

    /** Divisor of fire received by a unit where it stands. */
    public double defence(World w, Unit u) {
        double d = 1;
        if (w.inRedoubt(u) && u instanceof ArmedUnit) {
            d = Math.max(d, redoubtDefenceFactor);
        }
        if (w.terrainAt(u) == Terrain.MOUNTAIN) {
            d = Math.max(d, p.mountainDefenceFactor());
        }
        if (u.getTown() != null && u.getTown().getControlSide() == w.sideOf(u.getFaction())) {
            d = Math.max(d, p.urbanDefenceFactor());
        }
        return d;
    }

    /** The defence factor of a town held by its own side (R17's urban defence). */
    public double urbanDefenceFactor() {
        return p.urbanDefenceFactor();
    }

    public Combat.Params combat() {
        return p;
    }
}
