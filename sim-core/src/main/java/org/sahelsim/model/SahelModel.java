package org.sahelsim.model;

import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Terrain;
import org.sahelsim.map.Town;
import org.sahelsim.rules.*;
import org.sahelsim.scenario.ForceSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The conflict in Mali as a MASON {@link SimState}: towns, armed-group units, force units and air
 * assets on the map of {@link MaliMap}, driven by the rules R1..R21 of domain-rules.md (one class
 * each in {@code org.sahelsim.rules}) and by the timed events of a {@link Scenario}.
 *
 * <p>One step of the schedule is one day. The day runs in fixed phases (see docs/ODD.md,
 * "Process overview and scheduling"): scenario events; town and faction updates (R13, R14, R15,
 * R16, R19, R20); unit decisions (R1, R5, R6, R7, R8, R18); movement of every unit in id order;
 * air strikes and dispersal (R3, R4); engagements (R2, R17); asymmetric attacks (R10); redoubt
 * supplies (R6, R7); control of towns (R9); regrouping; daily metrics. A run is a pure function
 * of (scenario, parameters, seed).
 */
public final class SahelModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Air bases outside the map's town list (public coordinates). */
    private static final Map<String, double[]> FOREIGN_BASES = Map.of(
            "n'djamena", new double[] {12.11, 15.04},
            "ndjamena", new double[] {12.11, 15.04},
            "niamey", new double[] {13.51, 2.11},
            "ouagadougou", new double[] {12.37, -1.52},
            "dakar", new double[] {14.69, -17.44});

    private final Scenario scenario;
    private final Parameters parameters;
    private final transient MaliMap map;
    private transient RunListener listener;

    // rules, R1..R21
    private final SouthwardOffensive offensive;
    private final GarrisonCollapse garrisonCollapse;
    private final AirStrikes airStrikes;
    private final Dispersal dispersal;
    private final AvoidConventionalForces avoidance;
    private final MountainRedoubt redoubtRule;
    private final EncirclementResupply encirclement;
    private final Sanctuary sanctuary;
    private final Liberation liberation;
    private final AsymmetricAttacks asymmetricAttacks;
    private final Handover handover;
    private final Restrictions restrictions;
    private final Vengeance vengeance;
    private final HarshRule harshRule;
    private final Recruitment recruitment;
    private final TuaregAlignment alignment;
    private final Combat combat;
    private final Displacement displacement;
    private final CriminalFinancing financing;
    private final Ceasefires ceasefires;
    private final Withdrawal withdrawal;
    private final Movement movement;

    // state, rebuilt by start()
    private MapIndex index;
    private List<TownAgent> towns = new ArrayList<>();
    private Map<String, TownAgent> townsByKey = new TreeMap<>();
    private List<Unit> units = new ArrayList<>();
    private List<Unit> born = new ArrayList<>();
    private List<AirAsset> air = new ArrayList<>();
    private Redoubt redoubt;
    private int day;
    private int nextUnitId;
    private int eventCursor;
    private List<ScenarioEvent> eventsByDate = List.of();
    private double[] metrics = new double[MetricColumns.count()];
    private final double[] casualtiesBySide = new double[Side.values().length];
    private double civilianCasualties;
    private final int[] eventsToday = new int[EventType.values().length];
    private long eventCount;
    /** Events of the last {@link #RECENT_DAYS} days, oldest first, for the GUI. */
    private final java.util.ArrayDeque<ConflictEvent> recent = new java.util.ArrayDeque<>();
    public static final int RECENT_DAYS = 7;

    public SahelModel(Scenario scenario, Parameters parameters, long seed) {
        super(seed);
        this.scenario = scenario;
        this.parameters = parameters;
        this.map = MaliMap.get();
        this.offensive = new SouthwardOffensive(parameters);
        this.garrisonCollapse = new GarrisonCollapse(parameters);
        this.airStrikes = new AirStrikes(parameters);
        this.dispersal = new Dispersal(parameters);
        this.avoidance = new AvoidConventionalForces(parameters);
        this.redoubtRule = new MountainRedoubt(parameters);
        this.encirclement = new EncirclementResupply(parameters);
        this.sanctuary = new Sanctuary(parameters);
        this.liberation = new Liberation(parameters);
        this.asymmetricAttacks = new AsymmetricAttacks(parameters);
        this.handover = new Handover(parameters);
        this.restrictions = new Restrictions(parameters);
        this.vengeance = new Vengeance(parameters);
        this.harshRule = new HarshRule(parameters);
        this.recruitment = new Recruitment(parameters);
        this.alignment = new TuaregAlignment(parameters);
        this.combat = new Combat(parameters);
        this.displacement = new Displacement(parameters);
        this.financing = new CriminalFinancing(parameters);
        this.ceasefires = new Ceasefires(parameters);
        this.withdrawal = new Withdrawal(parameters);
        this.movement = new Movement();
    }

    public void setListener(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void start() {
        super.start();
        index = MapIndex.of(map, liberation.params().territoryRadiusKm());
        day = 0;
        nextUnitId = 0;
        eventCursor = 0;
        eventCount = 0;
        recent.clear();
        units = new ArrayList<>();
        byKindValid = false;
        born = new ArrayList<>();
        air = new ArrayList<>();
        towns = new ArrayList<>();
        townsByKey = new TreeMap<>();
        java.util.Arrays.fill(casualtiesBySide, 0);
        civilianCasualties = 0;
        restrictions.reset();
        alignment.reset(this);
        ceasefires.reset();
        financing.reset();
        withdrawal.reset();
        redoubt = new Redoubt("ifoghas+tigharghar", redoubtRule.params().initialSupplyFighterDays());

        List<Town> mapTowns = index.towns();
        for (int i = 0; i < mapTowns.size(); i++) {
            TownAgent t = new TownAgent(i, mapTowns.get(i));
            towns.add(t);
            townsByKey.put(key(t.getName()), t);
        }
        initialControl();
        for (ForceSpec spec : scenario.forces()) {
            deploy(spec, "initial forces");
        }
        List<ScenarioEvent> evs = new ArrayList<>(scenario.events());
        evs.sort(java.util.Comparator.comparing(ScenarioEvent::date)); // stable: keeps file order on equal dates
        eventsByDate = evs;

        // day-0 control
        LocalDate d0 = scenario.startDate().minusDays(1);
        for (TownAgent t : towns) {
            if (listener != null) {
                listener.onControlChange(new ControlChange(0, d0, t.getName(), t.getControlSide(), t.getControlFaction()));
            }
        }
        schedule.scheduleRepeating(0.0, 0, (Steppable) s -> dayStep(), 1.0);
    }

    /** Runs {@code days} complete days from a fresh start, then finishes. */
    public void runDays(int days) {
        start();
        while (day < days) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
    }

    // ------------------------------------------------------------------ the day

    private void dayStep() {
        day++;
        java.util.Arrays.fill(eventsToday, 0);
        while (!recent.isEmpty() && recent.peekFirst().day() <= day - RECENT_DAYS) {
            recent.removeFirst();
        }
        applyScenarioEvents();

        // towns and factions
        ceasefires.apply(this);
        withdrawal.apply(this);
        financing.apply(this);
        harshRule.apply(this);
        vengeance.apply(this);
        recruitment.apply(this);
        alignment.apply(this);

        // decisions
        displacement.apply(this);
        encirclement.applyEscapes(this);
        offensive.apply(this);
        avoidance.apply(this);
        sanctuary.apply(this);
        flushBorn();

        // movement, in id order
        for (Unit u : new ArrayList<>(units)) {
            u.step(this);
        }
        locateUnits();

        // fire and fighting
        airStrikes.apply(this);
        dispersal.apply(this);
        flushBorn();
        locateUnits();
        combat.apply(this);
        asymmetricAttacks.apply(this);
        redoubtRule.apply(this);
        encirclement.applyResupply(this);
        removeDead();
        liberation.apply(this);
        dispersal.regroup(this);
        removeDead();
        computeMetrics();
        if (listener != null) {
            listener.onDay(day, date(), metrics);
        }
    }

    private void applyScenarioEvents() {
        while (eventCursor < eventsByDate.size()) {
            ScenarioEvent e = eventsByDate.get(eventCursor);
            int d = Math.max(1, scenario.dayOf(e.date()));
            if (d > day) {
                break;
            }
            eventCursor++;
            applyEvent(e);
        }
    }

    private void applyEvent(ScenarioEvent e) {
        if (e instanceof ScenarioEvent.Deploy dep) {
            List<Unit> made = deploy(dep.force(), dep.note());
            if (!made.isEmpty()) {
                Unit u = made.get(0);
                emit(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, u.getFaction(), "", u.getX(), u.getY(), 0,
                        "deployment of " + dep.force().strength() + (u.isArmedGroup() ? " fighters" : " troops")
                                + (dep.note() == null ? "" : ": " + dep.note()));
            }
        } else if (e instanceof ScenarioEvent.AirCampaign ac) {
            Faction f = faction(ac.faction());
            double[] base = baseLatLon(ac.base());
            AirAsset existing = null;
            for (AirAsset a : air) {
                if (a.getFaction() == f) {
                    existing = a;
                }
            }
            if (existing != null) {
                air.remove(existing);
            }
            if (ac.sortiesPerDay() > 0) {
                air.add(new AirAsset(f, ac.base(), base[0], base[1], ac.sortiesPerDay()));
            }
        } else if (e instanceof ScenarioEvent.Handover h) {
            handover.onHandover(this, h);
        } else if (e instanceof ScenarioEvent.Withdrawal w) {
            withdrawal.onWithdrawal(this, w);
        } else if (e instanceof ScenarioEvent.Talks t) {
            ceasefires.onTalks(this, t);
            alignment.onTalks(this, t);
        } else if (e instanceof ScenarioEvent.Ceasefire c) {
            ceasefires.onCeasefire(this, c);
        } else if (e instanceof ScenarioEvent.Realignment r) {
            alignment.onRealignment(this, r);
        } else if (e instanceof ScenarioEvent.Restriction r) {
            restrictions.onRestriction(this, r);
        }
    }

    private double[] baseLatLon(String base) {
        TownAgent t = base == null ? null : town(base);
        if (t != null) {
            return new double[] {t.town().lat(), t.town().lon()};
        }
        double[] b = base == null ? null : FOREIGN_BASES.get(base.trim().toLowerCase(Locale.ROOT));
        if (b == null) {
            throw new IllegalArgumentException("air base '" + base + "' is neither a town of the map nor one of "
                    + new TreeMap<>(FOREIGN_BASES).keySet());
        }
        return b;
    }

    /** Initial control: scenario's list; other Mali towns south of the front are FAMa's, the rest nobody's. */
    private void initialControl() {
        double frontLat = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, String> e : scenario.control().entrySet()) {
            TownAgent t = requireTown(e.getKey(), "control");
            Faction f = faction(e.getValue());
            t.setControl(sideOf(f), f, 0);
            if (sideOf(f) != Side.GOVERNMENT) {
                frontLat = Math.min(frontLat, t.town().lat());
            }
        }
        for (TownAgent t : towns) {
            if (!scenario.control().containsKey(t.getName()) && t.getControlFaction() == null) {
                boolean inMali = map.inMali(t.cellX(), t.cellY());
                if (inMali && t.town().lat() < frontLat) {
                    t.setControl(Side.GOVERNMENT, Faction.FAMA, 0);
                }
            }
            Side s = t.getControlSide();
            // initial sympathy: the population leans to whoever has held it (assumed, see ODD)
            t.setSympathy(Side.GOVERNMENT, s == Side.GOVERNMENT ? 0.6 : 0.4);
            t.setSympathy(Side.JIHADIST, s == Side.JIHADIST ? 0.35 : 0.15);
            t.setSympathy(Side.SEPARATIST, t.town().lat() > 17.0 ? 0.5 : 0.1);
            t.setGrievance(recruitment.params().initialGrievance());
        }
    }

    /** Creates the units of a force spec; returns them (also added to the run). */
    public List<Unit> deploy(ForceSpec spec, String note) {
        Faction f = faction(spec.faction());
        double x;
        double y;
        TownAgent at = null;
        if (spec.town() != null) {
            at = requireTown(spec.town(), "force " + spec.faction());
            x = at.centreX();
            y = at.centreY();
        } else if (spec.lat() != null && spec.lon() != null) {
            x = Geo.x(spec.lon());
            y = Geo.y(spec.lat());
        } else {
            throw new IllegalArgumentException("force " + spec.faction() + " has neither town nor lat/lon");
        }
        int n = Math.max(1, spec.unitsOrDefault());
        int vehiclesTotal = spec.vehicles() != null ? spec.vehicles() : defaultVehicles(f, spec.strength());
        List<Unit> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = spec.strength() / n + (i < spec.strength() % n ? 1 : 0);
            int v = vehiclesTotal / n + (i < vehiclesTotal % n ? 1 : 0);
            if (s <= 0) {
                continue;
            }
            Unit u;
            if (f.isArmedGroup()) {
                Posture p = spec.posture() == null ? Posture.HOLD : Posture.valueOf(spec.posture().trim().toUpperCase(Locale.ROOT));
                ArmedUnit a = new ArmedUnit(nextUnitId++, f, x, y, s, v, financing.params().initialSupplyDays(), p);
                if (!spec.targets().isEmpty()) {
                    a.setTargetTown(requireTown(spec.targets().get(0), "targets of " + spec.faction()));
                }
                u = a;
            } else {
                Mission m = spec.mission() == null ? Mission.GARRISON : Mission.valueOf(spec.mission().trim().toUpperCase(Locale.ROOT));
                for (String t : spec.targets()) {
                    if (town(t) == null && map.region(t) == null) {
                        throw new IllegalArgumentException("target '" + t + "' of " + spec.faction() + " is neither a town nor a region");
                    }
                }
                ForceUnit fu = new ForceUnit(nextUnitId++, f, x, y, s, v, 60, m, spec.targets());
                if (m == Mission.GARRISON) {
                    fu.setPost(at);
                }
                u = fu;
            }
            u.setTown(at);
            born.add(u);
            made.add(u);
        }
        flushBorn();
        return made;
    }

    private static int defaultVehicles(Faction f, int strength) {
        return switch (f) {
            case FRANCE -> strength / 8;
            case CHAD -> strength / 8;
            case FAMA -> strength / 15;
            case AFISMA, UN -> strength / 12;
            case PARTNER -> strength / 10;
            default -> strength / 7; // technicals and motorbikes (004)
        };
    }

    // ------------------------------------------------------------------ services for rules and agents

    public int newUnitId() {
        return nextUnitId++;
    }

    /** Adds a unit created today (split, detachment); it joins the run at the next phase boundary. */
    public void addUnit(Unit u) {
        born.add(u);
    }

    private void flushBorn() {
        if (!born.isEmpty()) {
            units.addAll(born);
            born.clear();
            byKindValid = false;
        }
    }

    private void removeDead() {
        if (units.removeIf(u -> !u.isAlive() || u.getStrength() <= 0)) {
            byKindValid = false;
        }
    }

    private final List<ForceUnit> forceUnits = new ArrayList<>();
    private final List<ArmedUnit> armedUnits = new ArrayList<>();
    private boolean byKindValid;

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

    private static int clampX(int x) {
        return Math.max(0, Math.min(MaliMap.WIDTH - 1, x));
    }

    private static int clampY(int y) {
        return Math.max(0, Math.min(MaliMap.HEIGHT - 1, y));
    }

    public Side sideOf(Faction f) {
        return alignment == null ? f.defaultSide() : alignment.sideOf(f);
    }

    /** Whether units of a and b fight each other when they meet (R16 alignment, R20 aside). */
    public boolean hostile(Faction a, Faction b) {
        return alignment.hostileFast(a, b);
    }

    public double km(Unit a, Unit b) {
        return Geo.km(a.getX(), a.getY(), b.getX(), b.getY());
    }

    public double km(Unit a, TownAgent t) {
        return Geo.km(a.getX(), a.getY(), t.centreX(), t.centreY());
    }

    public double km(TownAgent a, TownAgent b) {
        return Geo.km(a.centreX(), a.centreY(), b.centreX(), b.centreY());
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

    public TownAgent town(String name) {
        if (name == null) {
            return null;
        }
        TownAgent t = townsByKey.get(key(name));
        if (t == null) {
            Town mt = map.town(name);
            if (mt != null) {
                t = townsByKey.get(key(mt.name()));
            }
        }
        return t;
    }

    private TownAgent requireTown(String name, String where) {
        TownAgent t = town(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown town '" + name + "' in " + where);
        }
        return t;
    }

    private static String key(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    public static Faction faction(String id) {
        Faction f = Faction.parse(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown faction '" + id + "'");
        }
        return f;
    }

    /** Sum of strength of the units of a side within km of a point (hiding and exiled units excluded). */
    public double strengthNear(Side side, double x, double y, double km) {
        double s = 0;
        for (Unit u : units) {
            if (u.isAlive() && sideOf(u.getFaction()) == side && visible(u) && Geo.km(u.getX(), u.getY(), x, y) <= km) {
                s += u.getStrength();
            }
        }
        return s;
    }

    /** False for units hiding among a population (R8) or in exile (R18): they hold no ground. */
    public static boolean visible(Unit u) {
        if (u instanceof ArmedUnit a) {
            return a.getPosture() != Posture.HIDE && !a.isInExile();
        }
        return true;
    }

    // random draws, all from this.random
    public boolean chance(double p) {
        return p > 0 && (p >= 1 || random.nextDouble() < p);
    }

    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
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
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        double mean = n * p;
        double sd = Math.sqrt(n * p * (1 - p));
        return (int) Math.max(0, Math.min(n, Math.round(mean + sd * random.nextGaussian())));
    }

    // ------------------------------------------------------------------ metrics

    private void computeMetrics() {
        double[] m = metrics;
        java.util.Arrays.fill(m, 0);
        for (Unit u : units) {
            if (u.isAlive()) {
                m[MetricColumns.strength(u.getFaction())] += u.getStrength();
            }
        }
        double[] territory = territoryBySide();
        for (TownAgent t : towns) {
            Side s = t.isContested() ? Side.NONE : t.getControlSide();
            m[MetricColumns.towns(s)]++;
        }
        for (Side s : Side.values()) {
            m[MetricColumns.territory(s)] = territory[s.ordinal()];
            if (s != Side.NONE) {
                m[MetricColumns.casualties(s)] = casualtiesBySide[s.ordinal()];
            }
        }
        m[MetricColumns.civilianCasualties()] = civilianCasualties;
        for (EventType t : EventType.values()) {
            m[MetricColumns.events(t)] = eventsToday[t.ordinal()];
        }
    }

    /** Strength present near each cell, by side, interleaved: influence[cell * sides + side]. */
    private double[] influence;
    private int[] stamp;
    private int stampId;
    private int[] touched;
    private int[][] discOffsets;
    private double[] sourceStrength;
    private int[] sourceStamp;
    private int[] sources;

    /** For each grid row, the (dx, dy) offsets of the cells whose centres lie within km of a cell centre of that row. */
    private static int[][] discOffsets(double km) {
        int h = MaliMap.HEIGHT;
        int[][] out = new int[h][];
        int ry = (int) Math.ceil(km / 11.12);
        for (int cy = 0; cy < h; cy++) {
            List<Integer> l = new ArrayList<>();
            for (int dy = -ry; dy <= ry; dy++) {
                double yc = cy + dy + 0.5;
                double kmX = 11.12 * Math.cos(Math.toRadians(Geo.lat((cy + 0.5 + yc) / 2)));
                int rx = (int) Math.ceil(km / kmX) + 1;
                for (int dx = -rx; dx <= rx; dx++) {
                    if (Geo.km(0.5, cy + 0.5, dx + 0.5, yc) <= km) {
                        l.add(dx);
                        l.add(dy);
                    }
                }
            }
            out[cy] = l.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Territory share by side (see ODD, "Territory share"): a Mali cell belongs to the side
     * controlling its town (the nearest within liberation.territoryRadiusKm) unless armed units
     * stand within liberation.influenceKm of it: a side present alone (or the strongest of
     * tolerant sides) holds the countryside unless it tolerates the town's side; hostile sides
     * present together make it contested ({@code none}). Computed from the towns' cell counts,
     * corrected only on the cells near units.
     */
    public double[] territoryBySide() {
        int nSides = Side.values().length;
        int w = MaliMap.WIDTH;
        int h = MaliMap.HEIGHT;
        if (influence == null) {
            influence = new double[nSides * w * h];
            stamp = new int[w * h];
            touched = new int[w * h];
        }
        stampId++;
        int nTouched = 0;
        double[] count = new double[nSides];
        int assigned = 0;
        for (TownAgent t : towns) {
            Side s = t.isContested() ? Side.NONE : t.getControlSide();
            int cells = index.territoryCells(t.index());
            count[s.ordinal()] += cells;
            assigned += cells;
        }
        count[Side.NONE.ordinal()] += index.maliCells() - assigned;
        double km = liberation.params().influenceKm();
        if (km > 0) {
            if (discOffsets == null) {
                discOffsets = discOffsets(km);
                sourceStrength = new double[nSides * w * h];
                sourceStamp = new int[nSides * w * h];
                sources = new int[nSides * w * h];
            }
            // units aggregated by side and cell: garrisons and regrouped bands share cells
            int nSources = 0;
            for (Unit u : units) {
                if (!u.isAlive() || (u instanceof ArmedUnit a && (a.isInExile() || a.getPosture() == Posture.DISPERSE))) {
                    continue;
                }
                int cx = Math.max(0, Math.min(w - 1, u.cellX()));
                int cy = Math.max(0, Math.min(h - 1, u.cellY()));
                int key = sideOf(u.getFaction()).ordinal() * w * h + cy * w + cx;
                if (sourceStamp[key] != stampId) {
                    sourceStamp[key] = stampId;
                    sourceStrength[key] = 0;
                    sources[nSources++] = key;
                }
                sourceStrength[key] += u.getStrength();
            }
            for (int k = 0; k < nSources; k++) {
                int key = sources[k];
                int side = key / (w * h);
                int cell = key % (w * h);
                int cx = cell % w;
                int cy = cell / w;
                double str = sourceStrength[key];
                int[] off = discOffsets[cy];
                for (int o = 0; o < off.length; o += 2) {
                    int x = cx + off[o];
                    int y = cy + off[o + 1];
                    if (x < 0 || x >= w || y < 0 || y >= h) {
                        continue;
                    }
                    int c = y * w + x;
                    if (index.cellTown(c) == -2) {
                        continue;
                    }
                    if (stamp[c] != stampId) {
                        stamp[c] = stampId;
                        for (int s = 0; s < nSides; s++) {
                            influence[c * nSides + s] = 0;
                        }
                        touched[nTouched++] = c;
                    }
                    influence[c * nSides + side] += str;
                }
            }
        }
        boolean[][] hostileSides = new boolean[nSides][nSides];
        for (Side a : Side.values()) {
            for (Side b : Side.values()) {
                hostileSides[a.ordinal()][b.ordinal()] = alignment.sidesHostile(a, b);
            }
        }
        Side[] sides = Side.values();
        for (int i = 0; i < nTouched; i++) {
            int c = touched[i];
            int ti = index.cellTown(c);
            Side town = ti < 0 ? Side.NONE : (towns.get(ti).isContested() ? Side.NONE : towns.get(ti).getControlSide());
            Side owner = town;
            int strongest = -1;
            double best = 0;
            boolean clash = false;
            int base = c * nSides;
            for (int s = 0; s < nSides; s++) {
                double v = influence[base + s];
                if (v <= 0) {
                    continue;
                }
                for (int o = 0; o < s; o++) {
                    if (influence[base + o] > 0 && hostileSides[s][o]) {
                        clash = true;
                    }
                }
                if (v > best) {
                    best = v;
                    strongest = s;
                }
            }
            if (clash) {
                owner = Side.NONE;
            } else if (strongest >= 0 && (town == Side.NONE || hostileSides[strongest][town.ordinal()])) {
                owner = sides[strongest];
            }
            if (owner != town) {
                count[town.ordinal()]--;
                count[owner.ordinal()]++;
            }
        }
        int n = index.maliCells();
        for (int s = 0; s < nSides; s++) {
            count[s] = n == 0 ? 0 : count[s] / n;
        }
        return count;
    }

    /** The metrics of the last completed day (a copy). */
    public double[] metrics() {
        return metrics.clone();
    }

    // ------------------------------------------------------------------ read access

    public int day() { return day; }
    public LocalDate date() { return scenario.startDate().plusDays(day - 1L); }
    public Scenario scenario() { return scenario; }
    public Parameters parameters() { return parameters; }
    public MaliMap map() { return map; }
    public MapIndex index() { return index; }
    public List<TownAgent> towns() { return Collections.unmodifiableList(towns); }
    /**
     * Units at the last phase boundary, in id order. The live list, for speed: rules and readers
     * must not modify it (units created today go through {@link #addUnit}).
     */
    public List<Unit> units() { return units; }
    /** Read-only view of the units, for the GUI and other readers. */
    public List<Unit> unitsView() { return Collections.unmodifiableList(units); }
    public boolean within(Unit a, TownAgent t, double km) {
        return Geo.within(a.getX(), a.getY(), t.centreX(), t.centreY(), km);
    }
    public boolean within(Unit a, Unit b, double km) {
        return Geo.within(a.getX(), a.getY(), b.getX(), b.getY(), km);
    }
    public List<AirAsset> airAssets() { return Collections.unmodifiableList(air); }
    public Redoubt redoubt() { return redoubt; }
    public long eventCount() { return eventCount; }
    /** Strikes, attacks, battles and other events of the last {@link #RECENT_DAYS} days, oldest first. */
    public List<ConflictEvent> recentEvents() { return List.copyOf(recent); }
    public double casualties(Side s) { return casualtiesBySide[s.ordinal()]; }
    public double civilianCasualties() { return civilianCasualties; }

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

    public int totalStrength(Side side) {
        int s = 0;
        for (Unit u : units) {
            if (u.isAlive() && sideOf(u.getFaction()) == side) {
                s += u.getStrength();
            }
        }
        return s;
    }

    public SouthwardOffensive offensive() { return offensive; }
    public GarrisonCollapse garrisonCollapse() { return garrisonCollapse; }
    public AirStrikes airStrikes() { return airStrikes; }
    public Dispersal dispersal() { return dispersal; }
    public AvoidConventionalForces avoidance() { return avoidance; }
    public MountainRedoubt redoubtRule() { return redoubtRule; }
    public EncirclementResupply encirclement() { return encirclement; }
    public Sanctuary sanctuary() { return sanctuary; }
    public Liberation liberation() { return liberation; }
    public AsymmetricAttacks asymmetricAttacks() { return asymmetricAttacks; }
    public Handover handover() { return handover; }
    public Restrictions restrictions() { return restrictions; }
    public Vengeance vengeance() { return vengeance; }
    public HarshRule harshRule() { return harshRule; }
    public Recruitment recruitment() { return recruitment; }
    public TuaregAlignment alignment() { return alignment; }
    public Combat combat() { return combat; }
    public Displacement displacement() { return displacement; }
    public CriminalFinancing financing() { return financing; }
    public Ceasefires ceasefires() { return ceasefires; }
    public Withdrawal withdrawal() { return withdrawal; }
    public Movement movement() { return movement; }
}
