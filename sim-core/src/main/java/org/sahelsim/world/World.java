package org.sahelsim.world;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Presence;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Terrain;
import org.sahelsim.map.Town;
import org.sahelsim.scenario.Scenario;

/**
 * One run's state and the services the rules use: the towns, the registry of units, air assets,
 * the redoubt, the calendar, random draws (from the stream the model has opened, see
 * {@link #beginStream}), geometry, event
 * emission, and the state several rules share ({@link Relations}: who fights whom;
 * {@link Truces}: ceasefires and talks; {@link Access}: where each force may go).
 *
 * <p>Nothing here knows the MASON {@code SimState} or the rules: the model assembles a World,
 * the rules act on it, and the run's listener hears what it emits.
 */
public final class World {
    /** Days of events kept for {@link #recentEvents()}. */
    public static final int RECENT_DAYS = 7;

    private final Scenario scenario;
    private final MaliMap map;
    private final MapIndex index;
    private final MersenneTwisterFast random;
    private RandomStreams streams;
    private MersenneTwisterFast current;
    private String pendingStream;
    private long pendingKey;
    private final Relations relations;
    private final Truces truces;
    private final Access access;
    private final Movement movement = new Movement();
    private final DisplacedPopulation civilians;
    private RunListener listener;

    private final List<TownAgent> towns = new ArrayList<>();
    /** One read-only view, made once: towns() is called in the inner loops of the daily metrics. */
    private final List<TownAgent> townsView = Collections.unmodifiableList(towns);
    private final Map<Town, TownAgent> byTown = new HashMap<>();
    /** The same by identity: the map's towns are single objects, and a record's hashCode hashes all its fields. */
    private final Map<Town, TownAgent> byTownIdentity = new java.util.IdentityHashMap<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Unit> unitsView = Collections.unmodifiableList(units);
    private final List<Unit> born = new ArrayList<>();
    private final List<AirAsset> air = new ArrayList<>();
    private final FieldLog fieldLog = new FieldLog();
    private final List<ForceUnit> forceUnits = new ArrayList<>();
    private final List<ArmedUnit> armedUnits = new ArrayList<>();
    private boolean byKindValid;
    private Redoubt redoubt;
    private int day;
    private int nextUnitId;
    private final double[] casualtiesBySide = new double[Side.values().length];
    private double civilianCasualties;
    private final int[] eventsToday = new int[EventType.values().length];
    private long eventCount;
    private final ArrayDeque<ConflictEvent> recent = new ArrayDeque<>();

    public World(Scenario scenario, MaliMap map, MapIndex index, MersenneTwisterFast random,
                 Relations relations, Truces truces, Access access) {
        this.scenario = scenario;
        this.map = map;
        this.index = index;
        this.random = random;
        this.current = random;
        this.relations = relations;
        this.truces = truces;
        this.access = access;
        List<Town> mapTowns = index.towns();
        for (int i = 0; i < mapTowns.size(); i++) {
            TownAgent t = new TownAgent(i, mapTowns.get(i));
            towns.add(t);
            byTown.put(t.town(), t);
            byTownIdentity.put(t.town(), t);
        }
        civilians = new DisplacedPopulation(mapTowns, org.sahelsim.map.Camps.get());
    }

    public void setListener(RunListener listener) {
        this.listener = listener;
    }

    public RunListener listener() {
        return listener;
    }

    public void setRedoubt(Redoubt r) {
        this.redoubt = r;
    }

    // ------------------------------------------------------------------ calendar

    /** Starts the next day: the day counter, today's event counts, the window of recent events. */
    public void nextDay() {
        day++;
        Arrays.fill(eventsToday, 0);
        while (!recent.isEmpty() && recent.peekFirst().day() <= day - RECENT_DAYS) {
            recent.removeFirst();
        }
    }

    public int day() { return day; }
    public LocalDate date() { return scenario.startDate().plusDays(day - 1L); }
    public Scenario scenario() { return scenario; }
    public MaliMap map() { return map; }
    public MapIndex index() { return index; }
    public Relations relations() { return relations; }
    public Truces truces() { return truces; }
    public Access access() { return access; }
    public Movement movement() { return movement; }
    /** The civilians of the run: residents at home, internally displaced people, refugees (civilians submodel). */
    public DisplacedPopulation civilians() { return civilians; }
    /** Air activity, routs and bomber pools of this run (R3, R2, R10). */
    public FieldLog fieldLog() { return fieldLog; }
    /** The generator draws come from now: the stream opened last, or the run's generator without streams. */
    public MersenneTwisterFast random() { return rng(); }

    // ------------------------------------------------------------------ random streams

    /**
     * Gives each subsystem its own random stream from now on: draws come from the stream opened by
     * the last {@link #beginStream} (the model opens one per phase and day, one per scenario event,
     * one for the setup). Without this call every draw comes from the generator given at
     * construction (as rule tests do).
     */
    public void useStreams(RandomStreams s) {
        this.streams = s;
        this.current = s.open("unnamed", 0);
        this.pendingStream = "unnamed";
        this.pendingKey = 0;
    }

    public RandomStreams streams() { return streams; }

    /**
     * Draws from now on come from the stream (name, key) of this run, from its start: the same
     * numbers in every run of the same seed, whatever was drawn before in any stream. Seeded on
     * its first draw only. Without {@link #useStreams} it does nothing.
     */
    public void beginStream(String name, long key) {
        if (streams != null) {
            pendingStream = name;
            pendingKey = key;
        }
    }

    private MersenneTwisterFast rng() {
        if (pendingStream != null) {
            streams.seed(current, pendingStream, pendingKey);
            pendingStream = null;
        }
        return current;
    }

    // ------------------------------------------------------------------ towns

    public List<TownAgent> towns() { return townsView; }

    /** The run's town of a name or alias (as the map's place names resolve it), or null. */
    public TownAgent town(String name) {
        return town(map.town(name));
    }

    /** The run's town of a town of the map. */
    public TownAgent town(Town t) {
        if (t == null) {
            return null;
        }
        TownAgent a = byTownIdentity.get(t);
        return a != null ? a : byTown.get(t);
    }

    public TownAgent requireTown(String name, String where) {
        TownAgent t = town(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown town '" + name + "' in " + where);
        }
        return t;
    }

    // ------------------------------------------------------------------ units

    public int newUnitId() {
        return nextUnitId++;
    }

    /**
     * Units at the last phase boundary, in id order. The live list, for speed: rules and readers
     * must not modify it (units created today go through {@link #addUnit}).
     */
    public List<Unit> units() { return units; }

    /** Read-only view of the units, for the GUI and other readers. */
    public List<Unit> unitsView() { return unitsView; }

    /** Adds a unit created today (split, detachment); it joins the run at the next phase boundary. */
    public void addUnit(Unit u) {
        born.add(u);
    }

    /** Units created since the last boundary join the run (a phase boundary). */
    public void flushBorn() {
        if (!born.isEmpty()) {
            units.addAll(born);
            born.clear();
            byKindValid = false;
        }
    }

    /** Dead and empty units leave the run (a phase boundary). */
    public void removeDead() {
        if (units.removeIf(u -> !u.isAlive() || u.getStrength() <= 0)) {
            byKindValid = false;
        }
    }

    private void sortByKind() {
        if (!byKindValid) {
            forceUnits.clear();
            armedUnits.clear();
            for (Unit u : units) {
                if (u instanceof ForceUnit f) {
                    forceUnits.add(f);
                } else if (u instanceof ArmedUnit a) {
                    armedUnits.add(a);
                }
            }
            byKindValid = true;
        }
    }

    /** The force units among {@link #units()}, same order; do not modify (check isAlive). */
    public List<ForceUnit> forceUnits() {
        sortByKind();
        return forceUnits;
    }

    /** The armed-group units among {@link #units()}, same order; do not modify (check isAlive). */
    public List<ArmedUnit> armedUnits() {
        sortByKind();
        return armedUnits;
    }

    /** Puts every unit in the town whose cell (or ring of neighbours) it stands on. */
    public void locateUnits() {
        for (Unit u : units) {
            int ti = index.townAt(u.cellX(), u.cellY());
            u.setTown(ti < 0 ? null : towns.get(ti));
        }
    }

    public List<AirAsset> airAssets() { return Collections.unmodifiableList(air); }

    /** Replaces a faction's air campaign (none when sortiesPerDay is 0). */
    public void setAirCampaign(Faction f, String base, double lat, double lon, double sortiesPerDay) {
        AirAsset existing = null;
        for (AirAsset a : air) {
            if (a.getFaction() == f) {
                existing = a;
            }
        }
        if (existing != null) {
            air.remove(existing);
        }
        if (sortiesPerDay > 0) {
            air.add(new AirAsset(f, base, lat, lon, sortiesPerDay));
        }
    }

    public Redoubt redoubt() { return redoubt; }

    // ------------------------------------------------------------------ sides

    public Side sideOf(Faction f) {
        return relations.sideOf(f);
    }

    /** Whether units of a and b fight each other when they meet (R16 alignment, R20 aside). */
    public boolean hostile(Faction a, Faction b) {
        return relations.hostile(a, b);
    }

    /** False for units hiding among a population (R8) or in exile (R18): they hold no ground. */
    public static boolean visible(Unit u) {
        if (u instanceof ArmedUnit a) {
            return a.getPosture() != Posture.HIDE && !a.isInExile();
        }
        return true;
    }

    /** Sum of strength of the units of a side within km of a point (hiding and exiled units excluded). */
    public double strengthNear(Side side, double x, double y, double km) {
        double s = 0;
        for (Unit u : units) {
            if (u.isAlive() && sideOf(u.getFaction()) == side && visible(u) && Grid.km(u.getX(), u.getY(), x, y) <= km) {
                s += u.getStrength();
            }
        }
        return s;
    }

    /** Fighters of a side whose nearest town lies in the given administrative region (e.g. "Kidal"). */
    public int strengthInRegion(Side side, String region) {
        int s = 0;
        for (Unit u : units) {
            if (u.isAlive() && sideOf(u.getFaction()) == side) {
                Town t = map.nearestTown(clampX(u.cellX()), clampY(u.cellY()));
                if (t != null && region.equalsIgnoreCase(t.region())) {
                    s += u.getStrength();
                }
            }
        }
        return s;
    }

    /** Where each side's men stand now, for listeners (see {@link Presence}). */
    public Presence presence() {
        return (side, visitor) -> {
            for (Unit u : units) {
                if (!u.isAlive() || u.getStrength() <= 0 || sideOf(u.getFaction()) != side) {
                    continue;
                }
                int x = u.cellX();
                int y = u.cellY();
                if (x >= 0 && y >= 0 && x < MaliMap.WIDTH && y < MaliMap.HEIGHT) {
                    visitor.visit(y * MaliMap.WIDTH + x, u.getStrength());
                }
            }
        };
    }

    public int totalStrength(Side side) {
        int s = 0;
        for (Unit u : units) {
            if (u.isAlive() && sideOf(u.getFaction()) == side) {
                s += u.getStrength();
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ geometry

    public double km(Unit a, Unit b) {
        return Grid.km(a.getX(), a.getY(), b.getX(), b.getY());
    }

    public double km(Unit a, TownAgent t) {
        return Grid.km(a.getX(), a.getY(), t.centreX(), t.centreY());
    }

    public double km(TownAgent a, TownAgent b) {
        return Grid.km(a.centreX(), a.centreY(), b.centreX(), b.centreY());
    }

    public boolean within(Unit a, TownAgent t, double km) {
        return Grid.within(a.getX(), a.getY(), t.centreX(), t.centreY(), km);
    }

    public boolean within(Unit a, Unit b, double km) {
        return Grid.within(a.getX(), a.getY(), b.getX(), b.getY(), km);
    }

    public Terrain terrainAt(Unit u) {
        return map.terrain(clampX(u.cellX()), clampY(u.cellY()));
    }

    public boolean inMali(Unit u) {
        int x = u.cellX();
        int y = u.cellY();
        return map.inGrid(x, y) && map.inMali(x, y);
    }

    public boolean inRedoubt(Unit u) {
        return index.inRedoubt(u.cellX(), u.cellY());
    }

    public static int clampX(int x) {
        return Math.max(0, Math.min(MaliMap.WIDTH - 1, x));
    }

    public static int clampY(int y) {
        return Math.max(0, Math.min(MaliMap.HEIGHT - 1, y));
    }

    // ------------------------------------------------------------------ random draws, from the current stream

    public boolean chance(double p) {
        return p > 0 && (p >= 1 || rng().nextDouble() < p);
    }

    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng().nextGaussian()));
        }
        double l = Math.exp(-mean);
        MersenneTwisterFast r = rng();
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    public int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n < 40) {
            MersenneTwisterFast r = rng();
            if (r instanceof FastTwister f) {
                return f.countBelow(n, p); // the same draws, without building the doubles
            }
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (r.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        double mean = n * p;
        double sd = Math.sqrt(n * p * (1 - p));
        return (int) Math.max(0, Math.min(n, Math.round(mean + sd * rng().nextGaussian())));
    }

    // ------------------------------------------------------------------ what the run tells its listener

    public void emit(SubEventType type, Faction actor1, String actor2, double x, double y, int fatalities, String notes) {
        int cx = clampX((int) Math.floor(x));
        int cy = clampY((int) Math.floor(y));
        ConflictEvent ev = new ConflictEvent(day, date(), type, actor1 == null ? "" : actor1.id(), actor2 == null ? "" : actor2,
                map.latOf(cy), map.lonOf(cx), map.priogridGid(cx, cy), fatalities, notes == null ? "" : notes);
        eventsToday[type.type().ordinal()]++;
        eventCount++;
        recent.addLast(ev);
        if (listener != null) {
            listener.onEvent(ev);
        }
    }

    public void controlChanged(TownAgent t) {
        if (listener != null) {
            listener.onControlChange(new ControlChange(day, date(), t.getName(), t.getControlSide(), t.getControlFaction()));
        }
    }

    public void addCasualties(Side side, int n) {
        casualtiesBySide[side.ordinal()] += n;
    }

    public void addCivilianCasualties(int n) {
        civilianCasualties += n;
    }

    public double casualties(Side s) { return casualtiesBySide[s.ordinal()]; }
    public double civilianCasualties() { return civilianCasualties; }
    public int eventsToday(EventType t) { return eventsToday[t.ordinal()]; }
    public long eventCount() { return eventCount; }

    /** Strikes, attacks, battles and other events of the last {@link #RECENT_DAYS} days, oldest first. */
    public List<ConflictEvent> recentEvents() { return List.copyOf(recent); }
}
