package org.sahelsim.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sahelsim.agents.Redoubt;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.rules.InitialSympathy;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.world.World;

/**
 * The state of a run on the eve of its first day: who controls each town and how its people lean,
 * the redoubt's stocks, the forces present at the start; then day-0 control is told to the listener.
 */
final class Setup {
    private Setup() {}

    static void apply(World w, RuleSet rules) {
        w.beginStream(Streams.SETUP, 0);
        w.setRedoubt(new Redoubt(w.map().redoubtId(), rules.redoubt().params().initialSupplyFighterDays()));
        initialControl(w, rules.initialSympathy(), rules.recruitment().params().initialGrievance());
        long[] keys = Streams.contentKeys(w.scenario().forces());
        for (int i = 0; i < keys.length; i++) {
            w.beginStream(Streams.INITIAL_FORCE, keys[i]);
            rules.arrivals().deploy(w, w.scenario().forces().get(i));
        }
        rules.liberation().rememberOccupiers(w);
        LocalDate d0 = w.scenario().startDate().minusDays(1);
        if (w.listener() != null) {
            for (TownAgent t : w.towns()) {
                w.listener().onControlChange(new ControlChange(0, d0, t.getName(), t.getControlSide(), t.getControlFaction()));
            }
        }
    }

    /** Initial control: scenario's list; other Mali towns south of the front are FAMa's, the rest nobody's. */
    static void initialControl(World w, InitialSympathy sympathy, double initialGrievance) {
        double frontLat = Double.POSITIVE_INFINITY;
        Set<TownAgent> listed = new HashSet<>();
        for (Map.Entry<String, String> e : w.scenario().control().entrySet()) {
            TownAgent t = w.requireTown(e.getKey(), "control");
            listed.add(t);
            Faction f = Faction.require(e.getValue());
            t.setControl(w.sideOf(f), f, 0);
            if (w.sideOf(f) != Side.GOVERNMENT) {
                frontLat = Math.min(frontLat, t.town().lat());
            }
        }
        for (TownAgent t : w.towns()) {
            if (!listed.contains(t) && t.getControlFaction() == null) {
                boolean inMali = w.map().inMali(t.cellX(), t.cellY());
                if (inMali && t.town().lat() < frontLat) {
                    t.setControl(Side.GOVERNMENT, Faction.FAMA, 0);
                }
            }
            sympathy.set(t);
            t.setGrievance(initialGrievance);
        }
    }
}
