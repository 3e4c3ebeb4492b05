package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.Grid;
import org.sahelsim.world.World;

/**
 * R22 French counter-terrorism and support to Malian posts (document 001: "French forces
 * continued to provide support for counter-terror operations"; "We cannot carry out joint
 * operations with the forces that decide to negotiate"; document 003: France's "hunt for top
 * jihadist leaders", its "counter-terrorism operations in Mali").
 *
 * <p>What France does that the Malian army, the UN and the junta's partner do not: while French
 * ground troops are in Mali (not withdrawing) and its air component is in theatre (the scenario's
 * French air campaign, which a full withdrawal ends), it flies {@code raidsPerDay} helicopter-borne raids
 * (a fractional part is a chance of one more) within {@code raidRadiusKm} of them. A raid goes
 * first, as a quick reaction, to a Malian post in contact today or yesterday within that radius
 * (joint operations: none while the Malian government is at talks with a jihadist group, 001),
 * where the ground directs it (detection x {@code airStrikes.closeSupportDetection}); otherwise
 * it hunts the largest group its intelligence finds within the radius (R3's detection). A raid
 * kills a binomial share {@code raidKillShare} of the group and takes out cadres and leaders
 * (cohesion - {@code leaderCohesionLoss}; R4 decides whether the group scatters). Groups whose
 * hunt France has suspended (talks, R20) are spared. UN peacekeepers do not hunt: they protect
 * the towns they garrison.
 *
 * <p>What France's presence leaves on the ground for the territory share ({@link RuralControl}):
 * the day's raid sites (the state acts there), and the reach of its support: a Malian post within
 * {@code raidRadiusKm} of a French unit, on a day France's air component is in theatre and joint
 * operations are allowed, has air cover and a quick-reaction force on call and patrols farther
 * ({@code liberation.supportedInfluenceKm}).
 */
public final class CounterTerror implements Rule {
    public static final String RULE = "R22";

    @ParamGroup(prefix = "counterTerror", rule = RULE)
    public record Params(
            @Param(value = 0.5, min = 0, max = 10, unit = "raids per day",
                    about = "French helicopter-borne raids (special forces, quick-reaction force) per day while French ground troops are in Mali",
                    source = "assumed; 003: France's hunt for jihadist leaders; 001: support for counter-terror operations")
            double raidsPerDay,
            @Param(value = 300, min = 0, max = 2000, unit = "km",
                    about = "reach of a raid from the nearest French unit (helicopter radius of action)",
                    source = "assumed: the order of magnitude of the public combat radius of a Tigre or Caracal helicopter")
            double raidRadiusKm,
            @Param(value = 30, min = 1, max = 300, unit = "km",
                    about = "radius around a Malian post in contact where a quick-reaction raid looks for the attackers",
                    source = "assumed; as R3's strikeAreaKm")
            double supportAreaKm,
            @Param(value = 0.15, min = 0, max = 1, unit = "share of fighters",
                    about = "fighters killed or captured by one raid",
                    source = "assumed")
            double raidKillShare,
            @Param(value = 0.3, min = 0, max = 1, unit = "cohesion",
                    about = "cohesion lost by a group whose cadres a raid takes out",
                    source = "assumed; 003: the hunt for top jihadist leaders")
            double leaderCohesionLoss) {}

    private final Params p;
    private final AirStrikes air;
    private final double closeSupportDetection;
    /** Run state for the territory share: the day it describes, French units' positions (x, y pairs), whether support was given, raid sites. */
    private int stateDay = -1;
    private double[] frenchXY = new double[16];
    private int frenchCount;
    private boolean support;
    private double[] raidXY = new double[16];
    private int raidCount;

    CounterTerror(Params p, AirStrikes air, AirStrikes.Params airP) {
        this.p = p;
        this.air = air;
        this.closeSupportDetection = airP.closeSupportDetection();
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    @Override
    public List<EventHandler<?>> handlers() {
        return List.of();
    }

    public void apply(World w) {
        List<ForceUnit> french = new ArrayList<>();
        for (ForceUnit f : w.forceUnits()) {
            if (f.isAlive() && f.getFaction() == Faction.FRANCE && f.getMission() != Mission.WITHDRAW && w.inMali(f)) {
                french.add(f);
            }
        }
        boolean airComponent = false;
        for (org.sahelsim.agents.AirAsset a : w.airAssets()) {
            airComponent |= a.getFaction() == Faction.FRANCE;
        }
        boolean joint = !jointOperationsBarred(w);
        stateDay = w.day();
        raidCount = 0;
        frenchCount = 0;
        support = !french.isEmpty() && airComponent && p.raidsPerDay > 0 && joint;
        if (support) {
            if (frenchXY.length < 2 * french.size()) {
                frenchXY = new double[4 * french.size()];
            }
            for (ForceUnit f : french) {
                frenchXY[2 * frenchCount] = f.getX();
                frenchXY[2 * frenchCount + 1] = f.getY();
                frenchCount++;
            }
        }
        if (french.isEmpty() || !airComponent || p.raidsPerDay <= 0) {
            return; // helicopter-borne raids need France's air component in theatre (its air campaign)
        }
        int n = (int) Math.floor(p.raidsPerDay) + (w.chance(p.raidsPerDay - Math.floor(p.raidsPerDay)) ? 1 : 0);
        List<ForceUnit> posts = new ArrayList<>();
        if (joint) {
            for (ForceUnit f : w.forceUnits()) {
                if (f.isAlive() && f.getFaction() == Faction.FAMA && f.getLastCombatDay() >= w.day() - 1 && reach(french, f.getX(), f.getY())) {
                    posts.add(f);
                }
            }
        }
        for (int k = 0; k < n; k++) {
            ArmedUnit best = null;
            if (k < posts.size()) {
                ForceUnit post = posts.get(k);
                for (ArmedUnit u : w.armedUnits()) {
                    if (target(w, u) && Grid.km(u.getX(), u.getY(), post.getX(), post.getY()) <= p.supportAreaKm
                            && w.chance(Math.min(1, air.detectionProbability(w, u) * closeSupportDetection))
                            && (best == null || u.getStrength() > best.getStrength())) {
                        best = u;
                    }
                }
            }
            if (best == null) {
                for (ArmedUnit u : w.armedUnits()) {
                    if (target(w, u) && reach(french, u.getX(), u.getY())
                            && w.chance(Math.min(1, air.detectionProbability(w, u) * w.relations().guideFactor(u.getX(), u.getY())))
                            && (best == null || u.getStrength() > best.getStrength())) {
                        best = u;
                    }
                }
            }
            if (best != null) {
                raid(w, best);
            }
        }
    }

    /**
     * True when, today, a Malian post at (x, y) has French support (air cover, quick reaction):
     * France's air component is in theatre, joint operations are allowed (001) and a French unit
     * not withdrawing is within {@code raidRadiusKm}.
     */
    public boolean supports(World w, double x, double y) {
        if (stateDay != w.day() || !support) {
            return false;
        }
        for (int i = 0; i < frenchCount; i++) {
            if (Grid.within(frenchXY[2 * i], frenchXY[2 * i + 1], x, y, p.raidRadiusKm)) {
                return true;
            }
        }
        return false;
    }

    /** Number of French raids flown today (their sites: {@link #raidX}, {@link #raidY}). */
    public int raidsToday(World w) {
        return stateDay == w.day() ? raidCount : 0;
    }

    public double raidX(int i) { return raidXY[2 * i]; }
    public double raidY(int i) { return raidXY[2 * i + 1]; }

    /** 001: no joint operations with a government that negotiates with the jihadists. */
    static boolean jointOperationsBarred(World w) {
        for (Faction f : Faction.values()) {
            if (w.sideOf(f) == Side.JIHADIST && w.truces().inTalks(Faction.FAMA, f)) {
                return true;
            }
        }
        return false;
    }

    private boolean reach(List<ForceUnit> french, double x, double y) {
        for (ForceUnit f : french) {
            if (Grid.km(f.getX(), f.getY(), x, y) <= p.raidRadiusKm) {
                return true;
            }
        }
        return false;
    }

    private static boolean target(World w, ArmedUnit u) {
        return u.isAlive() && !u.isInExile() && w.inMali(u) && World.visible(u) && w.hostile(Faction.FRANCE, u.getFaction())
                && w.sideOf(u.getFaction()) == Side.JIHADIST && !w.truces().huntSpared(Faction.FRANCE, u.getFaction(), u.getX(), u.getY());
    }

    void raid(World w, ArmedUnit u) {
        if (stateDay == w.day()) {
            if (raidXY.length < 2 * raidCount + 2) {
                raidXY = java.util.Arrays.copyOf(raidXY, 2 * raidXY.length);
            }
            raidXY[2 * raidCount] = u.getX();
            raidXY[2 * raidCount + 1] = u.getY();
            raidCount++;
        }
        int killed = w.binomial(u.getStrength(), p.raidKillShare);
        u.setStrength(u.getStrength() - killed);
        u.setCohesion(u.getCohesion() - p.leaderCohesionLoss);
        u.setLastStruckDay(w.day());
        w.addCasualties(w.sideOf(u.getFaction()), killed);
        w.emit(SubEventType.ARMED_CLASH, Faction.FRANCE, u.getFaction().id(), u.getX(), u.getY(), killed,
                "French raid on a " + u.getFaction().id() + " group of " + (u.getStrength() + killed) + ", " + killed
                        + " fighters killed or captured, cadres taken out (R22)");
    }
}
