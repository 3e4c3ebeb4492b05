package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.ParameterCatalog;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.map.MaliMap;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.MapIndex;
import org.sahelsim.world.World;

/**
 * The rules of one run, built from its parameters with their dependencies made explicit (a rule
 * that uses another's behaviour or parameters receives it here), and the dispatch of scenario
 * events to the rules that answer them.
 */
public final class RuleSet {
    /** Every rule's parameter record, in rule order (R1..R21). */
    public static final List<Class<? extends Record>> PARAMETER_RECORDS = List.of(
            SouthwardOffensive.Params.class, GarrisonCollapse.Params.class, AirStrikes.Params.class, Dispersal.Params.class,
            AvoidConventionalForces.Params.class, MountainRedoubt.Params.class, EncirclementResupply.Params.class,
            Sanctuary.Params.class, Liberation.Params.class, AsymmetricAttacks.Params.class, Handover.Params.class,
            Restrictions.Params.class, Vengeance.Params.class, HarshRule.Params.class, Recruitment.Params.class,
            TuaregAlignment.Params.class, Combat.Params.class, Displacement.Params.class, CriminalFinancing.Params.class,
            Ceasefires.Params.class, Withdrawal.Params.class, InitialSympathy.Params.class, Arrivals.Params.class,
            ThreatAppraisal.Params.class, Command.Params.class, Marches.Params.class, CounterTerror.Params.class,
            CivilianFlight.Params.class);

    /** The catalogue of every parameter of the model, built from the records' declarations. */
    public static final ParameterCatalog CATALOG = ParameterCatalog.of(PARAMETER_RECORDS);

    private final SouthwardOffensive offensive;
    private final GarrisonCollapse garrisonCollapse;
    private final AirStrikes airStrikes;
    private final CounterTerror counterTerror;
    private final Dispersal dispersal;
    private final AvoidConventionalForces avoidance;
    private final MountainRedoubt redoubt;
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
    private final Arrivals arrivals;
    private final InitialSympathy initialSympathy;
    private final UnitOrders unitOrders;
    private final Marches marches;
    private final Command command;
    private final CombatPower power;
    private final ThreatAppraisal appraisal;
    private final CivilianFlight civilians;
    private final List<Rule> all;

    public RuleSet(Parameters parameters) {
        SouthwardOffensive.Params offensiveP = ParameterRecords.bind(SouthwardOffensive.Params.class, parameters);
        AirStrikes.Params airP = ParameterRecords.bind(AirStrikes.Params.class, parameters);
        Dispersal.Params dispersalP = ParameterRecords.bind(Dispersal.Params.class, parameters);
        MountainRedoubt.Params redoubtP = ParameterRecords.bind(MountainRedoubt.Params.class, parameters);
        Sanctuary.Params sanctuaryP = ParameterRecords.bind(Sanctuary.Params.class, parameters);
        Handover.Params handoverP = ParameterRecords.bind(Handover.Params.class, parameters);
        Combat.Params combatP = ParameterRecords.bind(Combat.Params.class, parameters);
        AsymmetricAttacks.Params attacksP = ParameterRecords.bind(AsymmetricAttacks.Params.class, parameters);

        power = new CombatPower(combatP, handoverP, redoubtP);
        Flight flight = new Flight(dispersalP);
        ThreatAppraisal.Params threatP = ParameterRecords.bind(ThreatAppraisal.Params.class, parameters);
        ThreatAppraisal appraisal = new ThreatAppraisal(threatP, power, airP);
        this.appraisal = appraisal;
        Marches.Params marchesP = ParameterRecords.bind(Marches.Params.class, parameters);
        offensive = new SouthwardOffensive(offensiveP, power, appraisal, marchesP);
        garrisonCollapse = new GarrisonCollapse(ParameterRecords.bind(GarrisonCollapse.Params.class, parameters), power, threatP);
        airStrikes = new AirStrikes(airP, sanctuaryP, redoubtP, dispersalP);
        counterTerror = new CounterTerror(ParameterRecords.bind(CounterTerror.Params.class, parameters), airStrikes, airP);
        redoubt = new MountainRedoubt(parameters);
        sanctuary = new Sanctuary(sanctuaryP, dispersalP, appraisal, flight);
        displacement = new Displacement(ParameterRecords.bind(Displacement.Params.class, parameters), attacksP);
        dispersal = new Dispersal(dispersalP, redoubt, sanctuary, displacement, flight);
        avoidance = new AvoidConventionalForces(ParameterRecords.bind(AvoidConventionalForces.Params.class, parameters), power, dispersal, appraisal);
        encirclement = new EncirclementResupply(parameters);
        liberation = new Liberation(parameters);
        combat = new Combat(combatP, power, garrisonCollapse, dispersal);
        asymmetricAttacks = new AsymmetricAttacks(attacksP, combat);
        handover = new Handover(parameters);
        restrictions = new Restrictions(parameters);
        alignment = new TuaregAlignment(parameters);
        vengeance = new Vengeance(parameters, alignment);
        harshRule = new HarshRule(parameters);
        recruitment = new Recruitment(parameters);
        financing = new CriminalFinancing(parameters);
        ceasefires = new Ceasefires(parameters);
        withdrawal = new Withdrawal(parameters);
        arrivals = new Arrivals(ParameterRecords.bind(Arrivals.Params.class, parameters),
                ParameterRecords.bind(CriminalFinancing.Params.class, parameters), liberation.params());
        initialSympathy = new InitialSympathy(parameters);
        marches = new Marches(marchesP);
        command = new Command(ParameterRecords.bind(Command.Params.class, parameters), power, liberation, marches, offensiveP);
        arrivals.setCommand(command);
        unitOrders = new UnitOrders(dispersal, redoubt, liberation, marches);
        civilians = new CivilianFlight(parameters);
        all = List.of(offensive, garrisonCollapse, airStrikes, dispersal, avoidance, redoubt, encirclement, sanctuary,
                liberation, asymmetricAttacks, handover, restrictions, vengeance, harshRule, recruitment, alignment, combat,
                displacement, financing, ceasefires, withdrawal, arrivals, command, counterTerror, civilians);
    }

    /** A fresh world for one run, with the shared state (relations, truces, access) as the rules start it. */
    public World newWorld(Scenario scenario, MaliMap map, MersenneTwisterFast random) {
        MapIndex index = MapIndex.of(map, liberation.params().territoryRadiusKm());
        return new World(scenario, map, index, random, alignment.initialRelations(), ceasefires.initialTruces(),
                restrictions.initialAccess(map));
    }

    /** Hands a scenario event to every rule that answers its type, in rule order. */
    public void dispatch(World w, ScenarioEvent e) {
        boolean answered = false;
        for (Rule r : all) {
            for (EventHandler<?> h : r.handlers()) {
                if (h.handles(e)) {
                    h.handle(w, e);
                    answered = true;
                }
            }
        }
        if (!answered) {
            throw new IllegalStateException("no rule answers " + e.getClass().getSimpleName());
        }
    }

    /**
     * The rules of the same run with new parameters from today (a branch's parameters at its
     * branch date, see docs/SCENARIOS.md, "Branches"): a new rule set built from {@code parameters},
     * into which the run state of this one is carried, so that only the parameters change.
     *
     * <p>Run state is what a rule holds besides its parameters and collaborators: every field that
     * is not static, not a record (the {@code Params}), not another object of this package (a
     * collaborator, whose own state is carried in turn) and not a final scalar (a constant derived
     * from the parameters at construction) is handed over as it stands. A rule must therefore keep
     * values derived from its parameters in final scalar fields or in its {@code Params}, and its run
     * state anywhere else (RuleSetTest checks that a rebinding with unchanged parameters changes
     * nothing in a run).
     */
    public RuleSet rebind(Parameters parameters) {
        RuleSet next = new RuleSet(parameters);
        java.util.Set<Object> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (java.lang.reflect.Field f : RuleSet.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && isCollaborator(f.getType())) {
                carry(read(f, this), read(f, next), done);
            }
        }
        return next;
    }

    private static boolean isCollaborator(Class<?> type) {
        return type.getPackage() == RuleSet.class.getPackage() && !type.isRecord() && !type.isInterface() && !type.isEnum();
    }

    private static void carry(Object from, Object to, java.util.Set<Object> done) {
        if (from == null || to == null || from.getClass() != to.getClass() || !done.add(from)) {
            return;
        }
        for (Class<?> c = from.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                Class<?> t = f.getType();
                if (java.lang.reflect.Modifier.isStatic(mod) || f.isSynthetic() || t.isRecord()) {
                    continue;
                }
                if (isCollaborator(t)) {
                    carry(read(f, from), read(f, to), done);
                } else if (!(java.lang.reflect.Modifier.isFinal(mod) && isScalar(t))) {
                    write(f, to, read(f, from));
                }
            }
        }
    }

    private static boolean isScalar(Class<?> t) {
        return t.isPrimitive() || t.isEnum() || t == String.class || Number.class.isAssignableFrom(t) || t == Boolean.class;
    }

    private static Object read(java.lang.reflect.Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    private static void write(java.lang.reflect.Field f, Object o, Object value) {
        try {
            f.setAccessible(true);
            f.set(o, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot carry " + f, e);
        }
    }

    /** The rules, R1..R21 then arrivals. */
    public List<Rule> all() {
        return all;
    }

    /** For each scenario event type, the ids of the rules that answer it. */
    public Map<String, List<String>> eventHandlers() {
        Map<String, List<String>> m = new java.util.TreeMap<>();
        for (Rule r : all) {
            for (EventHandler<?> h : r.handlers()) {
                m.computeIfAbsent(h.type().getSimpleName(), k -> new ArrayList<>()).add(r.id());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    public SouthwardOffensive offensive() { return offensive; }
    public GarrisonCollapse garrisonCollapse() { return garrisonCollapse; }
    public AirStrikes airStrikes() { return airStrikes; }
    public CounterTerror counterTerror() { return counterTerror; }
    public Dispersal dispersal() { return dispersal; }
    public AvoidConventionalForces avoidance() { return avoidance; }
    public MountainRedoubt redoubt() { return redoubt; }
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
    public Arrivals arrivals() { return arrivals; }
    public InitialSympathy initialSympathy() { return initialSympathy; }
    public UnitOrders unitOrders() { return unitOrders; }
    public Command command() { return command; }
    public Marches marches() { return marches; }
    public CombatPower power() { return power; }
    public ThreatAppraisal appraisal() { return appraisal; }
    public CivilianFlight civilians() { return civilians; }
}
