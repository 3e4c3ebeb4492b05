package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.Terrain;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R17 Combat and attrition (document 004: Ametetai valley, ~100 militants claimed killed; the
 * Chadian column lost 25 soldiers and killed 65 militants in three ambushes).
 *
 * <p>Hostile units within {@code engageRadiusKm} of each other fight once a day. Losses are
 * Poisson draws around Lanchester-family means. Between conventional bodies (forces, and armed
 * groups fighting as columns or holding towns) both sides use aimed fire: the square law, losses
 * of B = aimedFireRate x effective strength of A. Against guerrillas (dispersed, hiding, redoubt
 * or raiding fighters) a force can only use area fire: the Deitchman asymmetric case, losses of
 * the guerrillas = areaFireRate x effective force x guerrilla numbers, while the guerrillas'
 * aimed fire follows the square law. Effective strength = numbers x quality x vehicle bonus x
 * cohesion x supply state; the fire a unit receives is divided by its defence factor (town held
 * by its side, mountain, redoubt R6); guerrillas ambushing a moving force in mountain terrain get
 * the ambush factor. A side losing {@code breakLossShare} in a day breaks off: armed units disperse
 * (R4), forces fall back (R2).
 */
public final class Combat implements Rule {
    public static final String RULE = "R17";

    @ParamGroup(prefix = "combat", rule = RULE)
    public record Params(
            @Param(value = 0.02, min = 0, max = 0.5, unit = "casualties per effective shooter per day",
                    about = "aimed-fire attrition coefficient (square law)",
                    source = "assumed; order of magnitude fitted to 004: 25 Chadian dead to ~150 ambushers over three ambushes")
            double aimedFireRate,
            @Param(value = 0.0001, min = 0, max = 0.01, unit = "per effective soldier per guerrilla per day",
                    about = "area-fire coefficient of a conventional force against guerrillas (Deitchman)",
                    source = "assumed; 150 dispersed fighters facing 500 troops in open desert lose about 10 a day, fewer than a concentration under aimed fire")
            double areaFireRate,
            @Param(value = 3.0, min = 1, max = 10, unit = "multiplier",
                    about = "fire multiplier of guerrillas ambushing a moving force in mountains, or raiding by surprise (R10)",
                    source = "assumed; 004: Chadian column hit in three ambushes")
            double ambushFactor,
            @Param(value = 1.5, min = 1, max = 5, unit = "divisor",
                    about = "fire received by the side holding the town it fights in is divided by this",
                    source = "assumed")
            double urbanDefenceFactor,
            @Param(value = 2.0, min = 1, max = 10, unit = "divisor",
                    about = "fire received in mountain terrain is divided by this",
                    source = "assumed; 004: caves, boulders of the Ifoghas")
            double mountainDefenceFactor,
            @Param(value = 1.0, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of French troops (reference)",
                    source = "assumed reference value")
            double qualityFrance,
            @Param(value = 0.9, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of Chadian troops",
                    source = "assumed; 004: Chad did the real fighting in the far north")
            double qualityChad,
            @Param(value = 0.4, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of the Malian army",
                    source = "assumed; 004: disheveled army, defections, fled Konna")
            double qualityFama,
            @Param(value = 0.7, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of the 2022 partner force",
                    source = "assumed")
            double qualityPartner,
            @Param(value = 0.7, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of jihadist fighters",
                    source = "assumed")
            double qualityJihadist,
            @Param(value = 0.5, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of MNLA/IMA fighters",
                    source = "assumed")
            double qualitySeparatist,
            @Param(value = 0.5, min = 0, max = 3, unit = "multiplier",
                    about = "extra fire of a fully motorised unit (one vehicle per 8 men)",
                    source = "assumed; 004: technicals, armoured vehicles")
            double vehicleBonus,
            @Param(value = 0.12, min = 0.01, max = 1, unit = "share of strength",
                    about = "a side losing this share in a day breaks off",
                    source = "assumed")
            double breakLossShare,
            @Param(value = 12, min = 1, max = 100, unit = "km",
                    about = "hostile units closer than this fight",
                    source = "assumed; about one cell")
            double engageRadiusKm) {}

    private final Params p;
    private final CombatPower power;
    private final GarrisonCollapse collapse;
    private final Dispersal dispersal;

    Combat(Params p, CombatPower power, GarrisonCollapse collapse, Dispersal dispersal) {
        this.p = p;
        this.power = power;
        this.collapse = collapse;
        this.dispersal = dispersal;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    static boolean guerrilla(Unit u) {
        if (u instanceof ArmedUnit a) {
            Posture ps = a.getPosture();
            return ps == Posture.DISPERSE || ps == Posture.HIDE || ps == Posture.REDOUBT || ps == Posture.RAID;
        }
        return false;
    }

    /** Finds today's engagements and resolves each once. */
    public void apply(World w) {
        int day = w.day();
        List<Unit> us = new ArrayList<>(w.units());
        int n = us.size();
        // coarse grid of 4x4 map cells (about 44 km, more than the engagement radius) for neighbour search
        int cellSpan = Math.max(1, (int) Math.ceil(p.engageRadiusKm / 9.4));
        int gw = org.sahelsim.map.MaliMap.WIDTH / cellSpan + 2;
        int gh = org.sahelsim.map.MaliMap.HEIGHT / cellSpan + 2;
        int[] head = new int[gw * gh];
        java.util.Arrays.fill(head, -1);
        int[] next = new int[n];
        int[] bucket = new int[n];
        for (int i = n - 1; i >= 0; i--) { // reverse insert keeps each bucket in id order
            Unit u = us.get(i);
            int bx = Math.max(0, Math.min(gw - 1, (int) Math.floor(u.getX() / cellSpan) + 1));
            int by = Math.max(0, Math.min(gh - 1, (int) Math.floor(u.getY() / cellSpan) + 1));
            bucket[i] = by * gw + bx;
            next[i] = head[bucket[i]];
            head[bucket[i]] = i;
        }
        List<Unit> near = new ArrayList<>();
        List<Unit> enemies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Unit u = us.get(i);
            if (!u.isAlive() || u.getLastCombatDay() == day || !World.visible(u)) {
                continue;
            }
            near.clear();
            int bx = bucket[i] % gw;
            int by = bucket[i] / gw;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int cx = bx + dx;
                    int cy = by + dy;
                    if (cx < 0 || cy < 0 || cx >= gw || cy >= gh) {
                        continue;
                    }
                    for (int j = head[cy * gw + cx]; j >= 0; j = next[j]) {
                        near.add(us.get(j));
                    }
                }
            }
            if (near.size() < 2) {
                continue;
            }
            near.sort((a, b) -> Integer.compare(a.getId(), b.getId())); // id order, as a full scan would give
            enemies.clear();
            for (Unit v : near) {
                if (v != u && w.hostile(u.getFaction(), v.getFaction()) && w.within(u, v, p.engageRadiusKm)
                        && v.isAlive() && v.getLastCombatDay() != day && World.visible(v)) {
                    enemies.add(v);
                }
            }
            if (enemies.isEmpty()) {
                continue;
            }
            if (w.truces().suppresses(w, u.getFaction(), enemies.get(0).getFaction(), u, enemies.get(0))) {
                continue;
            }
            List<Unit> friends = new ArrayList<>();
            Side side = w.sideOf(u.getFaction());
            for (Unit v : near) {
                if (v.isAlive() && v.getLastCombatDay() != day && World.visible(v) && w.sideOf(v.getFaction()) == side
                        && w.within(u, v, p.engageRadiusKm) && !enemies.contains(v)) {
                    friends.add(v);
                }
            }
            if (!friends.contains(u)) {
                friends.add(0, u);
            }
            engage(w, friends, new ArrayList<>(enemies), 1.0, 1.0, null);
        }
    }

    /**
     * Resolves one day of fighting between two groups. A garrison facing a superior column may
     * rout instead (R2). Returns the casualties of side a and b.
     */
    public int[] engage(World w, List<Unit> a, List<Unit> b, double surpriseA, double surpriseB, String note) {
        int day = w.day();
        for (Unit u : a) {
            u.setLastCombatDay(day);
        }
        for (Unit u : b) {
            u.setLastCombatDay(day);
        }
        if (collapse.tryRout(w, a, b) || collapse.tryRout(w, b, a)) {
            return new int[] {0, 0};
        }
        // ambush: guerrillas in mountains or the redoubt surprise a moving force (004, Ametetai)
        surpriseB = Math.max(surpriseB, ambush(w, b, a));
        surpriseA = Math.max(surpriseA, ambush(w, a, b));
        double effA = power.effective(w, a);
        double effB = power.effective(w, b);
        int sA = strength(a);
        int sB = strength(b);
        double meanLossB = fire(w, a, b, effA, sB, surpriseA);
        double meanLossA = fire(w, b, a, effB, sA, surpriseB);
        int lossA = Math.min(sA, w.poisson(meanLossA));
        int lossB = Math.min(sB, w.poisson(meanLossB));
        distribute(w, a, lossA);
        distribute(w, b, lossB);
        Unit where = b.get(0);
        String n = note != null ? note : (a.get(0).getFaction().id() + " vs " + b.get(0).getFaction().id());
        w.emit(SubEventType.ARMED_CLASH, a.get(0).getFaction(), b.get(0).getFaction().id(), where.getX(), where.getY(),
                lossA + lossB, n);
        breakOff(w, a, lossA, sA, b);
        breakOff(w, b, lossB, sB, a);
        return new int[] {lossA, lossB};
    }

    private double ambush(World w, List<Unit> ambushers, List<Unit> victims) {
        boolean allGuerrilla = !ambushers.isEmpty();
        boolean hidden = false;
        for (Unit u : ambushers) {
            allGuerrilla &= guerrilla(u);
            hidden |= w.inRedoubt(u) || w.terrainAt(u) == Terrain.MOUNTAIN;
        }
        boolean moving = false;
        for (Unit v : victims) {
            if (v instanceof ForceUnit f && (f.getMission() == Mission.CLEAR || f.getMission() == Mission.ADVANCE)) {
                moving = true;
            }
        }
        return allGuerrilla && hidden && moving ? p.ambushFactor : 1.0;
    }

    /** Expected losses that shooters inflict on targets. */
    private double fire(World w, List<Unit> shooters, List<Unit> targets, double effShooters, int nTargets, double surprise) {
        boolean shootersAreForce = false;
        for (Unit u : shooters) {
            shootersAreForce |= u instanceof ForceUnit;
        }
        boolean targetsGuerrilla = true;
        double defence = 0;
        for (Unit u : targets) {
            targetsGuerrilla &= guerrilla(u);
            defence += power.defence(w, u) * u.getStrength();
        }
        defence = nTargets == 0 ? 1 : defence / nTargets;
        double mean;
        if (shootersAreForce && targetsGuerrilla) {
            mean = p.areaFireRate * effShooters * nTargets; // unaimed fire at an elusive target
        } else {
            mean = p.aimedFireRate * effShooters;           // aimed fire
        }
        return mean * surprise / defence;
    }

    private static int strength(List<Unit> us) {
        int s = 0;
        for (Unit u : us) {
            s += u.getStrength();
        }
        return s;
    }

    /** Spreads losses over units in proportion to their strength; counts them as casualties. */
    public static void distribute(World w, List<Unit> us, int losses) {
        int total = strength(us);
        if (losses <= 0 || total <= 0) {
            return;
        }
        int left = losses;
        for (int i = 0; i < us.size() && left > 0; i++) {
            Unit u = us.get(i);
            int l = i == us.size() - 1 ? left : (int) Math.min(left, Math.round((double) losses * u.getStrength() / total));
            l = Math.min(l, u.getStrength());
            u.setStrength(u.getStrength() - l);
            u.setVehicles(Math.min(u.getVehicles(), (int) Math.ceil(u.getVehicles() * (1.0 - (double) l / Math.max(1, u.getStrength() + l)))));
            w.addCasualties(w.sideOf(u.getFaction()), l);
            left -= l;
        }
    }

    private void breakOff(World w, List<Unit> side, int loss, int strength, List<Unit> enemy) {
        if (strength == 0 || (double) loss / strength < p.breakLossShare) {
            return;
        }
        double ex = enemy.get(0).getX();
        double ey = enemy.get(0).getY();
        for (Unit u : side) {
            if (!u.isAlive()) {
                continue;
            }
            if (u instanceof ArmedUnit a && a.getPosture() != Posture.RAID) {
                dispersal.disperse(w, a, ex, ey); // raiders (R10) simply rejoin their cell
            } else if (u instanceof ForceUnit f && f.getMission() == Mission.GARRISON) {
                collapse.retreat(w, f);
            }
        }
    }

    /** Distance helper for other rules. */
    static double km(Unit u, double x, double y) {
        return Grid.km(u.getX(), u.getY(), x, y);
    }
}
