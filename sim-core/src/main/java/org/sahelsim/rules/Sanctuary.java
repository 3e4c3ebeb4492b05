package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;

/**
 * R8 Sanctuary in sympathetic villages (document 004: "Fleeing militants sought sanctuary in
 * sympathetic villages").
 *
 * <p>A small dispersing jihadist unit (at most {@code maxHideFighters}) that does not head for the
 * redoubt looks for the nearest village (at most {@code maxPopulation} inhabitants) within {@code searchRadiusKm}, at least 50 km from the threat it flees,
 * whose sympathy for its side is at least {@code sympathyThreshold} and where no hostile force is
 * present; it goes there and hides. Hiding units hold no ground (they do not count for control,
 * R9), are hard to see from the air ({@code hideDetectionFactor}, R3) and are the cells that later
 * strike the garrisons of liberated towns (R10). If the town's sympathy falls below the
 * threshold (abuses by the group, R14), they move on.
 *
 * <p>Hiding is an answer to a threat (004: they "melt away" before air power and the French
 * columns), not a lasting state (002: the insurgents are not eliminated and adapt; 001: villages
 * "surrounded by jihadists" once France leaves). A hiding unit that has not been struck or fought
 * for {@code dispersal.regroupDays}, near which no hostile sortie has flown for as long and no
 * hostile air asset is on call (threat.localAirKm, threat.responseHours), and that has
 * no hostile force hunting (clearing, patrolling or advancing, not garrisons) within {@code emergeClearKm}, comes out with
 * probability {@code emergePerDay} a day: it holds its village again (R9) and may regroup (R4) and
 * launch offensives (R1).
 */
public final class Sanctuary implements Rule {
    public static final String RULE = "R8";

    @ParamGroup(prefix = "sanctuary", rule = RULE)
    public record Params(
            @Param(value = 0.3, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "least sympathy of a town for a group to hide in it",
                    source = "assumed")
            double sympathyThreshold,
            @Param(value = 150, min = 0, max = 1000, unit = "km",
                    about = "how far a fleeing group looks for a sanctuary",
                    source = "assumed")
            double searchRadiusKm,
            @Param(value = 0.15, min = 0, max = 1, unit = "multiplier",
                    about = "air detection of a hiding group",
                    source = "assumed")
            double hideDetectionFactor,
            @Param(value = 80, min = 1, max = 1000, unit = "fighters",
                    about = "largest group that can hide among villagers",
                    source = "assumed")
            double maxHideFighters,
            @Param(value = 30000, min = 0, max = 2000000, unit = "inhabitants",
                    about = "only places up to this size serve as sanctuary",
                    source = "assumed; 004: 'sympathetic villages', R4: they leave population centres")
            double maxPopulation,
            @Param(value = 0.05, min = 0, max = 1, unit = "probability per day",
                    about = "chance a day that a hiding group no longer under threat comes out and holds its village again",
                    source = "assumed (about three weeks); 002: not eliminated, they adapt; 001: villages surrounded by jihadists")
            double emergePerDay,
            @Param(value = 120, min = 0, max = 1000, unit = "km",
                    about = "a hostile force clearing, patrolling or advancing this close keeps a group in hiding (as do hostile sorties flown nearby lately or an air asset on call, see threat.*)",
                    source = "assumed (about 120 km, a few hours' drive)")
            double emergeClearKm) {}

    private final Params p;

    private final Flight flight;
    private final double regroupDays;
    private final ThreatAppraisal appraisal;

    Sanctuary(Params p, Dispersal.Params dispersal, ThreatAppraisal appraisal, Flight flight) {
        this.p = p;
        this.flight = flight;
        this.regroupDays = dispersal.regroupDays();
        this.appraisal = appraisal;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Sends a small fleeing jihadist unit to hide in a sympathetic town; true if one was found. */
    public boolean chooseSanctuary(World w, ArmedUnit u, double threatX, double threatY) {
        Side side = w.sideOf(u.getFaction());
        if (side != Side.JIHADIST || u.getStrength() > p.maxHideFighters) {
            return false;
        }
        TownAgent best = null;
        double bestKm = p.searchRadiusKm;
        for (TownAgent t : w.towns()) {
            double km = w.km(u, t);
            if (km <= bestKm && t.getPopulation() <= p.maxPopulation && Grid.km(t.centreX(), t.centreY(), threatX, threatY) > 50
                    && t.sympathy(side) >= p.sympathyThreshold && !hostileForcePresent(w, u, t)) {
                best = t;
                bestKm = km;
            }
        }
        if (best == null) {
            return false;
        }
        u.setPosture(Posture.HIDE, w.day());
        u.setTargetTown(best);
        w.movement().goTo(w, u, best);
        return true;
    }

    /** Not struck or fought lately, no hostile sorties nearby for regroupDays and no asset on call, far from hostile forces on the move. */
    boolean unthreatened(World w, ArmedUnit u) {
        int quiet = (int) regroupDays;
        if (w.day() - u.getLastStruckDay() < quiet || w.day() - u.getLastCombatDay() < quiet) {
            return false;
        }
        if (!appraisal.airQuiet(w, u.getFaction(), u.getX(), u.getY(), quiet)) {
            return false; // sorties flown nearby lately, or an asset on call
        }
        for (org.sahelsim.agents.ForceUnit f : w.forceUnits()) {
            if (f.isAlive() && hunting(f) && w.hostile(u.getFaction(), f.getFaction()) && w.within(f, u, p.emergeClearKm)) {
                return false;
            }
        }
        return true;
    }

    /** Forces that go after groups (clearing, patrolling, advancing); garrisons stay in their towns. */
    static boolean hunting(org.sahelsim.agents.ForceUnit f) {
        return switch (f.getMission()) {
            case CLEAR, PATROL, ADVANCE -> true;
            default -> false;
        };
    }

    private static boolean hostileForcePresent(World w, ArmedUnit u, TownAgent t) {
        for (Side s : Side.values()) {
            if (s != Side.NONE && s != w.sideOf(u.getFaction()) && t.presence(s) > 0
                    && (t.getControlFaction() == null || w.hostile(u.getFaction(), t.getControlFaction()))) {
                return true;
            }
        }
        return t.getControlFaction() != null && t.getControlSide() != w.sideOf(u.getFaction())
                && w.hostile(u.getFaction(), t.getControlFaction()) && t.getGarrison() > 0;
    }

    /** Hiding units whose hosts have turned against them move on; those no longer threatened come out. */
    public void apply(World w) {
        for (Unit x : new ArrayList<>(w.units())) {
            if (p.emergePerDay > 0 && x instanceof ArmedUnit u && u.isAlive() && u.getPosture() == Posture.HIDE && u.getTown() != null
                    && u.getTown() == u.getTargetTown() && !u.isInExile() && unthreatened(w, u) && w.chance(p.emergePerDay)) {
                u.setPosture(Posture.HOLD, w.day());
                continue;
            }
            if (x instanceof ArmedUnit u && u.isAlive() && u.getPosture() == Posture.HIDE && u.getTown() != null
                    && u.getTown() == u.getTargetTown()
                    && u.getTown().sympathy(w.sideOf(u.getFaction())) < p.sympathyThreshold - 0.1) {
                u.setPosture(Posture.DISPERSE, w.day());
                u.setTargetTown(null);
                flight.flee(w, u, u.getTown().centreX(), u.getTown().centreY());
            }
        }
    }
}
