package org.sahelsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.map.MaliMap;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.RandomStreams;
import org.sahelsim.world.World;
import sim.engine.SimState;

/**
 * The conflict in Mali as a MASON {@link SimState}. It only assembles: a {@link World} (one run's
 * state) on the map of {@link MaliMap}, the {@link RuleSet} (R1..R21 of domain-rules.md) built from
 * the run's parameters, and the {@link DayPlan}, whose phases MASON's schedule runs in order every
 * day (one step of the schedule is one day; see docs/ODD.md, "Process overview and scheduling").
 * A run is a pure function of (scenario, parameters, seed).
 *
 * <p>Random draws come from streams keyed by (seed, subsystem): one per phase and day, one per
 * scenario event (keyed by its content), one for the setup and one per initial force, so that a
 * change in one subsystem leaves the draws of the others in step (see {@link Streams}).
 */
public final class SahelModel extends SimState {
    private static final long serialVersionUID = 1L;
    /** Days of events kept for {@link World#recentEvents()}. */
    public static final int RECENT_DAYS = World.RECENT_DAYS;

    private final Scenario scenario;
    private final Parameters parameters;
    private final transient MaliMap map;
    private transient RunListener listener;
    private transient World world;
    private transient RuleSet rules;
    private transient DayPlan plan;
    private transient DailyMetrics metrics;
    private List<ScenarioEvent> eventsByDate = List.of();
    private int eventCursor;
    private long[] eventStreamKeys = new long[0];
    private int changeCursor;
    private transient Parameters current;

    public SahelModel(Scenario scenario, Parameters parameters, long seed) {
        super(seed);
        this.scenario = scenario;
        this.parameters = parameters;
        this.map = MaliMap.get();
        this.rules = new RuleSet(parameters);
        this.world = rules.newWorld(scenario, map, random);
        this.plan = dayPlan();
    }

    public void setListener(RunListener listener) {
        this.listener = listener;
        world.setListener(listener);
    }

    @Override
    public void start() {
        super.start();
        rules = new RuleSet(parameters);
        current = parameters;
        changeCursor = 0;
        world = rules.newWorld(scenario, map, random);
        world.useStreams(new RandomStreams(seed()));
        world.setListener(listener);
        metrics = new DailyMetrics();
        plan = dayPlan();
        eventCursor = 0;
        Setup.apply(world, rules);
        rules.civilians().initialise(world, scenario.displacement());
        List<ScenarioEvent> evs = new ArrayList<>(scenario.events());
        evs.sort(Comparator.comparing(ScenarioEvent::date)); // stable: keeps file order on equal dates
        eventsByDate = evs;
        eventStreamKeys = Streams.contentKeys(evs);
        // each phase draws from its own stream, started afresh every day (see docs/ARCHITECTURE.md)
        plan.schedule(schedule, name -> world.beginStream(name, world.day()));
    }

    /** Runs {@code days} complete days from a fresh start, then finishes. */
    public void runDays(int days) {
        start();
        while (world.day() < days) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
    }

    /** The ODD's schedule: the phases of one day, in order, with the rules each runs. */
    private DayPlan dayPlan() {
        // the phases read the field 'rules' each day: a branch's parameters rebind it (applyParameterChanges)
        return new DayPlan()
                .then("calendar and scenario events", List.of("arrivals", "R11", "R12", "R16", "R20", "R21"), () -> {
                    world.nextDay();
                    applyScenarioEvents();
                })
                .then("towns and factions", List.of("R20", "R21", "R19", "R14", "R13", "civilians", "R15", "R16"), () -> {
                    rules.ceasefires().apply(world);
                    rules.withdrawal().apply(world);
                    rules.financing().apply(world);
                    rules.harshRule().apply(world);
                    rules.vengeance().apply(world);
                    rules.civilians().apply(world);
                    rules.recruitment().apply(world);
                    rules.alignment().apply(world);
                })
                .then("decisions of armed groups", List.of("R18", "R7", "R1", "R5", "R8"), () -> {
                    rules.displacement().apply(world);
                    rules.encirclement().applyEscapes(world);
                    rules.offensive().apply(world);
                    rules.avoidance().apply(world);
                    rules.sanctuary().apply(world);
                    world.flushBorn();
                })
                .then("decisions of forces: commanders choose objectives", List.of("R9", "R11", "R12"),
                        () -> rules.command().apply(world))
                .then("orders and movement, in unit id order", List.of("R1", "R4", "R6", "R8", "R9", "R10"),
                        () -> rules.unitOrders().apply(world))
                .then("air strikes and dispersal", List.of("R3", "R22", "R4"), () -> {
                    rules.airStrikes().apply(world);
                    rules.counterTerror().apply(world);
                    rules.dispersal().apply(world);
                    world.flushBorn();
                    world.locateUnits();
                })
                .then("engagements and attacks", List.of("R17", "R2", "R10"), () -> {
                    rules.combat().apply(world);
                    rules.asymmetricAttacks().apply(world);
                })
                .then("redoubt supplies", List.of("R6", "R7"), () -> {
                    rules.redoubt().apply(world);
                    rules.encirclement().applyResupply(world);
                    world.removeDead();
                })
                .then("control of towns", List.of("R9"), () -> rules.liberation().apply(world))
                .then("regrouping", List.of("R4"), () -> {
                    rules.dispersal().regroup(world);
                    world.removeDead();
                })
                .then("daily metrics", List.of(), () -> {
                    metrics.compute(world, rules);
                    if (listener != null) {
                        listener.onDay(world.day(), world.date(), metrics.values());
                        listener.onDisplaced(world.day(), world.date(), world.civilians().hostedBySite());
                        if (listener.wantsPresence()) {
                            listener.onPresence(world.day(), world.presence());
                        }
                    }
                });
    }

    private void applyScenarioEvents() {
        applyParameterChanges();
        while (eventCursor < eventsByDate.size()) {
            ScenarioEvent e = eventsByDate.get(eventCursor);
            int d = Math.max(1, scenario.dayOf(e.date()));
            if (d > world.day()) {
                break;
            }
            world.beginStream(Streams.SCENARIO_EVENT, eventStreamKeys[eventCursor]);
            eventCursor++;
            rules.dispatch(world, e);
        }
    }

    /**
     * A branch's parameters take effect at the start of its branch date, before that day's events:
     * the rules are rebound to the new values with their run state carried over
     * ({@link RuleSet#rebind}). A value the user set on the command line (one that differs from
     * the scenario's own) is kept: the command line wins, as it does over the scenario's parameters.
     */
    private void applyParameterChanges() {
        List<Scenario.ParameterChange> changes = scenario.parameterChanges();
        boolean changed = false;
        while (changeCursor < changes.size() && scenario.dayOf(changes.get(changeCursor).date()) <= world.day()) {
            Scenario.ParameterChange c = changes.get(changeCursor++);
            Parameters asWritten = RuleSet.CATALOG.defaults().withAll(scenario.parameters());
            for (var e : c.values().entrySet()) {
                if (parameters.get(e.getKey()) == asWritten.get(e.getKey())) {
                    current = current.with(e.getKey(), e.getValue());
                    changed = true;
                }
            }
        }
        if (changed) {
            rules = rules.rebind(current);
        }
    }

    /** The parameters in force today (those given, then a branch's from its branch date). */
    public Parameters currentParameters() {
        return current;
    }

    // ------------------------------------------------------------------ read access

    /** This run's state: towns, units, air, events (rebuilt by {@link #start()}). */
    public World world() { return world; }
    /** This run's rules (rebuilt by {@link #start()}). */
    public RuleSet rules() { return rules; }
    /** The phases of the day, as scheduled. */
    public DayPlan plan() { return plan; }
    public int day() { return world.day(); }
    public LocalDate date() { return world.date(); }
    public Scenario scenario() { return scenario; }
    public Parameters parameters() { return parameters; }
    public MaliMap map() { return map; }

    /** The metrics of the last completed day (a copy). */
    public double[] metrics() {
        return metrics == null ? new double[org.sahelsim.core.MetricColumns.count()] : metrics.values().clone();
    }

    /** Territory share by side now (see docs/ODD.md, "Territory share"). */
    public double[] territoryBySide() {
        return (metrics == null ? new DailyMetrics() : metrics).territoryBySide(world, rules);
    }
}
