package org.sahelsim.rules;

import java.util.List;
import java.util.Map;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.Camp;
import org.sahelsim.map.Grid;
import org.sahelsim.map.Town;
import org.sahelsim.scenario.DisplacementStock;
import org.sahelsim.world.DisplacedPopulation;
import org.sahelsim.world.World;

/**
 * Civilians and displacement, a submodel in the spirit of Flee (Suleimenova, Bell and Groen 2017,
 * Sci. Rep. 7:13377; Flee's published defaults are cited where adopted). Unlike Flee, the conflict
 * is not an input: the places in conflict are those where the model's own events (battles,
 * strikes, attacks on civilians, takeovers) fell within {@code violenceRadiusKm} in the last week,
 * and the displaced feed back into the conflict (R15 reads the population present).
 *
 * <p>Each day, before recruitment:
 * <ol>
 *   <li>Conflict: a town's intensity is the number of violent events within the radius over the
 *   last {@link World#RECENT_DAYS} days over {@code eventsForFullConflict}, at most 1.</li>
 *   <li>Fear (beyond the fighting): a town's insecurity is the fighters of sides hostile to its
 *   rulers within {@code insecurityRadiusKm} over {@code fightersForFullInsecurity}, at most 1
 *   (001: villages surrounded by jihadists); a liberated government town where Malian troops are
 *   has residents fearing reprisals (000), in both cases for {@code fearDays} after the armed
 *   groups appeared or the town was liberated.</li>
 *   <li>Flight: Binomial(residents at home, ({@code displacedPerConflictDay} x intensity +
 *   {@code insecurityFlightPerDay} x insecurity) x town population / catchment) leave home: Flee's
 *   conflict-driven spawning, a share of the population of the location in conflict (the town;
 *   people at home scale it), each to a destination drawn by weight (below). Where residents fear
 *   reprisals, Binomial(residents at home, {@code reprisalFlightPerDay} x (jihadist + separatist
 *   sympathy) x (1 - {@code reprisalForeignRestraint} if foreign troops are there) x town
 *   population / catchment) more leave, government towns weighted by {@code reprisalGovernmentWeight}.
 *   A town's grievance does not fall below {@code grievancePerDisplacedShare} x the share of its
 *   catchment displaced (the displaced carry it).</li>
 *   <li>Moving on: the displaced at a site leave it with Flee's move chance by kind of place:
 *   conflict zone {@code conflictMoveChance}, camp {@code campMoveChance}, a town held by a side
 *   hostile to the government {@code defaultMoveChance}, a calm government town
 *   {@code hostMoveChance}.</li>
 *   <li>Return: the displaced go home with a daily chance ({@code idpReturnPerDay} from towns,
 *   {@code refugeeReturnPerDay} from camps) once their town has been calm for
 *   {@code returnCalmDays} and is held by the government or a side at peace with it (liberation,
 *   ceasefire: 001) and its residents do not fear reprisals; the chance grows from 0 to full over
 *   {@code reassuranceDays}, from {@code returnCalmDays} after the town's last change of hands
 *   (the displaced wait for reassurance).</li>
 * </ol>
 * Destination weight, Flee-like: kind weight x safety x room / (route km + {@code distanceSofteningKm}),
 * route km by road between towns and great-circle x the road circuity factor to camps; kind
 * weight {@code campWeight} for camps; safety {@code conflictWeight} where there is conflict,
 * {@code hostileHeldWeight} in a town held by a side hostile to the government; room 1 below
 * capacity and capacity/occupancy above it (camps: camps.csv; towns: {@code hostCapacityShare} of
 * their catchment). A town's or a return's daily movement of at least {@code largeMovement}
 * people is an event (Strategic developments / Other, actor2 "civilians").
 */
public final class CivilianFlight implements Rule {
    public static final String RULE = "civilians";
    static final String FLEE = "Flee defaults (Suleimenova, Bell and Groen 2017, Sci. Rep. 7:13377; flee simsetting defaults)";

    @ParamGroup(prefix = "civilians", rule = RULE)
    public record Params(
            @Param(value = 50, min = 0, max = 300, unit = "km",
                    about = "violent events within this distance of a town put it in conflict",
                    source = "assumed")
            double violenceRadiusKm,
            @Param(value = 5, min = 1, max = 100, unit = "events in 7 days",
                    about = "violent events near a town over the last week that make it a full conflict zone",
                    source = "assumed")
            double eventsForFullConflict,
            @Param(value = 0.01, min = 0, max = 1, unit = "share of residents per day",
                    about = "residents leaving a full conflict zone each day",
                    source = "Flee default: displaced_per_conflict_day 0.01 (conflict-driven spawning)")
            double displacedPerConflictDay,
            @Param(value = 1.0, min = 0, max = 1, unit = "chance per day",
                    about = "move chance of the displaced in a conflict zone",
                    source = "Flee default: conflict_movechance 1.0")
            double conflictMoveChance,
            @Param(value = 0.001, min = 0, max = 1, unit = "chance per day",
                    about = "move chance of refugees in a camp",
                    source = "Flee default: camp_movechance 0.001")
            double campMoveChance,
            @Param(value = 0.3, min = 0, max = 1, unit = "chance per day",
                    about = "move chance of the displaced in a town held by a side hostile to the government",
                    source = "Flee default: default_movechance 0.3 (ordinary towns)")
            double defaultMoveChance,
            @Param(value = 0.001, min = 0, max = 1, unit = "chance per day",
                    about = "move chance of the displaced hosted in a calm government town",
                    source = "assumed equal to Flee's camp_movechance 0.001: a calm host town is a destination like a camp (Flee has no host towns)")
            double hostMoveChance,
            @Param(value = 2.0, min = 0, max = 10, unit = "factor",
                    about = "attraction of camps against towns",
                    source = "Flee: CampWeight 2.0 (Suleimenova et al. 2017; later Flee versions default to 1.0)")
            double campWeight,
            @Param(value = 0.25, min = 0, max = 1, unit = "factor",
                    about = "attraction of a place in conflict",
                    source = "Flee default: conflict_weight 0.25")
            double conflictWeight,
            @Param(value = 0.1, min = 0, max = 1, unit = "factor",
                    about = "attraction of a town held by a side hostile to the government",
                    source = "assumed")
            double hostileHeldWeight,
            @Param(value = 10, min = 0, max = 500, unit = "km",
                    about = "added to every route length in the destination weight (no division by a zero distance)",
                    source = "assumed")
            double distanceSofteningKm,
            @Param(value = 0.25, min = 0, max = 5, unit = "share of catchment",
                    about = "displaced people a town hosts before its attraction falls (its capacity)",
                    source = "assumed")
            double hostCapacityShare,
            @Param(value = 30, min = 0, max = 365, unit = "days",
                    about = "days without violence near their town before the displaced go home",
                    source = "assumed")
            double returnCalmDays,
            @Param(value = 0.01, min = 0, max = 1, unit = "chance per day",
                    about = "daily chance that an internally displaced person goes home once it is safe",
                    source = "assumed")
            double idpReturnPerDay,
            @Param(value = 0.002, min = 0, max = 1, unit = "chance per day",
                    about = "daily chance that a refugee goes home once it is safe",
                    source = "assumed (refugees return more slowly than IDPs: UNHCR counted ~140,000 Malian refugees still abroad in 2015)")
            double refugeeReturnPerDay,
            @Param(value = 0.5, min = 0, max = 10, unit = "grievance per share displaced",
                    about = "least grievance of a town per share of its catchment displaced (the displaced carry their town's grievance until they return)",
                    source = "assumed; 001: the return of the displaced is what matters to the local population")
            double grievancePerDisplacedShare,
            @Param(value = 1000, min = 1, max = 1_000_000, unit = "people per day",
                    about = "a day's flight from (or return to) a town of at least this many people is an event",
                    source = "assumed")
            double largeMovement,
            @Param(value = 100, min = 0, max = 500, unit = "km",
                    about = "armed groups hostile to a town's rulers within this distance make it insecure (fear beyond the fighting)",
                    source = "assumed: about a day's move of the small groups (dispersal.speedKmPerDay); 001: villages surrounded by jihadists")
            double insecurityRadiusKm,
            @Param(value = 300, min = 1, max = 100000, unit = "fighters",
                    about = "hostile fighters within the insecurity radius that make a town fully insecure",
                    source = "assumed")
            double fightersForFullInsecurity,
            @Param(value = 0.001, min = 0, max = 1, unit = "share of residents per day",
                    about = "residents leaving a fully insecure town each day (fear, without fighting near them)",
                    source = "assumed: a tenth of Flee's conflict spawning (displaced_per_conflict_day 0.01); 001: villages surrounded by jihadists")
            double insecurityFlightPerDay,
            @Param(value = 0.01, min = 0, max = 1, unit = "share of residents at risk per day",
                    about = "residents at risk of reprisals (the town's sympathy for its former rulers) leaving a liberated town with Malian troops each day",
                    source = "assumed; 000: after the liberation of Gao and Timbuktu armed forces and locals attacked residents suspected of having supported Islamist rule")
            double reprisalFlightPerDay,
            @Param(value = 0.1, min = 0, max = 1, unit = "factor",
                    about = "attraction of a government-held town for people fleeing reprisals (they go abroad or where the government is not)",
                    source = "assumed, equal to hostileHeldWeight; 000")
            double reprisalGovernmentWeight,
            @Param(value = 0.5, min = 0, max = 1, unit = "share",
                    about = "share of reprisal flight prevented when foreign troops are in the town",
                    source = "assumed, the same as vengeance.foreignRestraint; 000: Chadian troops police Kidal to avert vengeance killings")
            double reprisalForeignRestraint,
            @Param(value = 90, min = 0, max = 3650, unit = "days",
                    about = "days after a liberation (reprisals) or after armed groups appeared around a town (insecurity) during which residents flee from fear; those who stay have stayed",
                    source = "assumed; 000: reprisals reported in the weeks after the liberation of Gao and Timbuktu")
            double fearDays,
            @Param(value = 180, min = 0, max = 3650, unit = "days",
                    about = "days over which the daily chance of going home grows from 0 to its full value, from returnCalmDays after the town's last change of hands (its liberation or a ceasefire partner's taking it): reassurance",
                    source = "assumed; IOM DTM (February 2014): returns to the north rose for the first time in September 2013, seven months after the liberation, with the political stabilisation; IDMC (2013): the displaced wait for reassurance that their towns are truly stable")
            double reassuranceDays) {}

    private final Params p;
    /** Per town: violent events near it over the last week; day of the last one. */
    private double[] intensity;
    private int[] lastViolenceDay;
    /** Per town: insecurity today (0..1), and whether residents at risk fear reprisals today. */
    private double[] insecurity;
    private boolean[] reprisals;
    /** Per town: the first day of its current spell of insecurity (far in the future when secure). */
    private int[] insecureSince;
    private double[] roadKmCache;
    private double[] base;
    private double[][] rows;
    private int[] rowDay;
    /** People who left home and who came home since the start (for reports and tests). */
    private long fledTotal;
    private long returnedTotal;

    public CivilianFlight(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    // ------------------------------------------------------------------ initial condition

    /**
     * Spreads the scenario's displaced people (its {@code displacement} block) over origins (towns
     * held at the start by a side hostile to the government, by catchment), camps (a country's
     * refugees by camp capacity, each camp's from origins weighted by catchment / distance) and
     * host towns (government towns, weighted by catchment / distance). Deterministic (largest
     * remainders). Nothing happens without a block or without such origins.
     */
    public void initialise(World w, DisplacementStock stock) {
        prepare(w);
        DisplacedPopulation c = w.civilians();
        for (TownAgent t : w.towns()) {
            updatePresent(w, t);
        }
        if (stock == null) {
            return;
        }
        int n = c.towns();
        double[] originW = new double[n];
        double sum = 0;
        for (TownAgent t : w.towns()) {
            if (hostileToGovernment(w, t)) {
                originW[t.index()] = c.catchment(t.index());
                sum += originW[t.index()];
            }
        }
        if (sum == 0) {
            return;
        }
        // refugees: a country's count by camp capacity, each camp's people from origins by catchment / distance
        for (Map.Entry<String, Integer> e : stock.refugees().entrySet()) {
            List<Integer> sites = new java.util.ArrayList<>();
            for (int s = c.towns(); s < c.sites(); s++) {
                if (c.camp(s).country().equalsIgnoreCase(e.getKey())) {
                    sites.add(s);
                }
            }
            if (sites.isEmpty()) {
                throw new IllegalArgumentException("displacement: no camp in '" + e.getKey() + "' (camps are in " + w.civilians().camps().stream().map(Camp::country).distinct().toList() + ")");
            }
            double[] cap = new double[sites.size()];
            for (int k = 0; k < cap.length; k++) {
                cap[k] = c.camp(sites.get(k)).capacity();
            }
            int[] perCamp = apportion(e.getValue(), cap);
            for (int k = 0; k < cap.length; k++) {
                int s = sites.get(k);
                double[] ow = new double[n];
                for (int o = 0; o < n; o++) {
                    ow[o] = originW[o] / (siteKm(w, o, s) + p.distanceSofteningKm);
                }
                int[] from = apportion(perCamp[k], ow);
                for (int o = 0; o < n; o++) {
                    c.flee(o, s, Math.min(from[o], c.home(o)));
                }
            }
        }
        // IDPs: origins by catchment, hosts by catchment / distance among the other government towns
        int[] fromOrigin = apportion(stock.idps(), originW);
        for (int o = 0; o < n; o++) {
            if (fromOrigin[o] == 0) {
                continue;
            }
            double[] hw = new double[n];
            for (TownAgent h : w.towns()) {
                if (h.index() != o && h.getControlSide() == Side.GOVERNMENT) {
                    hw[h.index()] = c.catchment(h.index()) / (siteKm(w, o, h.index()) + p.distanceSofteningKm);
                }
            }
            int[] to = apportion(Math.min(fromOrigin[o], c.home(o)), hw);
            for (int h = 0; h < n; h++) {
                if (to[h] > 0) {
                    c.flee(o, h, to[h]);
                }
            }
        }
        for (TownAgent t : w.towns()) {
            updatePresent(w, t);
        }
    }

    /** Integer shares of a total in proportion to weights, summing exactly to it (largest remainders). */
    static int[] apportion(int total, double[] weights) {
        int[] out = new int[weights.length];
        double sum = 0;
        for (double v : weights) {
            sum += Math.max(0, v);
        }
        if (sum <= 0 || total <= 0) {
            return out;
        }
        double[] rem = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * Math.max(0, weights[i]) / sum;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < rem.length; i++) {
                if (weights[i] > 0 && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            given++;
        }
        return out;
    }

    // ------------------------------------------------------------------ the day

    public void apply(World w) {
        prepare(w);
        DisplacedPopulation c = w.civilians();
        int n = c.towns();
        assessViolence(w);
        assessFear(w);
        siteBase(w);
        int[] fled = new int[n];
        int[] abroad = new int[n];
        int[] returned = new int[n];
        int[] fearingReprisals = new int[n];
        // flight from home
        for (TownAgent t : w.towns()) {
            int i = t.index();
            double townShare = Math.min(1, (double) t.getPopulation() / Math.max(1, c.catchment(i)));
            // Flee's spawning: a share of the conflict location's population, the town's own (its
            // catchment's countryside people are exposed in the same proportion as the town);
            // beyond the fighting, fear: armed groups around (001) at a lower rate
            double fear = w.day() - insecureSince[i] < p.fearDays ? insecurity[i] : 0;
            double share = (p.displacedPerConflictDay * intensity[i] + p.insecurityFlightPerDay * fear) * townShare;
            int k = w.binomial(c.home(i), Math.min(1, share));
            if (k > 0) {
                flee(w, c, i, k, false, fled, abroad);
            }
            // reprisals (000): residents suspected of having supported the former rulers flee a
            // liberated town where Malian troops are; abroad or where the government is not
            if (reprisals[i]) {
                int r = w.binomial(c.home(i), Math.min(1, reprisalShare(w, t) * townShare));
                if (r > 0) {
                    int before = fled[i];
                    flee(w, c, i, r, true, fled, abroad);
                    fearingReprisals[i] = fled[i] - before;
                }
            }
            fledTotal += fled[i];
        }
        // the displaced carry their town's grievance (001): it does not fall below what their absence gives
        for (TownAgent t : w.towns()) {
            int i = t.index();
            double floor = p.grievancePerDisplacedShare * c.displacedShare(i);
            if (t.getGrievance() < floor) {
                t.setGrievance(floor);
            }
        }
        // moving on and returning
        for (int s = 0; s < c.sites(); s++) {
            if (c.hosted(s) == 0) {
                continue;
            }
            double move = moveChance(w, s);
            double back = c.isCamp(s) ? p.refugeeReturnPerDay : p.idpReturnPerDay;
            for (int o = 0; o < n; o++) {
                int there = c.away(o, s);
                if (there == 0) {
                    continue;
                }
                if (safeToReturn(w, o)) {
                    // reassurance: the chance grows with the days of calm
                    int r = w.binomial(there, back * reassurance(w, o));
                    if (r > 0) {
                        c.returnHome(o, s, r);
                        returned[o] += r;
                        returnedTotal += r;
                        there -= r;
                    }
                }
                int k = w.binomial(there, move);
                if (k == 0) {
                    continue;
                }
                int[] to = destinations(w, s, o, k);
                for (int d = 0; d < to.length; d++) {
                    if (to[d] > 0) {
                        c.move(o, s, d, to[d]);
                    }
                }
            }
        }
        for (TownAgent t : w.towns()) {
            int i = t.index();
            updatePresent(w, t);
            if (fled[i] >= p.largeMovement) {
                w.emit(SubEventType.OTHER, null, "civilians", t.centreX(), t.centreY(), 0,
                        "displacement: " + fled[i] + " people fled " + t.getName() + " (" + abroad[i] + " across a border"
                                + (fearingReprisals[i] > 0 ? ", " + fearingReprisals[i] + " fearing reprisals)" : ")"));
            }
            if (returned[i] >= p.largeMovement) {
                w.emit(SubEventType.OTHER, null, "civilians", t.centreX(), t.centreY(), 0,
                        "return: " + returned[i] + " displaced people came home to " + t.getName());
            }
        }
    }

    private void flee(World w, DisplacedPopulation c, int i, int k, boolean fromReprisals, int[] fled, int[] abroad) {
        int[] to = fromReprisals ? reprisalDestinations(w, i, k) : destinations(w, i, i, k);
        for (int s = 0; s < to.length; s++) {
            if (to[s] > 0) {
                c.flee(i, s, to[s]);
                fled[i] += to[s];
                if (c.isCamp(s)) {
                    abroad[i] += to[s];
                }
            }
        }
    }

    /** Daily flight share of the residents of a town where they fear reprisals: the rate x those at risk (sympathy for the former rulers). */
    private double reprisalShare(World w, TownAgent t) {
        double atRisk = Math.min(1, t.sympathy(Side.JIHADIST) + t.sympathy(Side.SEPARATIST));
        return p.reprisalFlightPerDay * atRisk * (foreignTroopsIn(w, t) ? 1 - p.reprisalForeignRestraint : 1);
    }

    private static boolean foreignTroopsIn(World w, TownAgent t) {
        for (Unit u : w.units()) {
            if (u.isAlive() && u.getTown() == t && !u.isArmedGroup() && u.getFaction() != Faction.FAMA && u.getFaction() != Faction.PARTNER) {
                return true;
            }
        }
        return false;
    }

    private void prepare(World w) {
        int n = w.civilians().towns();
        int sites = w.civilians().sites();
        if (intensity == null || intensity.length != n) {
            intensity = new double[n];
            insecurity = new double[n];
            reprisals = new boolean[n];
            insecureSince = new int[n];
            java.util.Arrays.fill(insecureSince, Integer.MAX_VALUE / 2);
            lastViolenceDay = new int[n];
            java.util.Arrays.fill(lastViolenceDay, Integer.MIN_VALUE / 2);
            roadKmCache = new double[n * sites];
            java.util.Arrays.fill(roadKmCache, -1);
            base = new double[sites];
            rows = new double[sites][sites + 1];
            rowDay = new int[sites];
        }
    }

    /** Intensity of violence near each town over the last week, and the day of the last violent event. */
    private void assessViolence(World w) {
        java.util.Arrays.fill(intensity, 0);
        List<ConflictEvent> recent = w.recentEvents();
        if (recent.isEmpty()) {
            return;
        }
        for (ConflictEvent e : recent) {
            if (!violent(e)) {
                continue;
            }
            double ex = Grid.x(e.longitude());
            double ey = Grid.y(e.latitude());
            for (TownAgent t : w.towns()) {
                if (Grid.within(ex, ey, t.centreX(), t.centreY(), p.violenceRadiusKm)) {
                    intensity[t.index()] += 1;
                    lastViolenceDay[t.index()] = Math.max(lastViolenceDay[t.index()], e.day());
                }
            }
        }
        for (int i = 0; i < intensity.length; i++) {
            intensity[i] = Math.min(1, intensity[i] / p.eventsForFullConflict);
        }
    }

    /**
     * Fear beyond the fighting: insecurity (hostile fighters within the radius, 001: villages
     * surrounded by jihadists) and reprisals (000: a liberated town with Malian troops, in the
     * days after its liberation).
     */
    private void assessFear(World w) {
        java.util.Arrays.fill(insecurity, 0);
        java.util.Arrays.fill(reprisals, false);
        for (Unit x : w.units()) {
            if (!(x instanceof ArmedUnit u) || !u.isAlive() || u.isInExile()) {
                continue;
            }
            Side side = w.sideOf(u.getFaction());
            for (TownAgent t : w.towns()) {
                Side rulers = t.getControlSide() == Side.NONE ? Side.GOVERNMENT : t.getControlSide();
                if (side != rulers && w.relations().sidesHostile(side, rulers) && w.within(u, t, p.insecurityRadiusKm)) {
                    insecurity[t.index()] += u.getStrength();
                }
            }
        }
        for (TownAgent t : w.towns()) {
            int i = t.index();
            insecurity[i] = Math.min(1, insecurity[i] / p.fightersForFullInsecurity);
            if (insecurity[i] == 0) {
                insecureSince[i] = Integer.MAX_VALUE / 2;
            } else if (insecureSince[i] > w.day()) {
                insecureSince[i] = w.day();
            }
            if (t.getControlSide() == Side.GOVERNMENT && t.isLiberated() && w.day() - t.getControlSinceDay() < p.fearDays) {
                for (Unit u : w.units()) {
                    if (u.isAlive() && u.getTown() == t && (u.getFaction() == Faction.FAMA || u.getFaction() == Faction.PARTNER)) {
                        reprisals[i] = true;
                        break;
                    }
                }
            }
        }
    }

    /** Battles, explosions and remote violence, violence against civilians (not strategic developments). */
    static boolean violent(ConflictEvent e) {
        return e.eventType() != EventType.STRATEGIC_DEVELOPMENTS;
    }

    /** People who have left home since the start of the run (flight, not moving on). */
    public long fledTotal() {
        return fledTotal;
    }

    /** Displaced people who have come home since the start of the run. */
    public long returnedTotal() {
        return returnedTotal;
    }

    /** Intensity of violence near a town today (0..1), as the last day's assessment found it. */
    public double intensity(TownAgent t) {
        return intensity == null ? 0 : intensity[t.index()];
    }

    private boolean hostileToGovernment(World w, TownAgent t) {
        Side s = t.getControlSide();
        return s != Side.NONE && s != Side.GOVERNMENT && w.relations().sidesHostile(s, Side.GOVERNMENT);
    }

    private boolean safeToReturn(World w, int town) {
        TownAgent t = w.towns().get(town);
        Side s = t.getControlSide();
        boolean governed = s == Side.GOVERNMENT || (s != Side.NONE && !w.relations().sidesHostile(s, Side.GOVERNMENT));
        return (governed || w.truces().returnAllowed(t)) && intensity[town] == 0 && !reprisals[town] && w.day() - lastViolenceDay[town] >= p.returnCalmDays;
    }

    /** Whether the displaced of a town may go home today (held by the government or a side at peace with it, or under a local agreement that lifts the siege, R20; calm, no reprisals), and how much of the full chance (0..1). */
    public double returnOpen(World w, TownAgent t) {
        return intensity == null || !safeToReturn(w, t.index()) ? 0 : reassurance(w, t.index());
    }

    /** Share of the full return chance, growing over {@code reassuranceDays} from {@code returnCalmDays} after the town's last change of hands. */
    private double reassurance(World w, int town) {
        // counted from the town's last change of hands (its liberation, or a ceasefire's partner taking it): a
        // violent event near it stops returns for returnCalmDays (safeToReturn) but does not undo the reassurance
        double calm = w.day() - w.towns().get(town).getControlSinceDay() - p.returnCalmDays;
        return p.reassuranceDays <= 0 ? 1 : Math.max(0, Math.min(1, calm / p.reassuranceDays));
    }

    /** Flee's move chance by kind of place. */
    private double moveChance(World w, int site) {
        DisplacedPopulation c = w.civilians();
        if (c.isCamp(site)) {
            return p.campMoveChance;
        }
        TownAgent t = w.towns().get(site);
        if (intensity[site] > 0) {
            return Math.max(p.conflictMoveChance * intensity[site], p.hostMoveChance);
        }
        return hostileToGovernment(w, t) || t.getControlSide() == Side.NONE ? p.defaultMoveChance : p.hostMoveChance;
    }

    /** Route length from a town or camp ({@code from}) to a site: by road between towns, else great-circle x circuity. */
    private double siteKm(World w, int from, int site) {
        DisplacedPopulation c = w.civilians();
        if (from >= c.towns()) { // from a camp
            double[] a = xy(w, from);
            double[] b = xy(w, site);
            return Grid.km(a[0], a[1], b[0], b[1]) * w.map().roadCircuityFactor();
        }
        int key = from * c.sites() + site;
        double km = roadKmCache[key];
        if (km < 0) {
            double[] a = xy(w, from);
            double[] b = xy(w, site);
            km = Grid.km(a[0], a[1], b[0], b[1]) * w.map().roadCircuityFactor();
            if (!c.isCamp(site)) {
                Town ta = w.towns().get(from).town();
                Town tb = w.towns().get(site).town();
                double road = w.map().roadKm(ta, tb);
                if (Double.isFinite(road)) {
                    km = road;
                }
            }
            roadKmCache[key] = km;
        }
        return km;
    }

    private static double[] xy(World w, int site) {
        DisplacedPopulation c = w.civilians();
        if (c.isCamp(site)) {
            Camp camp = c.camp(site);
            return new double[] {camp.x(), camp.y()};
        }
        TownAgent t = w.towns().get(site);
        return new double[] {t.centreX(), t.centreY()};
    }

    /** Kind x safety x room of each site, computed once a day (as Flee updates its location weights once a step). */
    private void siteBase(World w) {
        DisplacedPopulation c = w.civilians();
        for (int s = 0; s < c.sites(); s++) {
            double kind;
            double room;
            if (c.isCamp(s)) {
                kind = p.campWeight;
                room = room(c.hosted(s), c.camp(s).capacity());
            } else {
                TownAgent t = w.towns().get(s);
                kind = intensity[s] > 0 ? p.conflictWeight
                        : hostileToGovernment(w, t) || t.getControlSide() == Side.NONE ? p.hostileHeldWeight : 1;
                room = room(c.hosted(s), p.hostCapacityShare * c.catchment(s));
            }
            base[s] = kind * room;
        }
        java.util.Arrays.fill(rowDay, -1);
    }

    /** Today's destination weights from a site (0 for the site itself), and their sum in the last slot. */
    private double[] row(World w, int from) {
        int n = base.length;
        if (rowDay[from] != w.day()) {
            double[] r = rows[from];
            double sum = 0;
            for (int s = 0; s < n; s++) {
                r[s] = s == from ? 0 : base[s] / (siteKm(w, from, s) + p.distanceSofteningKm);
                sum += r[s];
            }
            r[n] = sum;
            rowDay[from] = w.day();
        }
        return rows[from];
    }

    /**
     * Splits {@code people} of {@code origin} leaving {@code from} over the destinations by weight
     * (a multinomial draw: one uniform a person for small groups, sequential binomials for large
     * ones). Never to their own town or back where they are.
     */
    private int[] destinations(World w, int from, int origin, int people) {
        return split(w, row(w, from), origin, people);
    }

    /** The multinomial split of {@code people} of {@code origin} over weights {@code r} (sum in the last slot), never to their own town. */
    private int[] split(World w, double[] r, int origin, int people) {
        int n = base.length;
        double sum = r[n] - r[origin]; // r[from] is 0: never back where they are
        int[] out = new int[n];
        if (sum <= 0) { // nowhere to go: they stay
            return out;
        }
        int last = -1;
        for (int s = n - 1; s >= 0 && last < 0; s--) {
            if (s != origin && r[s] > 0) {
                last = s;
            }
        }
        if (people < 40) {
            for (int k = 0; k < people; k++) {
                double u = w.random().nextDouble() * sum;
                int chosen = last;
                for (int s = 0; s < last; s++) {
                    if (s == origin || r[s] <= 0) {
                        continue;
                    }
                    u -= r[s];
                    if (u < 0) {
                        chosen = s;
                        break;
                    }
                }
                out[chosen]++;
            }
            return out;
        }
        int left = people;
        for (int s = 0; s <= last && left > 0; s++) {
            if (s == origin || r[s] <= 0) {
                continue;
            }
            int k = s == last ? left : w.binomial(left, Math.min(1, r[s] / sum));
            out[s] = k;
            left -= k;
            sum -= r[s];
        }
        return out;
    }

    /** Destinations of people fleeing reprisals: as {@link #destinations}, government-held towns weighted by {@code reprisalGovernmentWeight}. */
    private int[] reprisalDestinations(World w, int from, int people) {
        int n = base.length;
        double[] r = row(w, from).clone();
        double sum = 0;
        for (int s = 0; s < n; s++) {
            if (!w.civilians().isCamp(s) && w.towns().get(s).getControlSide() == Side.GOVERNMENT) {
                r[s] *= p.reprisalGovernmentWeight;
            }
            sum += r[s];
        }
        r[n] = sum;
        return split(w, r, from, people);
    }

    private static double room(double occupancy, double capacity) {
        return capacity <= 0 ? 0 : occupancy <= capacity ? 1 : capacity / occupancy;
    }

    private static void updatePresent(World w, TownAgent t) {
        DisplacedPopulation c = w.civilians();
        int i = t.index();
        t.setPresentShare(c.catchment(i) == 0 ? 1 : (double) c.present(i) / c.catchment(i));
    }
}
