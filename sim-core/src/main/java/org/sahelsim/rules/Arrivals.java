package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.Grid;
import org.sahelsim.scenario.ForceSpec;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.World;

/**
 * What history fixes and the scenario says: forces that arrive (where, how many, under which
 * orders) and air campaigns that start, change or end (from which base, how many sorties). Not
 * one of R1..R21: it only puts on the map what the rules then move.
 */
public final class Arrivals implements Rule {
    /** Vehicles of arriving units when the scenario does not give them: men per vehicle by faction. */
    @ParamGroup(prefix = "arrivals", rule = "R17")
    public record Params(
            @Param(value = 8, min = 1, max = 1000, unit = "troops per vehicle",
                    about = "French troops per armoured or transport vehicle of an arriving unit",
                    source = "assumed; 004: armoured columns")
            double troopsPerVehicleFrance,
            @Param(value = 8, min = 1, max = 1000, unit = "troops per vehicle",
                    about = "Chadian troops per vehicle of an arriving unit",
                    source = "assumed; 004: the Chadian column")
            double troopsPerVehicleChad,
            @Param(value = 15, min = 1, max = 1000, unit = "troops per vehicle",
                    about = "Malian troops per vehicle of an arriving unit",
                    source = "assumed")
            double troopsPerVehicleFama,
            @Param(value = 12, min = 1, max = 1000, unit = "troops per vehicle",
                    about = "AFISMA and UN troops per vehicle of an arriving unit",
                    source = "assumed")
            double troopsPerVehicleAfrican,
            @Param(value = 10, min = 1, max = 1000, unit = "troops per vehicle",
                    about = "troops of the junta's partner per vehicle of an arriving unit",
                    source = "assumed")
            double troopsPerVehiclePartner,
            @Param(value = 7, min = 1, max = 1000, unit = "fighters per vehicle",
                    about = "fighters of an armed group per technical or motorbike",
                    source = "assumed; 004: technicals and motorbikes")
            double fightersPerVehicle) {}

    private final Params p;
    private final double initialSupplyDays;
    private final double forceSupplyDays;

    /**
     * @param p         men per vehicle
     * @param financing R19: the supplies an armed group carries at the start
     * @param liberation R9: the days of supplies a force unit carries
     */
    private Command command;

    /** The commanders, whose standing intents arrivals without their own take (set once by RuleSet). */
    void setCommand(Command c) {
        command = c;
    }

    Arrivals(Params p, CriminalFinancing.Params financing, Liberation.Params liberation) {
        this.p = p;
        this.initialSupplyDays = financing.initialSupplyDays();
        this.forceSupplyDays = liberation.forceSupplyDays();
    }

    @Override
    public String id() {
        return "arrivals";
    }

    @Override
    public List<EventHandler<?>> handlers() {
        return List.of(EventHandler.on(ScenarioEvent.Deploy.class, this::onDeploy),
                EventHandler.on(ScenarioEvent.AirCampaign.class, this::onAirCampaign),
                EventHandler.on(ScenarioEvent.Split.class, this::split),
                EventHandler.on(ScenarioEvent.Merge.class, this::merge));
    }

    private void onDeploy(World w, ScenarioEvent.Deploy dep) {
        List<Unit> made = deploy(w, dep.force());
        if (!made.isEmpty()) {
            Unit u = made.get(0);
            w.emit(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, u.getFaction(), "", u.getX(), u.getY(), 0,
                    "deployment of " + dep.force().strength() + (u.isArmedGroup() ? " fighters" : " troops")
                            + (dep.note() == null ? "" : ": " + dep.note()));
        }
    }

    private void onAirCampaign(World w, ScenarioEvent.AirCampaign ac) {
        double[] base = baseLatLon(w, ac.base());
        w.setAirCampaign(Faction.require(ac.faction()), ac.base(), base[0], base[1], ac.sortiesPerDay());
    }

    /** Fighters of {@code from} nearest the town {@code near} break away as {@code to}, where they stand (R16). */
    private void split(World w, ScenarioEvent.Split sp) {
        Faction from = Faction.require(sp.from());
        Faction to = Faction.require(sp.to());
        TownAgent near = w.requireTown(sp.near(), "split");
        List<ArmedUnit> donors = new ArrayList<>();
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit a && a.isAlive() && a.getFaction() == from && !a.isInExile()) {
                donors.add(a);
            }
        }
        donors.sort(java.util.Comparator.comparingDouble((ArmedUnit a) -> w.km(a, near)).thenComparingInt(Unit::getId));
        int left = sp.strength();
        ArmedUnit first = null;
        int vehicles = 0;
        int taken = 0;
        for (ArmedUnit a : donors) {
            if (left <= 0) {
                break;
            }
            int n = Math.min(left, a.getStrength());
            int v = (int) Math.round((double) a.getVehicles() * n / Math.max(1, a.getStrength()));
            if (first == null) {
                first = a;
            }
            a.setVehicles(a.getVehicles() - v);
            a.setStrength(a.getStrength() - n);
            vehicles += v;
            taken += n;
            left -= n;
        }
        if (first == null || taken == 0) {
            return;
        }
        ArmedUnit u = new ArmedUnit(w.newUnitId(), to, first.getX(), first.getY(), taken, vehicles, first.getSupplies(), Posture.HOLD);
        u.setTown(first.getTown());
        w.addUnit(u);
        w.flushBorn();
        w.emit(SubEventType.OTHER, to, from.id(), u.getX(), u.getY(), 0, taken + " fighters of " + from.id() + " break away as "
                + to.id() + (u.getTown() == null ? "" : " in " + u.getTown().getName()) + (sp.note() == null ? "" : ": " + sp.note()));
    }

    /**
     * Factions merge into another or change banner (JNIM's founding, AFISMA to MINUSMA): their
     * units and the towns they hold pass to {@code into} where they are, as they are. The towns'
     * control side and the day it was taken stay; a town whose controller changes name is
     * reported as a control change.
     */
    private void merge(World w, ScenarioEvent.Merge m) {
        Faction into = Faction.require(m.into());
        java.util.EnumSet<Faction> from = java.util.EnumSet.noneOf(Faction.class);
        for (String id : m.factions()) {
            from.add(Faction.require(id));
        }
        from.remove(into);
        int men = 0;
        Unit first = null;
        for (Unit u : w.units()) {
            if (u.isAlive() && from.contains(u.getFaction())) {
                u.setFaction(into);
                men += u.getStrength();
                first = first == null ? u : first;
            }
        }
        for (TownAgent t : w.towns()) {
            if (t.getControlFaction() != null && from.contains(t.getControlFaction())) {
                t.setControl(t.getControlSide(), into, t.getControlSinceDay());
                w.controlChanged(t);
            }
        }
        TownAgent capital = w.town(w.map().capital());
        double x = first != null ? first.getX() : capital != null ? capital.centreX() : 85;
        double y = first != null ? first.getY() : capital != null ? capital.centreY() : 77;
        w.emit(SubEventType.OTHER, into, "", x, y, 0, from + " merge into " + into.id() + " (" + men
                + (into.isArmedGroup() ? " fighters" : " troops") + ")" + (m.note() == null ? "" : ": " + m.note()));
    }

    /** A town of the map or a foreign air base, as {lat, lon}. */
    private static double[] baseLatLon(World w, String base) {
        TownAgent t = base == null ? null : w.town(base);
        if (t != null) {
            return new double[] {t.town().lat(), t.town().lon()};
        }
        double[] b = w.map().foreignAirBase(base);
        if (b == null) {
            throw new IllegalArgumentException("air base '" + base + "' is neither a town of the map nor one of "
                    + w.map().foreignAirBaseNames());
        }
        return b;
    }

    /** Creates the units of a force spec; they join the run at once. Returns them. */
    public List<Unit> deploy(World w, ForceSpec spec) {
        Faction f = Faction.require(spec.faction());
        double x;
        double y;
        TownAgent at = null;
        if (spec.town() != null) {
            at = w.requireTown(spec.town(), "force " + spec.faction());
            x = at.centreX();
            y = at.centreY();
        } else if (spec.lat() != null && spec.lon() != null) {
            x = Grid.x(spec.lon());
            y = Grid.y(spec.lat());
        } else {
            throw new IllegalArgumentException("force " + spec.faction() + " has neither town nor lat/lon");
        }
        int n = Math.max(1, spec.unitsOrDefault());
        int vehiclesTotal = spec.vehicles() != null ? spec.vehicles() : defaultVehicles(f, spec.strength());
        List<Unit> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = spec.strength() / n + (i < spec.strength() % n ? 1 : 0);
            int v = vehiclesTotal / n + (i < vehiclesTotal % n ? 1 : 0);
            if (s <= 0) {
                continue;
            }
            Unit u;
            if (f.isArmedGroup()) {
                Posture p = spec.posture() == null ? Posture.HOLD : Posture.valueOf(spec.posture().trim().toUpperCase(Locale.ROOT));
                u = new ArmedUnit(w.newUnitId(), f, x, y, s, v, initialSupplyDays, p); // R1 chooses a column's target
            } else {
                if (!spec.targets().isEmpty()) {
                    throw new IllegalArgumentException("force " + spec.faction() + " has an itinerary ('targets'); give it an intent (issue 11)");
                }
                Mission m = spec.mission() == null ? Mission.GARRISON : Mission.valueOf(spec.mission().trim().toUpperCase(Locale.ROOT));
                ForceUnit fu = new ForceUnit(w.newUnitId(), f, x, y, s, v, forceSupplyDays, m);
                org.sahelsim.scenario.Intent in = spec.intent();
                if (in == null && spec.mission() == null && command != null && command.standing(f) != null && w.day() > 0) {
                    in = command.standing(f); // an arrival without orders of its own serves its faction's intent
                }
                if (spec.airborne() && at != null) {
                    fu.setAirborne(at);
                }
                if (in != null) {
                    Command.assignIntent(fu, in);
                } else if (m == Mission.GARRISON) {
                    fu.setPost(at);
                }
                u = fu;
            }
            u.setTown(at);
            w.addUnit(u);
            made.add(u);
        }
        w.flushBorn();
        return made;
    }

    private int defaultVehicles(Faction f, int strength) {
        double perVehicle = switch (f) {
            case FRANCE -> p.troopsPerVehicleFrance();
            case CHAD -> p.troopsPerVehicleChad();
            case FAMA -> p.troopsPerVehicleFama();
            case AFISMA, UN -> p.troopsPerVehicleAfrican();
            case PARTNER -> p.troopsPerVehiclePartner();
            default -> p.fightersPerVehicle();
        };
        return (int) Math.floor(strength / perVehicle);
    }
}
