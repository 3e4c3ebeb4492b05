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
    private final Marches marches;

    UnitOrders(Dispersal dispersal, MountainRedoubt redoubt, Liberation liberation, Marches marches) {
        this.dispersal = dispersal;
        this.redoubt = redoubt;
        this.liberation = liberation;
        this.marches = marches;
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
     * Kilometres a unit can cover today: columns of either side by road class, mode, daily noise,
     * halts and (forces) ambushes ({@link Marches}); dispersed groups at the speed of small mobile
     * groups (R4); forces tied down by recent attacks (R10) stay.
     */
    double speedKmPerDay(World w, Unit u) {
        if (u instanceof ArmedUnit a) {
            return switch (a.getPosture()) {
                case DISPERSE, RAID, REDOUBT -> dispersal.params().speedKmPerDay();
                default -> marches.columnKm(w, a);
            };
        }
        ForceUnit f = (ForceUnit) u;
        if (f.getTiedDownUntilDay() >= w.day() && f.getMission() != Mission.WITHDRAW) {
            return 0;
        }
        if (f.getMission() == Mission.WITHDRAW) {
            return marches.kmPerDay(org.sahelsim.map.RoadClass.NATIONAL);
        }
        return marches.forceKm(w, f);
    }
}
