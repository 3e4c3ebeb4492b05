package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.Truces;
import org.sahelsim.world.World;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R20 Negotiation, ceasefires and local agreements (document 001: the Niono agreement of March
 * 2021, where "in exchange for forcing women to wear headscarves and allowing them to preach in
 * villages, the jihadists agreed to release captives and allow armed soldiers to patrol", and
 * which "collapsed over the summer"; an agreement lets "a particular village ... stop being
 * surrounded by jihadists" and "the return of the displaced"; the junta negotiates once France
 * leaves; document 003: JNIM accepts talks on the sole condition that the French leave, and
 * France should suspend its hunt for leaders in dialogue).
 *
 * <p>A ceasefire event binds its parties (all factions when none are named), everywhere or within
 * {@code localRadiusKm} of its towns. While it holds, a fight or attack between two bound
 * factions there is called off with probability {@code violenceReduction} (one draw per local
 * engagement). A local agreement may trade concessions, each in force in its area while it holds:
 * <ul>
 *   <li>the group's {@code liftSiege}: no attack on, or march against, a town of the area by a
 *   bound group on a bound force (R10, R5 read it), and the town's displaced may come home
 *   ({@link Truces#returnAllowed} for the civilians);</li>
 *   <li>the group's {@code allowPatrols}: fights between the parties' units in the area are called
 *   off with {@code patrolViolenceReduction} instead of violenceReduction;</li>
 *   <li>the state's {@code stopHunting}: its parties strike and raid no unit of a bound group in the
 *   area ({@link Truces#huntSpared}, R3, R22);</li>
 *   <li>the state's {@code acceptGroupRule}: its parties keep out of the area's towns a bound
 *   group holds ({@link org.sahelsim.world.Access}: command chooses no objective there).</li>
 * </ul>
 * The release of captives has no state in the model (no stock of local captives) and is not a concession here.
 *
 * <p>Collapse. Each day a holding ceasefire collapses with probability {@code collapseHazardPerDay}
 * plus, for a local one, {@code hazardPerViolation} x its strain: every violent event of the day
 * before in its area between a bound armed group and a government-side force (battles, strikes,
 * bombs, a group's attack on civilians unless the state accepted its rule) adds 1, and the strain
 * fades with a memory of {@code violationMemoryDays}. A hunting strike or an abuse of civilians by
 * a bound force in the area breaks a local agreement at once. A collapse or end is an event; the
 * calm and every concession end with it. Ends after its days. Talks lower violence between their
 * parties and the government side by {@code talksViolenceReduction}, but (with
 * {@code franceCondition} = 1) not for jihadist parties while French troops remain in Mali; with
 * suspendHunt, air strikes spare the parties (R3).
 */
public final class Ceasefires implements Rule {
    public static final String RULE = "R20";

    @ParamGroup(prefix = "ceasefire", rule = RULE)
    public record Params(
            @Param(value = 0.008, min = 0, max = 1, unit = "probability per day",
                    about = "daily chance that a ceasefire collapses, violations aside",
                    source = "001: Niono agreement of March 2021 collapsed over the summer (about 120 days, 1/120)")
            double collapseHazardPerDay,
            @Param(value = 0.85, min = 0, max = 1, unit = "share",
                    about = "share of fights and attacks between bound parties called off",
                    source = "assumed; 001: soldiers allowed to patrol")
            double violenceReduction,
            @Param(value = 0.95, min = 0, max = 1, unit = "share",
                    about = "share of fights between the parties' units in a local agreement's area called off when the group lets the state's patrols pass (allowPatrols)",
                    source = "assumed; 001: the jihadists agreed to allow armed soldiers to patrol")
            double patrolViolenceReduction,
            @Param(value = 0.01, min = 0, max = 1, unit = "probability per day per violation",
                    about = "rise in a local agreement's daily collapse hazard per violation remembered (strain)",
                    source = "assumed; 001: the fragility of this type of agreement")
            double hazardPerViolation,
            @Param(value = 30, min = 1, max = 365, unit = "days",
                    about = "memory of violations: a local agreement's strain fades by a factor exp(-1/memory) a day",
                    source = "assumed")
            double violationMemoryDays,
            @Param(value = 0.2, min = 0, max = 1, unit = "share",
                    about = "violence reduction from open talks alone",
                    source = "assumed")
            double talksViolenceReduction,
            @Param(value = 60, min = 0, max = 1000, unit = "km",
                    about = "reach of a local ceasefire around its towns",
                    source = "assumed; 001: a municipality")
            double localRadiusKm,
            @Param(value = 1, min = 0, max = 1, unit = "0 or 1",
                    about = "1: talks with jihadists bring no calm while French troops are in Mali",
                    source = "003: JNIM's precondition")
            double franceCondition) {}

    private final Params p;

    public Ceasefires(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
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
        return List.of(EventHandler.on(ScenarioEvent.Ceasefire.class, this::onCeasefire),
                EventHandler.on(ScenarioEvent.Talks.class, this::onTalks));
    }

    /** No ceasefire and no talks at the start of a run. */
    public Truces initialTruces() {
        return new Truces(p.violenceReduction, p.patrolViolenceReduction, p.talksViolenceReduction, p.localRadiusKm, p.franceCondition >= 0.5);
    }

    public void onCeasefire(World w, ScenarioEvent.Ceasefire c) {
        EnumSet<Faction> parties = parse(c.parties());
        List<TownAgent> towns = new ArrayList<>();
        for (String name : c.towns()) {
            TownAgent t = w.town(name);
            if (t == null) {
                throw new IllegalArgumentException("unknown town '" + name + "' in ceasefire");
            }
            towns.add(t);
        }
        EnumSet<Truces.Concession> terms = EnumSet.noneOf(Truces.Concession.class);
        for (String id : c.concessions()) {
            Truces.Concession k = Truces.Concession.of(id);
            if (k == null) {
                throw new IllegalArgumentException("unknown concession '" + id + "' in ceasefire");
            }
            terms.add(k);
        }
        int end = c.days() == null ? Integer.MAX_VALUE : w.day() + c.days();
        w.truces().open(parties, towns, w.day(), end, terms);
        double[] at = where(w, towns);
        w.emit(SubEventType.AGREEMENT, parties.isEmpty() ? null : parties.iterator().next(), "", at[0], at[1], 0,
                "ceasefire between " + (parties.isEmpty() ? "all parties" : parties) + (towns.isEmpty() ? "" : " around " + c.towns())
                        + (terms.isEmpty() ? "" : ", terms " + c.concessions()) + " (R20)");
    }

    public void onTalks(World w, ScenarioEvent.Talks t) {
        EnumSet<Faction> parties = parse(t.parties());
        w.truces().openTalks(parties, Boolean.TRUE.equals(t.suspendHunt()));
        double[] at = where(w, List.of());
        w.emit(SubEventType.OTHER, parties.isEmpty() ? null : parties.iterator().next(), "", at[0], at[1], 0, "talks open with " + parties + " (R20)");
    }

    private static EnumSet<Faction> parse(List<String> ids) {
        EnumSet<Faction> s = EnumSet.noneOf(Faction.class);
        for (String id : ids) {
            s.add(Faction.require(id));
        }
        return s;
    }

    private static double[] where(World w, List<TownAgent> towns) {
        TownAgent t = !towns.isEmpty() ? towns.get(0) : w.town(w.map().capital());
        if (t == null && !w.towns().isEmpty()) {
            t = w.towns().get(0);
        }
        return t == null ? new double[] {85, 77} : new double[] {t.centreX(), t.centreY()};
    }

    public void apply(World w) {
        List<ConflictEvent> yesterday = null;
        double keep = Math.exp(-1 / p.violationMemoryDays);
        for (Truces.Ceasefire a : w.truces().ceasefires()) {
            if (a.isOver()) {
                continue;
            }
            double[] at = where(w, a.towns());
            if (w.day() > a.endDay()) {
                w.truces().end(a, w.day());
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire ends (R20)");
                continue;
            }
            String breach = null;
            if (!a.towns().isEmpty()) {
                if (yesterday == null) {
                    yesterday = yesterday(w);
                }
                breach = weighViolations(w, a, yesterday);
            }
            double hazard = p.collapseHazardPerDay + (a.towns().isEmpty() ? 0 : p.hazardPerViolation * a.strain());
            boolean collapses = w.chance(Math.min(1, hazard)); // drawn every day, breach or not: paired runs stay in step
            a.fade(keep);
            if (breach != null) {
                w.truces().end(a, w.day());
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire broken by " + breach + " (R20)");
            } else if (collapses) {
                w.truces().end(a, w.day());
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire collapses"
                        + (a.towns().isEmpty() ? "" : " after " + a.violations() + " violations") + " (R20)");
            }
        }
        for (Faction f : Faction.values()) {
            if (!f.isArmedGroup()) {
                w.access().keepOutByAgreement(f, w.truces().keptOut(w, f));
            }
        }
    }

    /** The events of the day before (R20 runs early in the day, before the fighting). */
    private static List<ConflictEvent> yesterday(World w) {
        List<ConflictEvent> out = new ArrayList<>();
        for (ConflictEvent e : w.recentEvents()) {
            if (e.day() == w.day() - 1) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Adds the violations of a local agreement among the day's events to its strain; returns what
     * broke it (a hunting strike or an abuse by one of its forces in its area), or null.
     */
    static String weighViolations(World w, Truces.Ceasefire a, List<ConflictEvent> events) {
        String breach = null;
        for (ConflictEvent e : events) {
            if (e.day() < a.startDay() || e.eventType() == EventType.STRATEGIC_DEVELOPMENTS) {
                continue;
            }
            Faction x = Faction.parse(e.actor1());
            if (x == null || !w.truces().inArea(a, Grid.x(e.longitude()), Grid.y(e.latitude()))) {
                continue;
            }
            Faction y = Faction.parse(e.actor2());
            boolean onCivilians = y == null && e.subEventType() == SubEventType.ATTACK;
            if (onCivilians) {
                if (!x.isArmedGroup() && a.binds(x)) {
                    breach = breach != null ? breach : x.id() + "'s abuse of civilians";
                } else if (x.isArmedGroup() && a.binds(x) && !a.grants(Truces.Concession.ACCEPT_GROUP_RULE)) {
                    a.violated(1);
                }
                continue;
            }
            if (y == null) {
                continue;
            }
            Faction group = x.isArmedGroup() ? x : (y.isArmedGroup() ? y : null);
            Faction force = x.isArmedGroup() ? y : x;
            if (group == null || force.isArmedGroup() || !a.binds(group) || w.sideOf(force) != Side.GOVERNMENT) {
                continue;
            }
            // a hunt by one of its forces: an air strike (R3) or a helicopter-borne raid (R22) on the group
            boolean hunt = e.subEventType() == SubEventType.AIR_DRONE_STRIKE || e.notes().endsWith("(" + CounterTerror.RULE + ")");
            if (hunt && force == x && a.binds(force)) {
                breach = breach != null ? breach : x.id() + (e.subEventType() == SubEventType.AIR_DRONE_STRIKE ? "'s strike on " : "'s raid on ") + group.id();
            }
            a.violated(1);
        }
        return breach;
    }
}
