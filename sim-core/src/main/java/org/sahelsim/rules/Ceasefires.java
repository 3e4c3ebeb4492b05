package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.Truces;
import org.sahelsim.world.World;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R20 Negotiation and local ceasefires (document 001: the Niono agreement of March 2021 "collapsed
 * over the summer"; the junta negotiates with JNIM once France leaves; document 003: JNIM accepts
 * talks on the sole condition that the French leave, and France should suspend its hunt for
 * leaders in dialogue).
 *
 * <p>A ceasefire event binds its parties (all factions when none are named), everywhere or within
 * {@code localRadiusKm} of its towns. While it holds, a fight or attack between two bound
 * factions there is called off with probability {@code violenceReduction}. Each day it collapses
 * with probability {@code collapseHazardPerDay} (an event), or ends after its days. Talks lower
 * violence between their parties and the government side by {@code talksViolenceReduction}, but
 * (with {@code franceCondition} = 1) not for jihadist parties while French troops remain in Mali;
 * with suspendHunt, air strikes spare the parties (R3).
 */
public final class Ceasefires implements Rule {
    public static final String RULE = "R20";

    public record Params(double collapseHazardPerDay, double violenceReduction, double talksViolenceReduction,
                         double localRadiusKm, double franceCondition) {
        public static Params from(Parameters p) {
            return new Params(p.get("ceasefire.collapseHazardPerDay"), p.get("ceasefire.violenceReduction"),
                    p.get("ceasefire.talksViolenceReduction"), p.get("ceasefire.localRadiusKm"), p.get("ceasefire.franceCondition"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(
                P.of("ceasefire.collapseHazardPerDay", RULE, 0.008, 0, 1, "probability per day",
                        "daily chance that a ceasefire collapses",
                        "001: Niono agreement of March 2021 collapsed over the summer (about 120 days, 1/120)"),
                P.of("ceasefire.violenceReduction", RULE, 0.85, 0, 1, "share",
                        "share of fights and attacks between bound parties called off", "assumed; 001: soldiers allowed to patrol"),
                P.of("ceasefire.talksViolenceReduction", RULE, 0.2, 0, 1, "share", "violence reduction from open talks alone", "assumed"),
                P.of("ceasefire.localRadiusKm", RULE, 60, 0, 1000, "km", "reach of a local ceasefire around its towns", "assumed; 001: a municipality"),
                P.of("ceasefire.franceCondition", RULE, 1, 0, 1, "0 or 1",
                        "1: talks with jihadists bring no calm while French troops are in Mali", "003: JNIM's precondition"));
    }

    private final Params p;

    public Ceasefires(Parameters parameters) {
        this.p = Params.from(parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    @Override
    public List<Class<? extends ScenarioEvent>> events() {
        return List.of(ScenarioEvent.Ceasefire.class, ScenarioEvent.Talks.class);
    }

    @Override
    public void onEvent(World w, ScenarioEvent e) {
        if (e instanceof ScenarioEvent.Ceasefire x) {
            onCeasefire(w, x);
        }
        if (e instanceof ScenarioEvent.Talks x) {
            onTalks(w, x);
        }
    }

    /** No ceasefire and no talks at the start of a run. */
    public Truces initialTruces() {
        return new Truces(p.violenceReduction, p.talksViolenceReduction, p.localRadiusKm, p.franceCondition >= 0.5);
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
        int end = c.days() == null ? Integer.MAX_VALUE : w.day() + c.days();
        w.truces().open(parties, towns, end);
        double[] at = where(w, towns);
        w.emit(SubEventType.AGREEMENT, parties.isEmpty() ? null : parties.iterator().next(), "", at[0], at[1], 0,
                "ceasefire between " + (parties.isEmpty() ? "all parties" : parties) + (towns.isEmpty() ? "" : " around " + c.towns()) + " (R20)");
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
        TownAgent t = !towns.isEmpty() ? towns.get(0) : w.town("Bamako");
        if (t == null && !w.towns().isEmpty()) {
            t = w.towns().get(0);
        }
        return t == null ? new double[] {85, 77} : new double[] {t.centreX(), t.centreY()};
    }

    public void apply(World w) {
        for (Truces.Ceasefire a : w.truces().ceasefires()) {
            if (a.isOver()) {
                continue;
            }
            double[] at = where(w, a.towns());
            if (w.day() > a.endDay()) {
                a.end();
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire ends (R20)");
            } else if (w.chance(p.collapseHazardPerDay)) {
                a.end();
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire collapses (R20)");
            }
        }
    }
}
