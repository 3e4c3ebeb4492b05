package org.sahelsim.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ForceSpec;
import org.sahelsim.scenario.Intent;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;

/** Small constructed situations on the real map, for the behavioural tests of the rules. */
final class Situations {
    static final LocalDate START = LocalDate.of(2013, 1, 8);

    private final List<ForceSpec> forces = new ArrayList<>();
    private final Map<String, String> control = new LinkedHashMap<>();
    private final Map<String, Double> parameters = new LinkedHashMap<>();
    private final List<ScenarioEvent> events = new ArrayList<>();
    final List<ConflictEvent> log = new ArrayList<>();
    final List<ControlChange> changes = new ArrayList<>();

    static Situations create() {
        return new Situations();
    }

    /** An armed group; {@code targets} are ignored since issue 11 (R1 chooses a column's target), kept for readability. */
    Situations armed(String faction, String town, int fighters, String posture, String... targets) {
        forces.add(new ForceSpec(faction, town, null, null, fighters, 1, null, posture, null, List.of(), null));
        return this;
    }

    Situations armedAt(String faction, double lat, double lon, int fighters, String posture) {
        forces.add(new ForceSpec(faction, null, lat, lon, fighters, 1, null, posture, null, List.of(), null));
        return this;
    }

    /**
     * A force. Since issue 11 a mission with towns becomes an intent: 'advance' = reconquer those
     * towns (the commander chooses the order), 'clear' = clear them (towns or map regions),
     * 'patrol' = defend them.
     */
    Situations force(String faction, String town, int troops, String mission, String... targets) {
        Intent in = null;
        String m = mission;
        if (targets.length > 0 || "advance".equals(mission) || "patrol".equals(mission)) {
            List<String> ts = Arrays.asList(targets);
            boolean regions = ts.stream().allMatch(t -> org.sahelsim.map.MaliMap.get().region(t) != null);
            in = switch (mission) {
                case "clear" -> new Intent("clear", regions ? ts : List.of(), regions ? List.of() : ts, null);
                case "patrol" -> new Intent("defend", List.of(), ts, null);
                default -> new Intent("reconquer", List.of(), ts, null);
            };
            m = null;
        }
        forces.add(new ForceSpec(faction, town, null, null, troops, 1, null, null, m, List.of(), in));
        return this;
    }

    /** A force at a position (e.g. an observation post), garrisoning where it stands. */
    Situations forceAt(String faction, double lat, double lon, int troops) {
        forces.add(new ForceSpec(faction, null, lat, lon, troops, 1, null, null, "garrison", List.of(), null));
        return this;
    }

    /** A force with an intent (issue 11). */
    Situations force(String faction, String town, int troops, Intent intent) {
        forces.add(new ForceSpec(faction, town, null, null, troops, 1, null, null, null, List.of(), intent));
        return this;
    }

    Situations control(String town, String faction) {
        control.put(town, faction);
        return this;
    }

    Situations set(String key, double value) {
        parameters.put(key, value);
        return this;
    }

    Situations event(ScenarioEvent e) {
        events.add(e);
        return this;
    }

    /** No towns are given to FAMa by default: every unlisted town north of 10N starts uncontrolled. */
    Scenario scenario(int days) {
        Map<String, String> c = new LinkedHashMap<>(control);
        if (c.values().stream().noneMatch(f -> Faction.parse(f) != null && !Faction.parse(f).defaultSide().id().equals("government"))) {
            c.put("Taoudenni", "AQIM"); // a far-away front line so that unlisted towns start uncontrolled
        }
        return new Scenario("test", "test", "", List.of(), START, days, forces, c, parameters, events);
    }

    SahelModel model(int days, long seed) {
        Scenario s = scenario(days);
        SahelModel m = new SahelModel(s, RuleSet.CATALOG.defaults().withAll(s.parameters()), seed);
        m.setListener(new RunListener() {
            @Override
            public void onEvent(ConflictEvent e) {
                log.add(e);
            }

            @Override
            public void onControlChange(ControlChange c) {
                changes.add(c);
            }
        });
        return m;
    }

    /** Builds, starts and runs the model for the given days, leaving it in its final state. */
    SahelModel run(int days, long seed) {
        SahelModel m = model(days, seed);
        m.start();
        step(m, days);
        return m;
    }

    static void step(SahelModel m, int days) {
        int target = m.day() + days;
        while (m.day() < target) {
            m.schedule.step(m);
        }
    }

    long count(SubEventType t) {
        return log.stream().filter(e -> e.subEventType() == t).count();
    }

    long count(SubEventType t, String noteContains) {
        return log.stream().filter(e -> e.subEventType() == t && e.notes().contains(noteContains)).count();
    }

    static List<ArmedUnit> armed(SahelModel m, Faction f) {
        List<ArmedUnit> out = new ArrayList<>();
        for (Unit u : m.world().units()) {
            if (u instanceof ArmedUnit a && a.getFaction() == f && a.isAlive()) {
                out.add(a);
            }
        }
        return out;
    }

    static List<ForceUnit> forces(SahelModel m, Faction f) {
        List<ForceUnit> out = new ArrayList<>();
        for (Unit u : m.world().units()) {
            if (u instanceof ForceUnit a && a.getFaction() == f && a.isAlive()) {
                out.add(a);
            }
        }
        return out;
    }

    static int strength(List<? extends Unit> us) {
        return us.stream().mapToInt(Unit::getStrength).sum();
    }

    static TownAgent town(SahelModel m, String name) {
        TownAgent t = m.world().town(name);
        if (t == null) {
            throw new IllegalArgumentException(name);
        }
        return t;
    }
}
