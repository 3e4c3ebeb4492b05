package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
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

    @ParamGroup(prefix = "ceasefire", rule = RULE)
    public record Params(
            @Param(value = 0.008, min = 0, max = 1, unit = "probability per day",
                    about = "daily chance that a ceasefire collapses",
                    source = "001: Niono agreement of March 2021 collapsed over the summer (about 120 days, 1/120)")
            double collapseHazardPerDay,
            @Param(value = 0.85, min = 0, max = 1, unit = "share",
                    about = "share of fights and attacks between bound parties called off",
                    source = "assumed; 001: soldiers allowed to patrol")
            double violenceReduction,
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
        TownAgent t = !towns.isEmpty() ? towns.get(0) : w.town(w.map().capital());
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
                w.truces().end(a);
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire ends (R20)");
            } else if (w.chance(p.collapseHazardPerDay)) {
                w.truces().end(a);
                w.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire collapses (R20)");
            }
        }
    }
}
