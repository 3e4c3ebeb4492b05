package org.sahelsim.rules;

import java.util.ArrayList;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.world.World;

/**
 * The movement phase: every unit, in id order, takes today's orders from its posture (armed
 * groups: R1, R4, R6, R8) or its mission (forces: R9), then moves at the speed the rules give it.
 */
public final class UnitOrders {
    private final Dispersal dispersal;
    private final MountainRedoubt redoubt;
    private final Liberation liberation;
    private final double columnSpeedKmPerDay;

    UnitOrders(Dispersal dispersal, MountainRedoubt redoubt, Liberation liberation, SouthwardOffensive.Params offensive) {
        this.dispersal = dispersal;
        this.redoubt = redoubt;
        this.liberation = liberation;
        this.columnSpeedKmPerDay = offensive.columnSpeedKmPerDay();
    }

    public void apply(World w) {
        for (Unit u : new ArrayList<>(w.units())) {
            if (!u.isAlive()) {
                continue;
            }
            if (u instanceof ArmedUnit a) {
                decide(w, a);
            } else if (u instanceof ForceUnit f) {
                liberation.decide(w, f);
            }
            w.movement().move(w, u, speedKmPerDay(w, u));
        }
        w.locateUnits();
    }

    private void decide(World w, ArmedUnit a) {
        if (a.isInExile() && a.getPosture() != Posture.RAID) {
            return;
        }
        switch (a.getPosture()) {
            case ADVANCE, HOLD, HIDE -> {
                if (a.getTargetTown() != null && a.getTown() != a.getTargetTown()) {
                    w.movement().goTo(w, a, a.getTargetTown());
                }
            }
            case DISPERSE, RAID -> {
                if (!a.hasDestination()) {
                    dispersal.arrived(w, a);
                }
            }
            case REDOUBT -> {
                if (!a.hasDestination() && !w.inRedoubt(a)) {
                    redoubt.sendToRedoubt(w, a);
                }
            }
        }
    }

    /**
     * Kilometres a unit can cover today on a road: columns at column speed (R1), dispersed groups
     * at the speed of small mobile groups (R4), forces at column speed (R9) unless tied down by
     * recent attacks (R10).
     */
    double speedKmPerDay(World w, Unit u) {
        if (u instanceof ArmedUnit a) {
            return switch (a.getPosture()) {
                case DISPERSE, RAID, REDOUBT -> dispersal.params().speedKmPerDay();
                default -> columnSpeedKmPerDay;
            };
        }
        ForceUnit f = (ForceUnit) u;
        if (f.getTiedDownUntilDay() >= w.day() && f.getMission() != Mission.WITHDRAW) {
            return 0;
        }
        return liberation.params().advanceSpeedKmPerDay();
    }
}
