package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R11 Handover to African forces (documents 000, 002, 004: French troops leave Timbuktu on
 * February 7 2013, "handing policing duties ... to the nation's armed forces and over 5,000
 * support troops filtering in from neighboring African nations"; "AFISMA forces have yet to do
 * any real front line engagement").
 *
 * <p>On a handover event, for each town named (or every town the giving faction garrisons), the
 * nearest unit of the receiving faction detaches a garrison of at least the giving garrison's
 * size (or all it has if smaller) and drives there; the giving faction's garrison units then
 * redeploy to the nearest other town their faction holds. African and UN units fight with
 * quality {@code africanCombatFactor} (R17).
 */
public final class Handover implements Rule {
    public static final String RULE = "R11";

    @ParamGroup(prefix = "handover", rule = RULE)
    public record Params(
            @Param(value = 0.5, min = 0, max = 2, unit = "multiplier",
                    about = "combat quality of AFISMA and UN units (R17)",
                    source = "assumed; 004: AFISMA 'yet to do any real front line engagement'")
            double africanCombatFactor,
            @Param(value = 100, min = 0, max = 5000, unit = "troops",
                    about = "smallest garrison detached to take over a town",
                    source = "assumed")
            double minDetachment) {}

    private final Params p;

    public Handover(Parameters parameters) {
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
        return List.of(EventHandler.on(ScenarioEvent.Handover.class, this::onHandover));
    }

    public void onHandover(World w, ScenarioEvent.Handover h) {
        Faction from = Faction.require(h.from());
        Faction to = Faction.require(h.to());
        List<TownAgent> towns = new ArrayList<>();
        if (h.towns().isEmpty()) {
            for (Unit u : w.units()) {
                if (u instanceof ForceUnit f && f.getFaction() == from && f.getMission() == Mission.GARRISON && f.getTown() != null
                        && !towns.contains(f.getTown())) {
                    towns.add(f.getTown());
                }
            }
        } else {
            for (String name : h.towns()) {
                TownAgent t = w.town(name);
                if (t == null) {
                    throw new IllegalArgumentException("unknown town '" + name + "' in handover");
                }
                towns.add(t);
            }
        }
        for (TownAgent t : towns) {
            int giving = 0;
            List<ForceUnit> leaving = new ArrayList<>();
            for (Unit u : w.units()) {
                if (u instanceof ForceUnit f && f.getFaction() == from && f.getTown() == t) {
                    giving += f.getStrength();
                    leaving.add(f);
                }
            }
            if (giving == 0) {
                // nothing to hand over: the giver holds no garrison there (it may not even be taken yet)
                w.emit(SubEventType.OTHER, from, to.id(), t.centreX(), t.centreY(), 0,
                        from.id() + " has nothing to hand over to " + to.id() + " in " + t.getName() + " (R11)");
                continue;
            }
            ForceUnit donor = nearestAvailable(w, to, t);
            if (donor == null) {
                continue; // nobody to hand over to: the giver stays
            }
            int size = (int) Math.max(p.minDetachment, giving);
            ForceUnit g = donor;
            if (donor.getStrength() > size + p.minDetachment) {
                int veh = (int) Math.round((double) donor.getVehicles() * size / donor.getStrength());
                g = new ForceUnit(w.newUnitId(), to, donor.getX(), donor.getY(), size, veh, donor.getSupplies(), Mission.GARRISON);
                g.setTown(donor.getTown());
                donor.setStrength(donor.getStrength() - size);
                donor.setVehicles(donor.getVehicles() - veh);
                w.addUnit(g);
            }
            g.setMission(Mission.GARRISON);
            g.setPost(t);
            w.movement().goTo(w, g, t);
            for (ForceUnit f : leaving) {
                redeploy(w, f, towns);
            }
            w.emit(SubEventType.OTHER, from, to.id(), t.centreX(), t.centreY(), 0,
                    from.id() + " hands " + t.getName() + " over to " + to.id() + " (R11)");
        }
    }

    private ForceUnit nearestAvailable(World w, Faction to, TownAgent t) {
        ForceUnit best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Unit u : w.units()) {
            if (u instanceof ForceUnit f && f.getFaction() == to && f.isAlive() && f.getMission() != Mission.WITHDRAW
                    && (f.getMission() != Mission.GARRISON || f.getStrength() > 2 * p.minDetachment)) {
                double km = w.km(f, t);
                if (km < bestKm) {
                    bestKm = km;
                    best = f;
                }
            }
        }
        return best;
    }

    private void redeploy(World w, ForceUnit f, List<TownAgent> handedOver) {
        TownAgent best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Unit u : w.units()) {
            if (u instanceof ForceUnit o && o != f && o.getFaction() == f.getFaction() && o.getTown() != null
                    && !handedOver.contains(o.getTown()) && w.access().allowedTown(f.getFaction(), o.getTown())) {
                double km = w.km(f, o.getTown());
                if (km < bestKm) {
                    bestKm = km;
                    best = o.getTown();
                }
            }
        }
        f.setMission(Mission.GARRISON);
        f.setPost(best);
        if (best != null) {
            w.movement().goTo(w, f, best);
        }
    }
}
