package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.model.SahelModel;
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
public final class Ceasefires {
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

    /** One ceasefire. */
    public static final class Active {
        final EnumSet<Faction> parties;
        final List<TownAgent> towns;
        final int endDay;
        boolean over;

        Active(EnumSet<Faction> parties, List<TownAgent> towns, int endDay) {
            this.parties = parties;
            this.towns = towns;
            this.endDay = endDay;
        }

        public boolean isOver() {
            return over;
        }
    }

    private final Params p;
    private final List<Active> active = new ArrayList<>();
    private final EnumSet<Faction> inTalks = EnumSet.noneOf(Faction.class);
    private final EnumSet<Faction> huntSuspended = EnumSet.noneOf(Faction.class);

    public Ceasefires(Parameters parameters) {
        this.p = Params.from(parameters);
    }

    public Params params() {
        return p;
    }

    public void reset() {
        active.clear();
        inTalks.clear();
        huntSuspended.clear();
    }

    public List<Active> ceasefires() {
        return List.copyOf(active);
    }

    public boolean anyActive() {
        for (Active a : active) {
            if (!a.over) {
                return true;
            }
        }
        return false;
    }

    public void onCeasefire(SahelModel m, ScenarioEvent.Ceasefire c) {
        EnumSet<Faction> parties = parse(c.parties());
        List<TownAgent> towns = new ArrayList<>();
        for (String name : c.towns()) {
            TownAgent t = m.town(name);
            if (t == null) {
                throw new IllegalArgumentException("unknown town '" + name + "' in ceasefire");
            }
            towns.add(t);
        }
        int end = c.days() == null ? Integer.MAX_VALUE : m.day() + c.days();
        active.add(new Active(parties, towns, end));
        double[] at = where(m, towns);
        m.emit(SubEventType.AGREEMENT, parties.isEmpty() ? null : parties.iterator().next(), "", at[0], at[1], 0,
                "ceasefire between " + (parties.isEmpty() ? "all parties" : parties) + (towns.isEmpty() ? "" : " around " + c.towns()) + " (R20)");
    }

    public void onTalks(SahelModel m, ScenarioEvent.Talks t) {
        EnumSet<Faction> parties = parse(t.parties());
        inTalks.addAll(parties);
        if (Boolean.TRUE.equals(t.suspendHunt())) {
            huntSuspended.addAll(parties);
        }
        double[] at = where(m, List.of());
        m.emit(SubEventType.OTHER, parties.isEmpty() ? null : parties.iterator().next(), "", at[0], at[1], 0, "talks open with " + parties + " (R20)");
    }

    private static EnumSet<Faction> parse(List<String> ids) {
        EnumSet<Faction> s = EnumSet.noneOf(Faction.class);
        for (String id : ids) {
            s.add(SahelModel.faction(id));
        }
        return s;
    }

    private static double[] where(SahelModel m, List<TownAgent> towns) {
        TownAgent t = !towns.isEmpty() ? towns.get(0) : m.town("Bamako");
        if (t == null && !m.towns().isEmpty()) {
            t = m.towns().get(0);
        }
        return t == null ? new double[] {85, 77} : new double[] {t.centreX(), t.centreY()};
    }

    public void apply(SahelModel m) {
        for (Active a : active) {
            if (a.over) {
                continue;
            }
            double[] at = where(m, a.towns);
            if (m.day() > a.endDay) {
                a.over = true;
                m.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire ends (R20)");
            } else if (m.chance(p.collapseHazardPerDay)) {
                a.over = true;
                m.emit(SubEventType.OTHER, null, "", at[0], at[1], 0, "ceasefire collapses (R20)");
            }
        }
    }

    private boolean covers(Active a, Faction x, Faction y, double ux, double uy) {
        if (a.over) {
            return false;
        }
        boolean parties = a.parties.isEmpty() || (a.parties.contains(x) && a.parties.contains(y))
                || (a.parties.contains(x) && !y.isArmedGroup() && a.parties.stream().noneMatch(f -> !f.isArmedGroup()))
                || (a.parties.contains(y) && !x.isArmedGroup() && a.parties.stream().noneMatch(f -> !f.isArmedGroup()));
        if (!parties) {
            return false;
        }
        if (a.towns.isEmpty()) {
            return true;
        }
        for (TownAgent t : a.towns) {
            if (org.sahelsim.model.Geo.km(ux, uy, t.centreX(), t.centreY()) <= p.localRadiusKm) {
                return true;
            }
        }
        return false;
    }

    /** Multiplier on the rate of violence between x and y near a unit's or town's position. */
    public double violenceFactor(SahelModel m, Faction x, Faction y, double ux, double uy) {
        double f = 1;
        for (Active a : active) {
            if (covers(a, x, y, ux, uy)) {
                f *= 1 - p.violenceReduction;
            }
        }
        if (inTalks.contains(x) || inTalks.contains(y)) {
            boolean jihadistParty = (inTalks.contains(x) && m.sideOf(x) == org.sahelsim.core.Side.JIHADIST)
                    || (inTalks.contains(y) && m.sideOf(y) == org.sahelsim.core.Side.JIHADIST);
            if (!(jihadistParty && p.franceCondition >= 0.5 && francePresent(m))) {
                f *= 1 - p.talksViolenceReduction;
            }
        }
        return f;
    }

    public double violenceFactor(SahelModel m, Faction x, Faction y, TownAgent t) {
        return violenceFactor(m, x, y, t.centreX(), t.centreY());
    }

    /** True when today's fight between x and y at u's position is called off. */
    public boolean suppresses(SahelModel m, Faction x, Faction y, Unit u) {
        double f = violenceFactor(m, x, y, u.getX(), u.getY());
        return f < 1 && m.chance(1 - f);
    }

    public boolean huntSuspended(SahelModel m, Faction f) {
        return huntSuspended.contains(f);
    }

    private static boolean francePresent(SahelModel m) {
        for (Unit u : m.units()) {
            if (u.getFaction() == Faction.FRANCE && u.isAlive() && m.inMali(u)) {
                return true;
            }
        }
        return false;
    }
}
