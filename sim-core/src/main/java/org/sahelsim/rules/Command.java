package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Region;
import org.sahelsim.map.RoadClass;
import org.sahelsim.map.Town;
import org.sahelsim.scenario.Intent;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.World;

/**
 * The commanders of government and intervention forces (issue 11; R9, R11, R12). Each day every
 * force unit with an intent chooses an objective town from what its side knows (town control,
 * hostile strength seen near its units and near the towns its side holds, with noise; a prior for
 * hostile towns nobody has seen), the force ratio it would bring (R17's effective strength against
 * the estimated occupiers behind urban defence), and the travel time by road (road class, and the
 * clearing of hostile towns on the way), under R12. The score is
 * {@code value x min(1, r/ratioAttack)^2 / (1 + T/horizonDays) x exp(noise)}; a unit keeps
 * yesterday's objective unless a new one scores {@code 1 + hysteresis} times more. A hostile-held
 * town on the road is taken first. With too weak a ratio the unit waits at the last town at least
 * {@code standoffKm} short of it and scores again the next day. Taken towns keep a garrison
 * (R9's leaveGarrison). {@code support} only goes where the supported faction is near;
 * {@code takeover} relieves intervention detachments in government towns (R11).
 */
public final class Command implements Rule {
    @ParamGroup(prefix = "command", rule = "R9")
    public record Params(
            @Param(value = 3, min = 0.1, max = 20, unit = "ratio",
                    about = "effective strength ratio French columns want before attacking a town",
                    source = "doctrine: the 3:1 planning rule for the attacker")
            double ratioAttackFrance,
            @Param(value = 2, min = 0.1, max = 20, unit = "ratio",
                    about = "ratio the Chadian contingent wants before attacking",
                    source = "assumed; 004 l.56: the Chadians 'have done the only real fighting in the far north'")
            double ratioAttackChad,
            @Param(value = 3, min = 0.1, max = 20, unit = "ratio",
                    about = "ratio the Malian army and the junta's partner want before attacking",
                    source = "doctrine: the 3:1 planning rule")
            double ratioAttackFama,
            @Param(value = 5, min = 0.1, max = 20, unit = "ratio",
                    about = "ratio AFISMA and UN units want before attacking",
                    source = "assumed; 004 l.56: AFISMA 'yet to do any real front line engagement'")
            double ratioAttackAfrican,
            @Param(value = 100, min = 0, max = 5000, unit = "fighters",
                    about = "occupiers a commander assumes in a hostile-held town nobody of its side has seen",
                    source = "assumed")
            double priorOccupiers,
            @Param(value = 50, min = 0, max = 500, unit = "km",
                    about = "a side sees the hostile units within this distance of its units and of the towns it holds",
                    source = "assumed (ground contact, town reports)")
            double sightKm,
            @Param(value = 0.3, min = 0, max = 2, unit = "sigma of a lognormal",
                    about = "error of a commander's estimate of hostile strength",
                    source = "assumed")
            double intelSigma,
            @Param(value = 0.15, min = 0, max = 2, unit = "sigma of a lognormal",
                    about = "noise of a commander's daily scoring of objectives",
                    source = "assumed")
            double decisionSigma,
            @Param(value = 0.25, min = 0, max = 5, unit = "share",
                    about = "how much better a new objective must score before a unit changes its objective",
                    source = "assumed")
            double hysteresis,
            @Param(value = 3, min = 0.1, max = 60, unit = "days",
                    about = "travel time at which an objective's score is halved",
                    source = "assumed")
            double horizonDays,
            @Param(value = 30, min = 0, max = 300, unit = "km",
                    about = "a unit short of the force ratio waits at a town at least this far from its objective",
                    source = "assumed (out of direct-fire and mortar range)")
            double standoffKm,
            @Param(value = 100, min = 0, max = 1000, unit = "km",
                    about = "a supporting force (intent support) only goes for a town a unit of the supported faction is this close to",
                    source = "assumed; 004 l.28: 'French troops, followed by their Malian counterparts'")
            double supportRadiusKm,
            @Param(value = 1, min = 0, max = 1, unit = "weight",
                    about = "value of a town held by a non-hostile, non-government faction (e.g. the MNLA in Kidal), entered with its consent, against a hostile-held one",
                    source = "004 l.43: in Kidal the French and Chadians 'struck an accord of sorts with the MNLA' and the MIA and 'would work with militant groups on the ground who were not diametrically opposed to their presence'; l.21: the intent names the Kidal region (was 0.5, assumed)")
            double neutralTownWeight,
            @Param(value = 0.25, min = 0, max = 10, unit = "days per 100 occupiers",
                    about = "mean time to clear a taken town (IEDs, belts, stay-behinds) per 100 fighters that held it (R9: control only after clearing)",
                    source = "assumed; 004 l.49: IED components and pre-assembled suicide belts found, terrain 'swept arduously'")
            double clearDaysPer100,
            @Param(value = 6, min = 0, max = 60, unit = "days",
                    about = "longest clearing of a town",
                    source = "assumed")
            double maxClearDays,
            @Param(value = 14, min = 1, max = 365, unit = "days",
                    about = "memory of a town's occupiers: mean over about this many days",
                    source = "assumed")
            double occupationMemoryDays,
            @Param(value = 0.3, min = 0, max = 10, unit = "days",
                    about = "mean pause of a column after taking a town, to install its detachment, before it moves on",
                    source = "assumed")
            double secureBaseDays,
            @Param(value = 5, min = 0.5, max = 60, unit = "days of supply",
                    about = "days of fuel, water and ammunition a French manoeuvre unit carries",
                    source = "assumed (order of the doctrinal days of supply carried by a mechanised unit)")
            double carriedSupplyDaysFrance,
            @Param(value = 3, min = 0.5, max = 60, unit = "days of supply",
                    about = "days of supply other manoeuvre units (Chad, FAMa, AFISMA, UN, partner) carry",
                    source = "assumed")
            double carriedSupplyDaysOther,
            @Param(value = 0.3, min = 0, max = 1, unit = "days of supply per day",
                    about = "supply used by a unit that does not move in a day (one that moves uses 1)",
                    source = "assumed")
            double staticSupplyUse,
            @Param(value = 1.5, min = 0, max = 20, unit = "days of supply per day",
                    about = "resupply of a unit standing in or near a town its side has held at least forwardBaseDays",
                    source = "assumed")
            double resupplyDaysPerDay,
            @Param(value = 3, min = 0, max = 60, unit = "days",
                    about = "a town its side has held this long serves as a supply point",
                    source = "assumed; 004 l.39: 'the last major forward logistical phase'")
            double forwardBaseDays,
            @Param(value = 1, min = 0, max = 30, unit = "days of supply",
                    about = "below this a manoeuvre unit takes no forward objective and falls back on the nearest town its side holds",
                    source = "assumed")
            double reserveSupplyDays,
            @Param(value = 2000, min = 0, max = 10000, unit = "km",
                    about = "an airborne unit (mobility airborne) is flown to objectives at most this far from its air base",
                    source = "assumed: radius of a C-130/C-160 class tactical transport with a load of troops (range about 4,000 km with some 8 t, manufacturers' data)")
            double airborneRangeKm,
            @Param(value = 3, min = 0, max = 30, unit = "days",
                    about = "an airborne unit seizes a town only when a ground manoeuvre unit of its side can reach it within this many days (link-up)",
                    source = "assumed (doctrine: a light airborne force holds a lodgement only until relieved by ground forces within days); public reporting: the Timbuktu drop of Jan 27-28 2013 and the air-landing at Kidal Jan 29-30 were joined by ground columns within days")
            double airborneLinkUpDays,
            @Param(value = 2, min = 0, max = 30, unit = "days",
                    about = "days an airborne unit needs after it flew back to its base before it can be flown again",
                    source = "assumed (recovery, repacking, aircraft turnaround)")
            double airborneTurnaroundDays,
            @Param(value = 1, min = 0, max = 30, unit = "days",
                    about = "an airborne unit is flown only where it arrives at least this many days before the nearest ground column; among such towns it prefers value x days gained",
                    source = "assumed (a drop that gains less than a day over the column is not worth the aircraft and the risk)")
            double airborneMinGainDays,
            @Param(value = 2, min = 0, max = 20, unit = "town value",
                    about = "value of closing the hostile sanctuary's way out: a town not held by the side within gateKm of the sanctuary (the redoubt, while hostile units shelter in it) adds this times exp(-km to the Algerian border / borderScaleKm)",
                    source = "assumed: a sanctuary weighs like the +1 of a regional capital on a town of 10,000 (townValue 2); 004 l.39: holding Aguelhok and Tessalit 'partially encircled the Ifoghas and Tigharghar mountains'; l.41: 'difficult for the Islamists to resupply'; l.47: the assault was prepared 'to prevent jihadists from slipping over the border to Algeria'")
            double sanctuaryValue,
            @Param(value = 30, min = 0, max = 500, unit = "km",
                    about = "a town this close to a cell of the hostile sanctuary commands a way into and out of it",
                    source = "assumed (half a day's march on a track; the Ametetai valley lies 'midway between Tessalit and Aguelhok', 004 l.47)")
            double gateKm,
            @Param(value = 100, min = 1, max = 2000, unit = "km",
                    about = "distance to the Algerian border over which a gate town's value of closing the way out falls by e",
                    source = "assumed (about a day's drive on the desert tracks of the Adrar des Ifoghas)")
            double borderScaleKm) {}

    private static final List<Faction> ORDER = List.of(Faction.FRANCE, Faction.CHAD, Faction.FAMA, Faction.AFISMA, Faction.UN, Faction.PARTNER);

    private final Params p;
    private final CombatPower power;
    private final Liberation liberation;
    private final Marches marches;
    private final SouthwardOffensive.Params offensive;
    /** A faction's standing intent (intent events without strength). */
    private final Map<Faction, Intent> standing = new EnumMap<>(Faction.class);
    /** Today's picture: estimated hostile strength at each town (by town index), per side. */
    private final Map<Side, double[]> picture = new EnumMap<>(Side.class);
    /** Per town (by index): km to the nearest cell of the redoubt and to the nearest Algerian border cell; computed once per world. */
    private double[][] gates;
    private World gatesFor;
    /** Today: whether hostile units (of some side) shelter in the redoubt, per side of the commander. */
    private final Map<Side, Boolean> sanctuaryManned = new EnumMap<>(Side.class);
    /** A commander's lasting judgement of each objective: lognormal factor per (unit, town), drawn once. */
    private final Map<Long, Double> bias = new HashMap<>();

    Command(Params p, CombatPower power, Liberation liberation, Marches marches, SouthwardOffensive.Params offensive) {
        this.p = p;
        this.offensive = offensive;
        this.power = power;
        this.liberation = liberation;
        this.marches = marches;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return "R9";
    }

    @Override
    public List<EventHandler<?>> handlers() {
        return List.of(EventHandler.on(ScenarioEvent.NewIntent.class, this::onNewIntent));
    }

    /** A dated decision: the faction's units (or the nearest with the given strength) serve a new intent. */
    private void onNewIntent(World w, ScenarioEvent.NewIntent ni) {
        Faction f = Faction.require(ni.faction());
        Intent in = ni.intent();
        Intent previous = standing.get(f);
        List<ForceUnit> mine = new ArrayList<>();
        for (ForceUnit u : w.forceUnits()) {
            if (!u.isAlive() || u.getFaction() != f || u.getMission() == Mission.WITHDRAW || u.getMission() == Mission.GARRISON) {
                continue;
            }
            // a faction's intent goes to the units serving the faction's intent, not to those with orders of their own
            if (ni.strength() != null || u.getIntent() == null || u.getIntent() == previous) {
                mine.add(u);
            }
        }
        if (ni.strength() == null) {
            standing.put(f, in);
            for (ForceUnit u : mine) {
                assign(u, in);
            }
            return;
        }
        double[] at = place(w, in);
        mine.sort(Comparator.comparingDouble((ForceUnit u) -> Grid.km(u.getX(), u.getY(), at[0], at[1])).thenComparingInt(Unit::getId));
        int given = 0;
        for (ForceUnit u : mine) {
            if (given >= ni.strength()) {
                break;
            }
            assign(u, in);
            given += u.getStrength();
        }
        w.emit(SubEventType.OTHER, f, "", at[0], at[1], 0, f.id() + " assigns " + given + " troops to " + in.type()
                + (ni.note() == null ? "" : ": " + ni.note()) + " (R9 command)");
    }

    /** The intent a newly arrived unit without its own takes: its faction's standing intent. */
    public Intent standing(Faction f) {
        return standing.get(f);
    }

    static void assignIntent(ForceUnit u, Intent in) {
        assign(u, in);
    }

    private static void assign(ForceUnit u, Intent in) {
        u.setIntent(in);
        u.setObjective(null, 0);
        u.setWaiting(false);
        if (in.is("withdraw")) {
            u.setMission(Mission.WITHDRAW);
        } else if (in.is("clear")) {
            u.setMission(Mission.CLEAR);
        } else if (in.is("defend")) {
            u.setMission(Mission.GARRISON);
            u.setPost(null);
        } else {
            u.setMission(Mission.ADVANCE);
        }
    }

    /** Centre of an intent's place (cell coordinates): its first town, map region or administrative region. */
    static double[] place(World w, Intent in) {
        for (String t : in.towns()) {
            TownAgent a = w.town(t);
            if (a != null) {
                return new double[] {a.centreX(), a.centreY()};
            }
        }
        for (String r : in.regions()) {
            Region reg = w.map().region(r);
            if (reg != null) {
                return new double[] {Grid.x(reg.centroidLon()), Grid.y(reg.centroidLat())};
            }
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (TownAgent a : w.towns()) {
                if (r.equals(a.getRegion())) {
                    sx += a.centreX();
                    sy += a.centreY();
                    n++;
                }
            }
            if (n > 0) {
                return new double[] {sx / n, sy / n};
            }
        }
        return new double[] {0, 0};
    }

    // ------------------------------------------------------------------ daily decisions

    public void apply(World w) {
        picture.clear();
        sanctuaryManned.clear();
        List<ForceUnit> units = new ArrayList<>();
        for (ForceUnit f : w.forceUnits()) {
            if (f.isAlive()) {
                if (f.getIntent() == null && f.getMission() == Mission.ADVANCE && standing.containsKey(f.getFaction())) {
                    assign(f, standing.get(f.getFaction()));
                }
                units.add(f);
            }
        }
        units.sort(Comparator.comparingInt((ForceUnit f) -> ORDER.indexOf(f.getFaction())).thenComparingInt(Unit::getId));
        for (ForceUnit f : units) {
            supply(w, f);
        }
        Map<TownAgent, Double> assigned = new HashMap<>();
        for (ForceUnit f : units) {
            Intent in = f.getIntent();
            if (in == null || f.getMission() == Mission.WITHDRAW || f.getMission() == Mission.CLEAR) {
                continue;
            }
            if (f.isAirborne() && (in.is("reconquer") || in.is("support"))) {
                airborne(w, f, in);
            } else if (in.is("defend")) {
                defend(w, f, in);
            } else if (in.is("reconquer") || in.is("support")) {
                reconquer(w, f, in, assigned);
            } else if (in.is("takeover")) {
                takeover(w, f, in, assigned);
            }
        }
    }

    /**
     * defend: with one town (or none), hold it (or where the unit stands); with several, go to the
     * named town under the greatest threat (hostile strength seen within sightKm, per inhabitant
     * weight), keeping its post unless another is threatened {@code 1 + hysteresis} times more.
     */
    private void defend(World w, ForceUnit f, Intent in) {
        List<TownAgent> towns = new ArrayList<>();
        for (String name : in.towns()) {
            TownAgent t = w.town(name);
            if (t != null && w.access().allowedTown(f.getFaction(), t)) {
                towns.add(t);
            }
        }
        if (towns.size() <= 1) {
            if (f.getPost() == null) {
                f.setPost(towns.isEmpty() ? f.getTown() : towns.get(0));
            }
            return;
        }
        if (f.getPost() != null && f.getTown() != f.getPost() && f.hasDestination()) {
            return; // on its way
        }
        TownAgent best = null;
        double bestThreat = 0;
        double current = 0;
        for (TownAgent t : towns) {
            double threat = 0;
            for (ArmedUnit a : w.armedUnits()) {
                if (a.isAlive() && World.visible(a) && !a.isInExile() && w.hostile(f.getFaction(), a.getFaction()) && w.within(a, t, p.sightKm)) {
                    threat += power.effective(w, a);
                }
            }
            threat *= townValue(w, t) * bias(w, f, t);
            if (t == f.getPost()) {
                current = threat;
            }
            if (threat > bestThreat) {
                bestThreat = threat;
                best = t;
            }
        }
        if (f.getPost() == null) {
            f.setPost(best != null ? best : nearest(w, f, towns));
        } else if (best != null && best != f.getPost() && bestThreat > (1 + p.hysteresis) * current) {
            f.setPost(best);
        }
    }

    private static TownAgent nearest(World w, ForceUnit f, List<TownAgent> towns) {
        TownAgent best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (TownAgent t : towns) {
            if (w.km(f, t) < bestKm) {
                bestKm = w.km(f, t);
                best = t;
            }
        }
        return best;
    }

    /** The town a unit plans from: where it is, else the end of its road path, else the nearest town. */
    private static TownAgent origin(World w, ForceUnit f) {
        if (f.getTown() != null) {
            return f.getTown();
        }
        TownAgent end = legEnd(w, f);
        if (end != null) {
            return end;
        }
        TownAgent best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (TownAgent t : w.towns()) {
            double km = w.km(f, t);
            if (km < bestKm) {
                bestKm = km;
                best = t;
            }
        }
        return best;
    }

    private boolean heldBySide(World w, ForceUnit f, TownAgent t) {
        return t.getControlSide() == w.sideOf(f.getFaction());
    }

    private boolean hostileHeld(World w, ForceUnit f, TownAgent t) {
        return t.getControlFaction() != null && w.hostile(f.getFaction(), t.getControlFaction());
    }

    private double attackRatio(Faction f) {
        return switch (f) {
            case FRANCE -> p.ratioAttackFrance;
            case CHAD -> p.ratioAttackChad;
            case AFISMA, UN -> p.ratioAttackAfrican;
            default -> p.ratioAttackFama;
        };
    }

    /** The side's estimate of the hostile strength holding or standing near a town (noisy; prior when unseen). */
    double estimate(World w, ForceUnit f, TownAgent t) {
        Side side = w.sideOf(f.getFaction());
        double[] pic = picture.computeIfAbsent(side, s -> new double[w.towns().size()]);
        if (pic[t.index()] != 0) {
            return pic[t.index()] - 1;
        }
        boolean seen = false;
        for (Unit u : w.units()) {
            if (u instanceof ForceUnit g && g.isAlive() && w.sideOf(g.getFaction()) == side && w.within(g, t, p.sightKm)) {
                seen = true;
                break;
            }
        }
        if (!seen) {
            for (TownAgent o : w.towns()) {
                if (o.getControlSide() == side && w.km(o, t) <= p.sightKm) {
                    seen = true;
                    break;
                }
            }
        }
        double e;
        if (seen) {
            double s = 0;
            for (ArmedUnit a : w.armedUnits()) {
                if (a.isAlive() && World.visible(a) && !a.isInExile() && w.hostile(f.getFaction(), a.getFaction())
                        && w.within(a, t, 30)) {
                    s += power.effective(w, a);
                }
            }
            e = s * Math.exp(p.intelSigma * w.random().nextGaussian() - p.intelSigma * p.intelSigma / 2);
        } else {
            e = hostileHeld(w, f, t) ? p.priorOccupiers * power.quality(w, t.getControlFaction()) : 0;
        }
        pic[t.index()] = e + 1;
        return e;
    }

    /** Expected days from a town to another by road, with clearing of the hostile-held towns on the way. */
    double travelDays(World w, ForceUnit f, TownAgent from, List<Town> path) {
        double days = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            Town a = path.get(i);
            Town b = path.get(i + 1);
            TownAgent tb = w.town(b);
            double km = Grid.km(a.x() + 0.5, a.y() + 0.5, b.x() + 0.5, b.y() + 0.5);
            for (var l : w.map().links(a)) {
                if (l.to().equals(b) || l.from().equals(b)) {
                    km = l.km();
                }
            }
            RoadClass c = Marches.classOf(w, a, b);
            boolean hostile = tb != null && hostileHeld(w, f, tb);
            days += km / (marches.kmPerDay(c) * (hostile ? marches.params().tacticalFactor() : 1));
            if (hostile) {
                days += clearDays(tb.getOccupiers());
            }
        }
        return days;
    }

    /** Value of a town: 1 + log10(1 + population/10,000), + 1 for the largest town of its administrative region (its capital). */
    static double townValue(World w, TownAgent t) {
        boolean capital = t.getRegion() != null && !t.getRegion().isBlank();
        for (TownAgent o : w.towns()) {
            if (capital && o != t && t.getRegion().equals(o.getRegion()) && o.getPopulation() > t.getPopulation()) {
                capital = false;
            }
        }
        return 1 + Math.log10(1 + t.getPopulation() / 10_000.0) + (capital ? 1 : 0);
    }

    double clearDays(double occupiers) {
        return Math.min(p.maxClearDays, p.clearDaysPer100 * occupiers / 100);
    }

    private boolean inRegions(TownAgent t, Intent in) {
        if (in.regions().isEmpty() && in.towns().isEmpty()) {
            return true;
        }
        return in.regions().contains(t.getRegion()) || in.towns().stream().anyMatch(n -> MaliMap.get().places().same(n, t.getName()));
    }

    private boolean pathAllowed(World w, ForceUnit f, List<Town> path) {
        for (Town t : path) {
            TownAgent a = w.town(t);
            if (a == null || !w.access().allowedTown(f.getFaction(), a)) {
                return false;
            }
        }
        return true;
    }

    private record Option(TownAgent town, List<Town> path, double score, double ratio) {}

    /**
     * Supplies of manoeuvre units (reconquer, support, clear): they use a day of supply a day on the
     * move (staticSupplyUse when they stay) and are resupplied in or near (sightKm) a town their
     * side has held for forwardBaseDays.
     */
    private void supply(World w, ForceUnit f) {
        Intent in = f.getIntent();
        if (in == null || !(in.is("reconquer") || in.is("support") || in.is("clear")) || f.isAirborne()) {
            return; // airborne units are supplied by air
        }
        double carried = f.getFaction() == Faction.FRANCE ? p.carriedSupplyDaysFrance : p.carriedSupplyDaysOther;
        if (Double.isNaN(f.getSupplyDays())) {
            f.setSupplyDays(carried);
            return;
        }
        boolean base = false;
        for (TownAgent t : w.towns()) {
            if (heldBySide(w, f, t) && !t.isContested() && w.day() - t.getControlSinceDay() >= p.forwardBaseDays
                    && w.within(f, t, p.sightKm)) {
                base = true;
                break;
            }
        }
        double use = f.hasDestination() ? 1 : p.staticSupplyUse;
        double s = f.getSupplyDays() - use + (base ? p.resupplyDaysPerDay : 0);
        f.setSupplyDays(Math.max(0, Math.min(carried, s)));
    }

    /**
     * Short of supply (below reserveSupplyDays): hold in a town its side holds, or fall back to the
     * nearest one, until the supplies are full again. True when it must.
     */
    private boolean shortOfSupply(World w, ForceUnit f) {
        if (Double.isNaN(f.getSupplyDays())) {
            return false;
        }
        double carried = f.getFaction() == Faction.FRANCE ? p.carriedSupplyDaysFrance : p.carriedSupplyDaysOther;
        if (f.getSupplyDays() < p.reserveSupplyDays) {
            f.setResupplying(true);
        } else if (f.getSupplyDays() >= carried - 1e-9) {
            f.setResupplying(false);
        }
        if (!f.isResupplying()) {
            return false;
        }
        if (f.getTown() != null && heldBySide(w, f, f.getTown())) {
            f.clearMovement();
            return true;
        }
        TownAgent best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (TownAgent t : w.towns()) {
            if (heldBySide(w, f, t) && w.access().allowedTown(f.getFaction(), t) && w.km(f, t) < bestKm) {
                bestKm = w.km(f, t);
                best = t;
            }
        }
        if (best != null) {
            route(w, f, best);
        }
        return true;
    }

    private void reconquer(World w, ForceUnit f, Intent in, Map<TownAgent, Double> assigned) {
        if (f.getHaltedUntilDay() >= w.day()) {
            return;
        }
        if (shortOfSupply(w, f)) {
            f.setWaiting(false);
            return;
        }
        TownAgent from = origin(w, f);
        if (from == null) {
            return;
        }
        // a town its side has just taken where it stands (its objective or one on the road): leave a garrison
        if (f.getTown() != null && heldBySide(w, f, f.getTown()) && ((f.getTown().getControlSinceDay() >= w.day() - 1
                && f.getTown().getControlSinceDay() > 0) || lodgement(w, f, f.getTown()))) {
            liberation.leaveGarrison(w, f, f.getTown());
        }
        // its objective taken: pause to install the detachment, then choose again
        if (f.getObjective() != null && f.getTown() == f.getObjective() && heldBySide(w, f, f.getTown())) {
            double pause = gamma3(w, p.secureBaseDays * (1 + Math.log10(Math.max(1, f.getTown().getPopulation() / 10_000.0))));
            f.setHaltedUntilDay(w.day() + (int) Math.floor(pause + w.random().nextDouble()) - 1);
            f.setObjective(null, 0);
            if (f.getHaltedUntilDay() >= w.day()) {
                f.clearMovement();
                return;
            }
        }
        // standing in its objective while it is being cleared (R9): it stays until the town is its side's
        if (f.getObjective() != null && f.getTown() == f.getObjective() && !heldBySide(w, f, f.getTown()) && !f.getTown().isContested()
                && f.getTown().getClearedOnDay() > w.day()) {
            f.clearMovement();
            return;
        }
        // its objective is an airborne lodgement of its side: it goes to link up, without choosing again
        TownAgent obj = f.getObjective();
        if (obj != null && heldBySide(w, f, obj) && f.getTown() != obj && lodgement(w, f, obj)) {
            f.setWaiting(false);
            route(w, f, obj);
            return;
        }
        Faction with = in.with() == null ? null : Faction.parse(in.with());
        double own = power.effective(w, f);
        Option current = null;
        Option best = null;
        for (TownAgent t : w.towns()) {
            boolean lodgement = heldBySide(w, f, t) && lodgement(w, f, t);
            if ((heldBySide(w, f, t) && !lodgement) || t.getControlFaction() == null || !inRegions(t, in)
                    || !w.access().allowedTown(f.getFaction(), t)) {
                continue;
            }
            if (with != null && !supported(w, with, t)) {
                continue;
            }
            List<Town> path = f.getTown() == t ? List.of(t.town()) : w.movement().roadPath(w, from, t);
            if (path == null || !pathAllowed(w, f, path)) {
                continue;
            }
            // an airborne lodgement of its side waits for a ground unit (link-up): worth the town it holds
            double weight = hostileHeld(w, f, t) || lodgement ? 1 : p.neutralTownWeight;
            double value = weight * (townValue(w, t) + threatened(w, f, t) + denied(w, f, t));
            double enemy = estimate(w, f, t) * power.urbanDefenceFactor();
            double already = assigned.getOrDefault(t, 0.0);
            if (t != f.getObjective() && already > 0 && already >= attackRatio(f.getFaction()) * enemy) {
                continue; // enough force already goes for it today
            }
            double r = enemy <= 0 ? Double.POSITIVE_INFINITY : (own + assigned.getOrDefault(t, 0.0)) / enemy;
            double fr = Math.min(1, r / attackRatio(f.getFaction()));
            double days = travelDays(w, f, from, path);
            double score = value * fr * fr / (1 + days / p.horizonDays) * bias(w, f, t);
            Option o = new Option(t, path, score, r);
            if (t == f.getObjective()) {
                current = o;
            }
            if (best == null || score > best.score) {
                best = o;
            }
        }
        Option chosen = current != null && (best == null || best.score <= (1 + p.hysteresis) * current.score) ? current : best;
        if (chosen == null) {
            f.setObjective(null, 0);
            f.setWaiting(false);
            if (with != null) {
                follow(w, f, with);
            } else if (f.getTown() != null) {
                f.clearMovement(); // nothing left to take: hold where it stands
            }
            return;
        }
        f.setObjective(chosen.town, chosen.score);
        assigned.merge(chosen.town, own, Double::sum);
        // the first hostile-held town on the road is the immediate objective
        List<Town> path = chosen.path;
        int stop = path.size() - 1;
        for (int i = 1; i < path.size() - 1; i++) {
            TownAgent a = w.town(path.get(i));
            if (a != null && hostileHeld(w, f, a)) {
                stop = i;
                break;
            }
        }
        TownAgent target = w.town(path.get(stop));
        if (f.getTown() == null && from != chosen.town && hostileHeld(w, f, from)) {
            target = from; // the end of its current leg is hostile-held: take it first
            stop = 0;
        }
        double enemy = estimate(w, f, target) * power.urbanDefenceFactor();
        double r = enemy <= 0 ? Double.POSITIVE_INFINITY : (own + (target == chosen.town ? assigned.get(target) - own : 0)) / enemy;
        if (r < attackRatio(f.getFaction()) && f.getTown() != target) {
            // wait at the last town at least standoffKm short of it
            int wait = -1;
            for (int i = 0; i < stop; i++) {
                TownAgent a = w.town(path.get(i));
                if (a != null && !hostileHeld(w, f, a) && w.km(a, target) >= p.standoffKm) {
                    wait = i;
                }
            }
            f.setWaiting(true);
            if (wait <= 0 && f.getTown() != null) {
                f.clearMovement();
            } else if (wait <= 0) {
                // on the road towards it: back to the town the leg started from
                TownAgent back = f.path() == null ? null : w.town(f.path().get(f.pathIndex()));
                if (back != null && !hostileHeld(w, f, back)) {
                    w.movement().goTo(w, f, back);
                } else {
                    f.clearMovement();
                }
            } else {
                route(w, f, w.town(path.get(wait)));
            }
            return;
        }
        f.setWaiting(false);
        route(w, f, target);
    }

    /**
     * Value of the towns of its side that the occupiers of a hostile-held town threaten: when the
     * side sees there a force able to launch an offensive (R1's minColumnFighters), every town its
     * side holds within R1's rangeKm of it adds its value (004 l.21: France intervened because the
     * rebels "could invade Mali's capital"; the first objectives are the forces that threaten the
     * south, wherever they stand). 0 otherwise.
     */
    private double threatened(World w, ForceUnit f, TownAgent t) {
        if (!hostileHeld(w, f, t) || estimate(w, f, t) < offensive.minColumnFighters()) {
            return 0;
        }
        double v = 0;
        for (TownAgent o : w.towns()) {
            if (o != t && heldBySide(w, f, o) && w.km(o, t) <= offensive.rangeKm()) {
                v += townValue(w, o);
            }
        }
        return v;
    }

    /**
     * An airborne unit (mobility airborne): at its air base and ready, it is flown (parachuted or
     * air-landed), together with the other ready airborne units of its faction at that base, to the
     * best town of its intent's regions within airborneRangeKm that its side
     * does not hold, where their strength meets the attack ratio against the estimated hostile
     * strength (the occupiers, and half of the hostile units seen within sightKm), and that a
     * ground manoeuvre unit of its side can reach by road within airborneLinkUpDays (the link-up) but
     * not sooner than airborneMinGainDays; it prefers (value + what the town denies the enemy) x days gained over the column.
     * The drop is planned with that column: the column takes the lodgement as its objective and goes
     * there without choosing again (a link-up). The airborne troops hold the town until a ground unit
     * of its side stands there with them and the town is its side's (or, when no column comes, until
     * its side has held the town airborneLinkUpDays, 2 x airborneLinkUpDays when one still comes: the
     * lodgement is then given up, and the town stays its side's until another side holds it), then fly back to its base and are ready again after
     * airborneTurnaroundDays.
     */
    private void airborne(World w, ForceUnit f, Intent in) {
        TownAgent base = f.getAirBase();
        TownAgent at = f.getTown();
        if (at != null && at != base) {
            int held = w.day() - at.getControlSinceDay();
            boolean linked = groundUnitIn(w, f, at) || held >= 2 * p.airborneLinkUpDays
                    || (held >= p.airborneLinkUpDays && !columnComing(w, f, at));
            if (heldBySide(w, f, at) && !at.isContested() && linked) {
                f.setPosition(base.centreX(), base.centreY());
                f.setTown(base);
                f.clearMovement();
                f.setObjective(null, 0);
                f.setHaltedUntilDay(w.day() + (int) Math.ceil(p.airborneTurnaroundDays));
                w.emit(SubEventType.OTHER, f.getFaction(), "", base.centreX(), base.centreY(), 0,
                        f.getFaction().id() + " airborne troops relieved in " + at.getName() + " fly back to " + base.getName() + " (R9 command)");
            } else {
                f.clearMovement(); // hold the lodgement
            }
            return;
        }
        if (at != base || f.getHaltedUntilDay() >= w.day() || !heldBySide(w, f, base)) {
            return;
        }
        // the ready airborne units of its faction at the same base are flown together (one lift, one lodgement)
        List<ForceUnit> lift = new ArrayList<>();
        double own = 0;
        for (ForceUnit g : w.forceUnits()) {
            if (g.isAlive() && g.isAirborne() && g.getFaction() == f.getFaction() && g.getAirBase() == base && g.getTown() == base
                    && g.getHaltedUntilDay() < w.day() && g.getIntent() != null && (g.getIntent().is("reconquer") || g.getIntent().is("support"))) {
                lift.add(g);
                own += power.effective(w, g);
            }
        }
        TownAgent best = null;
        ForceUnit column = null;
        double bestScore = 0;
        for (TownAgent t : w.towns()) {
            if (heldBySide(w, f, t) || t.getControlFaction() == null || !inRegions(t, in) || !w.access().allowedTown(f.getFaction(), t)
                    || w.km(base, t) > p.airborneRangeKm) {
                continue;
            }
            double near = 0;
            for (ArmedUnit a : w.armedUnits()) {
                if (a.isAlive() && World.visible(a) && !a.isInExile() && w.hostile(f.getFaction(), a.getFaction()) && w.within(a, t, p.sightKm)) {
                    near += power.effective(w, a);
                }
            }
            double enemy = estimate(w, f, t) * power.urbanDefenceFactor() + 0.5 * near;
            if (own < attackRatio(f.getFaction()) * enemy) {
                continue;
            }
            double gain = linkUp(w, f, t);
            if (gain < p.airborneMinGainDays || gain > p.airborneLinkUpDays) {
                continue;
            }
            double weight = hostileHeld(w, f, t) ? 1 : p.neutralTownWeight;
            double score = weight * (townValue(w, t) + denied(w, f, t)) * gain * bias(w, f, t);
            if (score > bestScore) {
                bestScore = score;
                best = t;
                column = linkUnit;
            }
        }
        if (best == null) {
            return;
        }
        if (column != null) {
            column.setObjective(best, bestScore); // the drop is planned with the column that links up (it holds this objective, below)
        }
        for (ForceUnit g : lift) {
            g.setPosition(best.centreX(), best.centreY());
            g.setTown(best);
            g.clearMovement();
            g.setObjective(best, bestScore);
            w.emit(SubEventType.OTHER, g.getFaction(), best.getControlFaction().id(), best.centreX(), best.centreY(), 0,
                    g.getFaction().id() + " flies " + g.getStrength() + " airborne troops from " + base.getName() + " to " + best.getName()
                            + " (R9 command)");
        }
    }

    /** The ground unit found by the last {@link #linkUp} call (the one that would link up). */
    private ForceUnit linkUnit;

    /** Days the nearest ground manoeuvre unit of the airborne unit's side needs to reach the town by road (infinite beyond airborneLinkUpDays). */
    private double linkUp(World w, ForceUnit f, TownAgent t) {
        double best = Double.POSITIVE_INFINITY;
        linkUnit = null;
        for (ForceUnit g : w.forceUnits()) {
            if (g == f || !g.isAlive() || g.isAirborne() || w.sideOf(g.getFaction()) != w.sideOf(f.getFaction())
                    || g.getMission() != Mission.ADVANCE || g.getIntent() == null
                    || !(g.getIntent().is("reconquer") || g.getIntent().is("support"))) {
                continue;
            }
            if (w.km(g, t) > p.airborneLinkUpDays * marches.kmPerDay(RoadClass.NATIONAL)) {
                continue;
            }
            TownAgent from = origin(w, g);
            if (from == null) {
                continue;
            }
            List<Town> path = from == t ? List.of(t.town()) : w.movement().roadPath(w, from, t);
            if (path != null && pathAllowed(w, g, path)) {
                double d = (from == t ? 0 : travelDays(w, g, from, path)) + (g.getTown() == null ? 0.5 : 0);
                if (d < best) {
                    best = d;
                    linkUnit = g;
                }
            }
        }
        return best;
    }

    /**
     * An airborne lodgement: airborne troops of the unit's side stand in a town of its side where no
     * ground unit of the side stands yet (it waits for the link-up).
     */
    private static boolean lodgement(World w, ForceUnit f, TownAgent t) {
        boolean airborne = false;
        for (ForceUnit g : w.forceUnits()) {
            if (g != f && g.isAlive() && g.getTown() == t && w.sideOf(g.getFaction()) == w.sideOf(f.getFaction())) {
                if (!g.isAirborne()) {
                    return false;
                }
                airborne = true;
            }
        }
        return airborne;
    }

    /**
     * What taking the town denies the enemy (004 l.39-47: Aguelhok and Tessalit "partially encircled"
     * the redoubt, cutting its resupply; the Ametetai assault was prepared "to prevent jihadists from
     * slipping over the border to Algeria"): for a town its side does not hold within gateKm of a
     * cell of the hostile sanctuary (the redoubt, while units hostile to the unit shelter in it),
     * sanctuaryValue x exp(-km to the Algerian border / borderScaleKm); 0 otherwise. Computed from
     * the map: no town is named.
     */
    double denied(World w, ForceUnit f, TownAgent t) {
        if (p.sanctuaryValue <= 0 || heldBySide(w, f, t) && !lodgement(w, f, t)) {
            return 0;
        }
        double[] g = gates(w)[t.index()];
        if (g[0] > p.gateKm || !sanctuaryManned(w, f)) {
            return 0;
        }
        return p.sanctuaryValue * Math.exp(-g[1] / p.borderScaleKm);
    }

    private boolean sanctuaryManned(World w, ForceUnit f) {
        return sanctuaryManned.computeIfAbsent(w.sideOf(f.getFaction()), side -> {
            for (ArmedUnit a : w.armedUnits()) {
                if (a.isAlive() && !a.isInExile() && w.hostile(f.getFaction(), a.getFaction()) && w.inRedoubt(a)) {
                    return true;
                }
            }
            return false;
        });
    }

    private double[][] gates(World w) {
        if (gatesFor != w) {
            double[][] g = new double[w.towns().size()][];
            for (TownAgent t : w.towns()) {
                double r = Double.POSITIVE_INFINITY;
                double b = Double.POSITIVE_INFINITY;
                for (int i = 0; i < w.index().redoubtCellCount(); i++) {
                    int c = w.index().redoubtCell(i);
                    r = Math.min(r, Grid.km(t.centreX(), t.centreY(), c % MaliMap.WIDTH + 0.5, c / MaliMap.WIDTH + 0.5));
                }
                for (int i = 0; i < w.index().algerianBorderCellCount(); i++) {
                    int c = w.index().algerianBorderCell(i);
                    b = Math.min(b, Grid.km(t.centreX(), t.centreY(), c % MaliMap.WIDTH + 0.5, c / MaliMap.WIDTH + 0.5));
                }
                g[t.index()] = new double[] {r, b};
            }
            gates = g;
            gatesFor = w;
        }
        return gates;
    }

    /** A ground manoeuvre unit of the same side has the town as its objective. */
    private static boolean columnComing(World w, ForceUnit f, TownAgent t) {
        for (ForceUnit g : w.forceUnits()) {
            if (g != f && g.isAlive() && !g.isAirborne() && g.getObjective() == t && g.getMission() == Mission.ADVANCE
                    && w.sideOf(g.getFaction()) == w.sideOf(f.getFaction())) {
                return true;
            }
        }
        return false;
    }

    /** A ground unit of the same side (not airborne) stands in the town. */
    private static boolean groundUnitIn(World w, ForceUnit f, TownAgent t) {
        for (ForceUnit g : w.forceUnits()) {
            if (g != f && g.isAlive() && !g.isAirborne() && g.getTown() == t && w.sideOf(g.getFaction()) == w.sideOf(f.getFaction())) {
                return true;
            }
        }
        return false;
    }

    /** support: a unit of the supported faction is near the town, or heads for it. */
    private boolean supported(World w, Faction with, TownAgent t) {
        for (ForceUnit g : w.forceUnits()) {
            if (g.isAlive() && g.getFaction() == with && (g.getObjective() == t || w.within(g, t, p.supportRadiusKm))) {
                return true;
            }
        }
        return false;
    }

    /** support with nothing admissible: follow the nearest manoeuvre unit of the supported faction. */
    private void follow(World w, ForceUnit f, Faction with) {
        ForceUnit lead = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (ForceUnit g : w.forceUnits()) {
            if (g.isAlive() && g.getFaction() == with && g.getMission() == Mission.ADVANCE && w.km(f, g) < bestKm) {
                bestKm = w.km(f, g);
                lead = g;
            }
        }
        if (lead == null || bestKm < p.standoffKm) {
            if (f.getTown() != null) {
                f.clearMovement();
            }
            return;
        }
        TownAgent t = lead.getTown() != null ? lead.getTown() : origin(w, lead);
        if (t != null && heldBySide(w, f, t) && w.access().allowedTown(f.getFaction(), t)) {
            route(w, f, t);
        } else if (f.getTown() != null) {
            f.clearMovement();
        }
    }

    private void takeover(World w, ForceUnit f, Intent in, Map<TownAgent, Double> assigned) {
        TownAgent from = origin(w, f);
        if (from == null) {
            return;
        }
        if (f.getObjective() != null && f.getTown() == f.getObjective()) {
            relieve(w, f, f.getTown());
            f.setObjective(null, 0);
        }
        if (f.getStrength() < 2 * liberation.params().minGarrison()) {
            f.setMission(Mission.GARRISON);
            f.setPost(f.getTown());
            return;
        }
        Option best = null;
        Option current = null;
        for (TownAgent t : w.towns()) {
            if (!heldBySide(w, f, t) || t.isContested() || !inRegions(t, in) || !w.access().allowedTown(f.getFaction(), t)
                    || assigned.containsKey(t) || ownPresence(w, f, t)) {
                continue;
            }
            boolean detachment = interventionDetachment(w, t) != null;
            if (!detachment && !t.isLiberated()) {
                continue;
            }
            List<Town> path = f.getTown() == t ? List.of(t.town()) : w.movement().roadPath(w, from, t);
            if (path == null || !pathAllowed(w, f, path)) {
                continue;
            }
            double value = townValue(w, t) * (detachment ? 2 : 1);
            double score = value / (1 + travelDays(w, f, from, path) / p.horizonDays) * bias(w, f, t);
            Option o = new Option(t, path, score, 0);
            if (t == f.getObjective()) {
                current = o;
            }
            if (best == null || score > best.score) {
                best = o;
            }
        }
        Option chosen = current != null && (best == null || best.score <= (1 + p.hysteresis) * current.score) ? current : best;
        if (chosen == null) {
            f.setObjective(null, 0);
            return;
        }
        f.setObjective(chosen.town, chosen.score);
        assigned.put(chosen.town, 0.0);
        route(w, f, chosen.town);
    }

    private static boolean ownPresence(World w, ForceUnit f, TownAgent t) {
        for (ForceUnit g : w.forceUnits()) {
            if (g != f && g.isAlive() && g.getFaction() == f.getFaction() && g.getTown() == t && g.getMission() == Mission.GARRISON) {
                return true;
            }
        }
        return false;
    }

    private static ForceUnit interventionDetachment(World w, TownAgent t) {
        for (ForceUnit g : w.forceUnits()) {
            if (g.isAlive() && (g.getFaction() == Faction.FRANCE || g.getFaction() == Faction.CHAD) && g.getTown() == t
                    && g.getMission() == Mission.GARRISON && g.getIntent() == null) {
                return g;
            }
        }
        return null;
    }

    /** A takeover unit arrives: it leaves a detachment, and the intervention detachment there rejoins its faction's intent (R11). */
    private void relieve(World w, ForceUnit f, TownAgent t) {
        ForceUnit det = interventionDetachment(w, t);
        if (det == null && !t.isLiberated()) {
            return;
        }
        int size = (int) Math.max(liberation.params().minGarrison(), det == null ? 0 : det.getStrength());
        ForceUnit g = liberation.detach(w, f, t, size);
        if (g == null) {
            return;
        }
        if (det != null) {
            Intent in = standing.get(det.getFaction());
            if (in != null) {
                assign(det, in);
            }
            w.emit(SubEventType.OTHER, f.getFaction(), det.getFaction().id(), t.centreX(), t.centreY(), 0,
                    f.getFaction().id() + " relieves " + det.getFaction().id() + " in " + t.getName() + " (R11 takeover)");
        }
    }

    private double bias(World w, ForceUnit f, TownAgent t) {
        return bias.computeIfAbsent(((long) f.getId() << 20) | t.index(),
                k -> Math.exp(p.decisionSigma * w.random().nextGaussian()));
    }

    /**
     * Sends a unit to a town by road. A unit on the road plans from the end of its current leg: it
     * finishes the leg, then takes the new road (no cross-country shortcut from mid-leg).
     */
    private static void route(World w, ForceUnit f, TownAgent target) {
        if (f.getTown() != null || f.path() == null || f.pathIndex() >= f.path().size() - 1) {
            w.movement().goTo(w, f, target);
            return;
        }
        if (f.pathEnd() != null && f.pathEnd().equals(target.town())) {
            return;
        }
        Town a = f.path().get(f.pathIndex());
        Town b = f.path().get(f.pathIndex() + 1);
        TownAgent next = w.town(b);
        List<Town> rest = next == target ? List.of(b) : w.movement().roadPath(w, next, target);
        if (rest == null) {
            return; // no road on from the next town: keep the current road
        }
        List<Town> p = new ArrayList<>();
        p.add(a);
        p.addAll(rest);
        double done = f.legKmDone();
        f.setPath(p);
        f.setPathProgress(0, done);
    }

    /** The town a unit on the road plans from: the end of its current leg. */
    private static TownAgent legEnd(World w, ForceUnit f) {
        if (f.getTown() == null && f.path() != null && f.pathIndex() < f.path().size() - 1) {
            return w.town(f.path().get(f.pathIndex() + 1));
        }
        return null;
    }

    /** Gamma(shape 3) draw with the given mean. */
    static double gamma3(World w, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double u = (1 - w.random().nextDouble()) * (1 - w.random().nextDouble()) * (1 - w.random().nextDouble());
        return -mean / 3 * Math.log(u);
    }
}
