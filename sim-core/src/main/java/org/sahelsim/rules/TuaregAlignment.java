package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R16 Tuareg alignment (documents 000, 004: the MNLA, pushed out of the towns by June 2012,
 * "opportunistically reentered Kidal city just ahead of the advancing French and Chadian
 * contingents" and struck "a tacit alliance" with France against AQIM; the IMA split from Ansar
 * Dine; Bamako accepts talks with the MNLA but refuses the IMA).
 *
 * <p>Each faction has a side (changed by realignment events) and each separatist faction a
 * stance towards the government and towards the jihadists, from -1 (war) to +1 (alliance); below
 * {@code hostileBelow} their units fight. Talks that include a separatist faction raise its
 * stance towards the government by {@code talksStanceGain}. Separatist units that hold no town
 * re-enter towns of their homeland (north of {@code homelandLat}) within
 * {@code opportunismRadiusKm} that nobody occupies any more.
 */
public final class TuaregAlignment {
    public static final String RULE = "R16";

    public record Params(double mnlaGovernmentStance, double imaGovernmentStance, double separatistJihadistStance,
                         double hostileBelow, double talksStanceGain, double opportunismRadiusKm, double homelandLat) {
        public static Params from(Parameters p) {
            return new Params(p.get("alignment.mnlaGovernmentStance"), p.get("alignment.imaGovernmentStance"),
                    p.get("alignment.separatistJihadistStance"), p.get("alignment.hostileBelow"),
                    p.get("alignment.talksStanceGain"), p.get("alignment.opportunismRadiusKm"), p.get("alignment.homelandLat"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("alignment.mnlaGovernmentStance", RULE, 0.2, -1, 1, "stance (-1..1)",
                        "MNLA stance towards the government side at the start",
                        "assumed; 000: MNLA offered to assist French troops; 004: tacit alliance"),
                P.of("alignment.imaGovernmentStance", RULE, 0.0, -1, 1, "stance (-1..1)",
                        "IMA stance towards the government side", "assumed; 000: Bamako rules out the IMA"),
                P.of("alignment.separatistJihadistStance", RULE, -0.5, -1, 1, "stance (-1..1)",
                        "stance of MNLA/IMA towards the jihadist groups", "assumed; 004: MNLA dislodged by the jihadists in June 2012"),
                P.of("alignment.hostileBelow", RULE, -0.25, -1, 1, "stance", "below this stance two groups fight", "assumed"),
                P.of("alignment.talksStanceGain", RULE, 0.3, 0, 2, "stance", "stance gain of a separatist faction included in talks",
                        "assumed; 000: French push to include the Tuareg"),
                P.of("alignment.opportunismRadiusKm", RULE, 250, 0, 2000, "km",
                        "how far separatist units go to re-enter abandoned towns", "assumed; 004: MNLA re-entered Kidal"),
                P.of("alignment.homelandLat", RULE, 17.5, 10, 25, "degrees north",
                        "separatists re-enter towns north of this latitude (Kidal region)", "assumed; 004: Kidal region"));
    }

    private final Params p;
    private final Side[] side = new Side[Faction.values().length];
    private final double[] stanceGov = new double[Faction.values().length];
    private final double[] stanceJih = new double[Faction.values().length];
    private final boolean[][] declared = new boolean[Faction.values().length][Faction.values().length];
    /** hostile(a, b) for every pair, recomputed whenever sides or stances change. */
    private final boolean[][] hostility = new boolean[Faction.values().length][Faction.values().length];

    public TuaregAlignment(Parameters parameters) {
        this.p = Params.from(parameters);
        reset(null);
    }

    public Params params() {
        return p;
    }

    public void reset(SahelModel m) {
        for (Faction f : Faction.values()) {
            side[f.ordinal()] = f.defaultSide();
            stanceGov[f.ordinal()] = f == Faction.IMA ? p.imaGovernmentStance : p.mnlaGovernmentStance;
            stanceJih[f.ordinal()] = p.separatistJihadistStance;
            java.util.Arrays.fill(declared[f.ordinal()], false);
        }
        recompute();
    }

    private void recompute() {
        for (Faction a : Faction.values()) {
            for (Faction b : Faction.values()) {
                hostility[a.ordinal()][b.ordinal()] = hostile(null, a, b);
            }
        }
    }

    /** Whether any faction of side a is hostile to any faction of side b. */
    public boolean sidesHostile(Side a, Side b) {
        if (a == b || a == Side.NONE || b == Side.NONE) {
            return false;
        }
        for (Faction x : Faction.values()) {
            if (side[x.ordinal()] != a) {
                continue;
            }
            for (Faction y : Faction.values()) {
                if (side[y.ordinal()] == b && hostility[x.ordinal()][y.ordinal()]) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean hostileFast(Faction a, Faction b) {
        return hostility[a.ordinal()][b.ordinal()];
    }

    public Side sideOf(Faction f) {
        return side[f.ordinal()];
    }

    public double stanceTowardsGovernment(Faction f) {
        return stanceGov[f.ordinal()];
    }

    public boolean hostile(SahelModel m, Faction a, Faction b) {
        if (a == b) {
            return false;
        }
        if (declared[a.ordinal()][b.ordinal()] || declared[b.ordinal()][a.ordinal()]) {
            return true;
        }
        Side sa = side[a.ordinal()];
        Side sb = side[b.ordinal()];
        if (sa == sb || sa == Side.NONE || sb == Side.NONE) {
            return false;
        }
        if (sa == Side.SEPARATIST || sb == Side.SEPARATIST) {
            Faction sep = sa == Side.SEPARATIST ? a : b;
            Side other = sa == Side.SEPARATIST ? sb : sa;
            double stance = other == Side.GOVERNMENT ? stanceGov[sep.ordinal()] : stanceJih[sep.ordinal()];
            return stance < p.hostileBelow;
        }
        return true; // government vs jihadist
    }

    public void onRealignment(SahelModel m, ScenarioEvent.Realignment r) {
        Faction f = SahelModel.faction(r.faction());
        if (r.side() != null) {
            Side s = Side.fromId(r.side());
            side[f.ordinal()] = s;
            if (s == Side.GOVERNMENT) {
                stanceGov[f.ordinal()] = 1;
            }
        }
        for (String h : r.hostileTo()) {
            declared[f.ordinal()][SahelModel.faction(h).ordinal()] = true;
        }
        recompute();
        TownAgent where = m.towns().isEmpty() ? null : m.towns().get(0);
        for (Unit u : m.units()) {
            if (u.getFaction() == f) {
                m.emit(SubEventType.OTHER, f, "", u.getX(), u.getY(), 0, f.id() + " realigns" + (r.side() == null ? "" : " with the " + r.side() + " side") + " (R16)");
                where = null;
                break;
            }
        }
        if (where != null) {
            m.emit(SubEventType.OTHER, f, "", where.centreX(), where.centreY(), 0, f.id() + " realigns (R16)");
        }
    }

    public void onTalks(SahelModel m, ScenarioEvent.Talks t) {
        for (String id : t.parties()) {
            Faction f = SahelModel.faction(id);
            if (side[f.ordinal()] == Side.SEPARATIST) {
                stanceGov[f.ordinal()] = Math.min(1, stanceGov[f.ordinal()] + p.talksStanceGain);
            }
        }
        recompute();
    }

    /** Separatist opportunism: re-enter homeland towns nobody holds any more. */
    public void apply(SahelModel m) {
        for (Unit x : new ArrayList<>(m.units())) {
            if (!(x instanceof ArmedUnit u) || !u.isAlive() || u.isInExile() || sideOf(u.getFaction()) != Side.SEPARATIST
                    || u.getPosture() != Posture.HOLD) {
                continue;
            }
            if (u.getTargetTown() != null && u.getTargetTown().getControlSide() != Side.JIHADIST) {
                continue; // holding or going to its town
            }
            if (u.getTown() != null && u.getTown().getControlFaction() == u.getFaction()) {
                continue;
            }
            TownAgent best = null;
            double bestKm = p.opportunismRadiusKm;
            for (TownAgent t : m.towns()) {
                if (t.town().lat() < p.homelandLat || t.getControlSide() == Side.SEPARATIST) {
                    continue;
                }
                boolean empty = true;
                for (Side s : Side.values()) {
                    empty &= t.presence(s) == 0;
                }
                boolean enemyHeld = t.getControlFaction() == null || m.hostile(u.getFaction(), t.getControlFaction());
                double km = m.km(u, t);
                if (empty && enemyHeld && km < bestKm) {
                    best = t;
                    bestKm = km;
                }
            }
            if (best != null) {
                u.setTargetTown(best);
                m.movement().goTo(m, u, best);
            }
        }
    }
}
