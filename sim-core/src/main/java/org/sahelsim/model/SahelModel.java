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
import org.sahelsim.world.World;
import sim.engine.SimState;

/**
 * The conflict in Mali as a MASON {@link SimState}. It only assembles: a {@link World} (one run's
 * state) on the map of {@link MaliMap}, the {@link RuleSet} (R1..R21 of domain-rules.md) built from
 * the run's parameters, and the {@link DayPlan}, whose phases MASON's schedule runs in order every
 * day (one step of the schedule is one day; see docs/ODD.md, "Process overview and scheduling").
 * A run is a pure function of (scenario, parameters, seed).
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
        world = rules.newWorld(scenario, map, random);
        world.setListener(listener);
        metrics = new DailyMetrics(rules.liberation().params().influenceKm());
        plan = dayPlan();
        eventCursor = 0;
        Setup.apply(world, rules);
        rules.civilians().initialise(world, scenario.displacement());
        List<ScenarioEvent> evs = new ArrayList<>(scenario.events());
        evs.sort(Comparator.comparing(ScenarioEvent::date)); // stable: keeps file order on equal dates
        eventsByDate = evs;
        plan.schedule(schedule);
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
        RuleSet r = rules;
        return new DayPlan()
                .then("calendar and scenario events", List.of("arrivals", "R11", "R12", "R16", "R20", "R21"), () -> {
                    world.nextDay();
                    applyScenarioEvents();
                })
                .then("towns and factions", List.of("R20", "R21", "R19", "R14", "R13", "civilians", "R15", "R16"), () -> {
                    r.ceasefires().apply(world);
                    r.withdrawal().apply(world);
                    r.financing().apply(world);
                    r.harshRule().apply(world);
                    r.vengeance().apply(world);
                    r.civilians().apply(world);
                    r.recruitment().apply(world);
                    r.alignment().apply(world);
                })
                .then("decisions of armed groups", List.of("R18", "R7", "R1", "R5", "R8"), () -> {
                    r.displacement().apply(world);
                    r.encirclement().applyEscapes(world);
                    r.offensive().apply(world);
                    r.avoidance().apply(world);
                    r.sanctuary().apply(world);
                    world.flushBorn();
                })
                .then("decisions of forces: commanders choose objectives", List.of("R9", "R11", "R12"),
                        () -> r.command().apply(world))
                .then("orders and movement, in unit id order", List.of("R1", "R4", "R6", "R8", "R9", "R10"),
                        () -> r.unitOrders().apply(world))
                .then("air strikes and dispersal", List.of("R3", "R4"), () -> {
                    r.airStrikes().apply(world);
                    r.dispersal().apply(world);
                    world.flushBorn();
                    world.locateUnits();
                })
                .then("engagements and attacks", List.of("R17", "R2", "R10"), () -> {
                    r.combat().apply(world);
                    r.asymmetricAttacks().apply(world);
                })
                .then("redoubt supplies", List.of("R6", "R7"), () -> {
                    r.redoubt().apply(world);
                    r.encirclement().applyResupply(world);
                    world.removeDead();
                })
                .then("control of towns", List.of("R9"), () -> r.liberation().apply(world))
                .then("regrouping", List.of("R4"), () -> {
                    r.dispersal().regroup(world);
                    world.removeDead();
                })
                .then("daily metrics", List.of(), () -> {
                    metrics.compute(world);
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
        while (eventCursor < eventsByDate.size()) {
            ScenarioEvent e = eventsByDate.get(eventCursor);
            int d = Math.max(1, scenario.dayOf(e.date()));
            if (d > world.day()) {
                break;
            }
            eventCursor++;
            rules.dispatch(world, e);
        }
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
        return (metrics == null ? new DailyMetrics(rules.liberation().params().influenceKm()) : metrics).territoryBySide(world);
    }
}
