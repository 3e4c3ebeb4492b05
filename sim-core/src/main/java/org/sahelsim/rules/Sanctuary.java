package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.model.ParameterInfo;
import org.sahelsim.model.Parameters;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Side;

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
 */
public final class Sanctuary {
    public static final String RULE = "R8";

    public record Params(double sympathyThreshold, double searchRadiusKm, double hideDetectionFactor, double maxHideFighters,
                         double maxPopulation) {
        public static Params from(Parameters p) {
            return new Params(p.get("sanctuary.sympathyThreshold"), p.get("sanctuary.searchRadiusKm"),
                    p.get("sanctuary.hideDetectionFactor"), p.get("sanctuary.maxHideFighters"), p.get("sanctuary.maxPopulation"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("sanctuary.sympathyThreshold", RULE, 0.3, 0, 1, "sympathy (0..1)",
                        "least sympathy of a town for a group to hide in it", "assumed"),
                P.of("sanctuary.searchRadiusKm", RULE, 150, 0, 1000, "km", "how far a fleeing group looks for a sanctuary", "assumed"),
                P.of("sanctuary.hideDetectionFactor", RULE, 0.15, 0, 1, "multiplier", "air detection of a hiding group", "assumed"),
                P.of("sanctuary.maxHideFighters", RULE, 80, 1, 1000, "fighters", "largest group that can hide among villagers", "assumed"),
                P.of("sanctuary.maxPopulation", RULE, 30000, 0, 2000000, "inhabitants",
                        "only places up to this size serve as sanctuary", "assumed; 004: 'sympathetic villages', R4: they leave population centres"));
    }

    private final Params p;

    public Sanctuary(Parameters parameters) {
        this.p = Params.from(parameters);
    }

    public Params params() {
        return p;
    }

    /** Sends a small fleeing jihadist unit to hide in a sympathetic town; true if one was found. */
    public boolean chooseSanctuary(SahelModel m, ArmedUnit u, double threatX, double threatY) {
        Side side = m.sideOf(u.getFaction());
        if (side != Side.JIHADIST || u.getStrength() > p.maxHideFighters) {
            return false;
        }
        TownAgent best = null;
        double bestKm = p.searchRadiusKm;
        for (TownAgent t : m.towns()) {
            double km = m.km(u, t);
            if (km <= bestKm && t.getPopulation() <= p.maxPopulation && org.sahelsim.model.Geo.km(t.centreX(), t.centreY(), threatX, threatY) > 50
                    && t.sympathy(side) >= p.sympathyThreshold && !hostileForcePresent(m, u, t)) {
                best = t;
                bestKm = km;
            }
        }
        if (best == null) {
            return false;
        }
        u.setPosture(Posture.HIDE, m.day());
        u.setTargetTown(best);
        m.movement().goTo(m, u, best);
        return true;
    }

    private static boolean hostileForcePresent(SahelModel m, ArmedUnit u, TownAgent t) {
        for (Side s : Side.values()) {
            if (s != Side.NONE && s != m.sideOf(u.getFaction()) && t.presence(s) > 0
                    && (t.getControlFaction() == null || m.hostile(u.getFaction(), t.getControlFaction()))) {
                return true;
            }
        }
        return t.getControlFaction() != null && t.getControlSide() != m.sideOf(u.getFaction())
                && m.hostile(u.getFaction(), t.getControlFaction()) && t.getGarrison() > 0;
    }

    /** Hiding units whose hosts have turned against them move on. */
    public void apply(SahelModel m) {
        for (Unit x : new ArrayList<>(m.units())) {
            if (x instanceof ArmedUnit u && u.isAlive() && u.getPosture() == Posture.HIDE && u.getTown() != null
                    && u.getTown() == u.getTargetTown()
                    && u.getTown().sympathy(m.sideOf(u.getFaction())) < p.sympathyThreshold - 0.1) {
                u.setPosture(Posture.DISPERSE, m.day());
                u.setTargetTown(null);
                m.dispersal().flee(m, u, u.getTown().centreX(), u.getTown().centreY());
            }
        }
    }
}
