package org.sahelsim.model;

import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.EventType;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.rules.RuralControl;
import org.sahelsim.world.World;

/**
 * The daily metrics of a run ({@link MetricColumns}): strength by faction, towns and territory by
 * side, casualties, events by type. Territory follows towns and the rural control that regular
 * presence of armed units builds and loses with a lag (see docs/ODD.md, "Territory share").
 */
public final class DailyMetrics {
    private final double[] metrics = new double[MetricColumns.count()];
    /** The run's memory of who governs the countryside (its state lives here, across rebinding of the rules). */
    private final RuralControl rural = new RuralControl();

    DailyMetrics() {
    }

    /**
     * Territory share by side (see ODD, "Territory share"): the towns' own cells count for their
     * side, the countryside for the side that governs it by regular presence, remembered
     * ({@link RuralControl}). Reads the memory as it stands; changes nothing.
     */
    public double[] territoryBySide(World world, RuleSet rules) {
        return rural.territoryBySide(world, rules.liberation().params());
    }

    /** The metrics of the last completed day (the live array: copy it to keep it). */
    double[] values() {
        return metrics;
    }

    /** Fills the metrics of the day just ended. */
    void compute(World w, RuleSet rules) {
        rural.update(w, rules.liberation().params(), rules.counterTerror());
        double[] m = metrics;
        java.util.Arrays.fill(m, 0);
        for (Unit u : w.units()) {
            if (u.isAlive()) {
                m[MetricColumns.strength(u.getFaction())] += u.getStrength();
            }
        }
        double[] territory = territoryBySide(w, rules);
        for (TownAgent t : w.towns()) {
            Side s = t.isContested() ? Side.NONE : t.getControlSide();
            m[MetricColumns.towns(s)]++;
        }
        for (Side s : Side.values()) {
            m[MetricColumns.territory(s)] = territory[s.ordinal()];
            if (s != Side.NONE) {
                m[MetricColumns.casualties(s)] = w.casualties(s);
            }
        }
        m[MetricColumns.civilianCasualties()] = w.civilianCasualties();
        for (EventType t : EventType.values()) {
            m[MetricColumns.events(t)] = w.eventsToday(t);
        }
        m[MetricColumns.idps()] = w.civilians().idps();
        m[MetricColumns.refugees()] = w.civilians().refugees();
    }
}
