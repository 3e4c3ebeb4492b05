package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.Relations;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R16 Tuareg alignment (documents 000, 004: the MNLA, pushed out of the towns by June 2012,
 * "opportunistically reentered Kidal city just ahead of the advancing French and Chadian
 * contingents" and struck "a tacit alliance" with France against AQIM; the IMA split from Ansar
 * Dine; Bamako accepts talks with the MNLA but refuses the IMA).
 *
 * <p>Each faction has a side (changed by realignment events) and each separatist faction a
 * stance towards the government and towards the jihadists, from -1 (war) to +1 (alliance); below
 * {@code hostileBelow} their units fight. Talks that include a separatist faction raise its
 * stance towards the government by {@code talksStanceGain}. Separatist units that hold no town
 * re-enter towns of their homeland (north of {@code homelandLat}) within
 * {@code opportunismRadiusKm} that nobody occupies any more.
 */
public final class TuaregAlignment implements Rule {
    public static final String RULE = "R16";

    @ParamGroup(prefix = "alignment", rule = RULE)
    public record Params(
            @Param(value = 0.2, min = -1, max = 1, unit = "stance (-1..1)",
                    about = "MNLA stance towards the government side at the start",
                    source = "assumed; 000: MNLA offered to assist French troops; 004: tacit alliance")
            double mnlaGovernmentStance,
            @Param(value = 0.0, min = -1, max = 1, unit = "stance (-1..1)",
                    about = "IMA stance towards the government side",
                    source = "assumed; 000: Bamako rules out the IMA")
            double imaGovernmentStance,
            @Param(value = -0.5, min = -1, max = 1, unit = "stance (-1..1)",
                    about = "stance of MNLA/IMA towards the jihadist groups",
                    source = "assumed; 004: MNLA dislodged by the jihadists in June 2012")
            double separatistJihadistStance,
            @Param(value = -0.25, min = -1, max = 1, unit = "stance",
                    about = "below this stance two groups fight",
                    source = "assumed")
            double hostileBelow,
            @Param(value = 0.3, min = 0, max = 2, unit = "stance",
                    about = "stance gain of a separatist faction included in talks",
                    source = "assumed; 000: French push to include the Tuareg")
            double talksStanceGain,
            @Param(value = 0.3, min = 0, max = 2, unit = "stance",
                    about = "fall in the stance towards the jihadists of a separatist faction included in talks",
                    source = "assumed; 000 l.7: the IMA renounces 'extremism and terrorism', the MNLA offers to assist French troops against the jihadi militias")
            double talksJihadistShift,
            @Param(value = 0.3, min = -1, max = 1, unit = "stance (-1..1)",
                    about = "stance towards the government from which a separatist faction at war with the jihadists works with the state side (guides, hunts)",
                    source = "assumed; 004 l.43: the French 'work with militant groups on the ground who were not diametrically opposed to their presence'")
            double partnerAbove,
            @Param(value = 100, min = 0, max = 1000, unit = "km",
                    about = "reach of a partner unit's guides around it",
                    source = "assumed; 004 note 29: 19 of Gamou's men served as local guides in the Ifoghas")
            double guideRadiusKm,
            @Param(value = 2, min = 1, max = 10, unit = "multiplier",
                    about = "detection of hostile groups by the state side's sorties near partner guides",
                    source = "assumed; 004 note 29: guides 'as Franco-Chadian forces scoured for AQIM encampments'")
            double guideDetection,
            @Param(value = 150, min = 0, max = 1000, unit = "km",
                    about = "partner units go after jihadist groups of their homeland within this distance (not stronger than themselves)",
                    source = "assumed; 000 l.7: the MNLA offered to 'continue the battle against jihadi militias'; 004 l.43: 'a new alliance against the AQIM-linked militias'")
            double huntRadiusKm,
            @Param(value = 0.05, min = 0, max = 1, unit = "stance",
                    about = "fall in every separatist faction's stance towards the government per abuse by Malian troops in their homeland (R13)",
                    source = "assumed; 004 l.43: Malian troops 'would in no way be welcomed back into Kidal'; 000: summary executions by Malian forces")
            double abuseStanceLoss,
            @Param(value = 250, min = 0, max = 2000, unit = "km",
                    about = "how far separatist units go to re-enter abandoned towns",
                    source = "assumed; 004: MNLA re-entered Kidal")
            double opportunismRadiusKm,
            @Param(value = 17.5, min = 10, max = 25, unit = "degrees north",
                    about = "separatists re-enter towns north of this latitude (Kidal region)",
                    source = "assumed; 004: Kidal region")
            double homelandLat) {}

    private final Params p;

    public TuaregAlignment(Parameters parameters) {
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
        return List.of(EventHandler.on(ScenarioEvent.Realignment.class, this::onRealignment),
                EventHandler.on(ScenarioEvent.Talks.class, this::onTalks));
    }

    /** The relations a run starts with: every faction on its default side, the stances above. */
    public Relations initialRelations() {
        return new Relations(p.mnlaGovernmentStance, p.imaGovernmentStance, p.separatistJihadistStance, p.hostileBelow);
    }

    public void onRealignment(World w, ScenarioEvent.Realignment r) {
        Faction f = Faction.require(r.faction());
        if (r.side() != null) {
            w.relations().setSide(f, Side.fromId(r.side()));
        }
        for (String h : r.hostileTo()) {
            w.relations().declareHostile(f, Faction.require(h));
        }
        TownAgent where = w.towns().isEmpty() ? null : w.towns().get(0);
        for (Unit u : w.units()) {
            if (u.getFaction() == f) {
                w.emit(SubEventType.OTHER, f, "", u.getX(), u.getY(), 0, f.id() + " realigns" + (r.side() == null ? "" : " with the " + r.side() + " side") + " (R16)");
                where = null;
                break;
            }
        }
        if (where != null) {
            w.emit(SubEventType.OTHER, f, "", where.centreX(), where.centreY(), 0, f.id() + " realigns (R16)");
        }
    }

    /**
     * Inclusion: a separatist faction at talks with the state side moves towards the government
     * and against the jihadists; one left out (000: Bamako rules out the IMA) does not move.
     */
    public void onTalks(World w, ScenarioEvent.Talks t) {
        boolean state = false;
        for (String id : t.parties()) {
            state |= w.sideOf(Faction.require(id)) == Side.GOVERNMENT;
        }
        for (String id : t.parties()) {
            Faction f = Faction.require(id);
            if (w.sideOf(f) == Side.SEPARATIST && state) {
                w.relations().shiftStanceTowardsGovernment(f, p.talksStanceGain);
                w.relations().shiftStanceTowardsJihadists(f, -p.talksJihadistShift);
            }
        }
    }

    /** An abuse by Malian troops in a town (R13): in the separatists' homeland it turns them against the government. */
    public void onAbuse(World w, TownAgent t) {
        if (t.town().lat() < p.homelandLat || p.abuseStanceLoss <= 0) {
            return;
        }
        for (Faction f : Faction.values()) {
            if (w.sideOf(f) == Side.SEPARATIST) {
                w.relations().shiftStanceTowardsGovernment(f, -p.abuseStanceLoss);
            }
        }
    }

    /**
     * Partners of the state side (stance towards the government at least partnerAbove, at war
     * with the jihadists) guide its searches and go after the jihadist groups of their homeland;
     * other separatists re-enter homeland towns nobody holds any more.
     */
    public void apply(World w) {
        List<ArmedUnit> partners = new ArrayList<>();
        for (ArmedUnit u : w.armedUnits()) {
            // in Mali: on a Malian cell or in a Malian town (a border town's centre, Tinzaouaten's, can fall
            // outside the country's cells: partners holding it guided nobody)
            if (u.isAlive() && !u.isInExile() && (w.inMali(u) || u.getTown() != null) && w.relations().partner(u.getFaction(), p.partnerAbove)) {
                partners.add(u);
            }
        }
        double[] gx = new double[partners.size()];
        double[] gy = new double[partners.size()];
        for (int i = 0; i < partners.size(); i++) {
            gx[i] = partners.get(i).getX();
            gy[i] = partners.get(i).getY();
        }
        w.relations().setGuides(gx, gy, p.guideRadiusKm, p.guideDetection);
        java.util.Set<Unit> hunting = new java.util.HashSet<>();
        for (ArmedUnit u : partners) {
            if (u.getPosture() == Posture.DISPERSE) {
                continue;
            }
            ArmedUnit prey = null;
            double bestKm = p.huntRadiusKm;
            for (ArmedUnit j : w.armedUnits()) {
                if (!j.isAlive() || j.isInExile() || !World.visible(j) || !w.hostile(u.getFaction(), j.getFaction())
                        || w.sideOf(j.getFaction()) != Side.JIHADIST || j.getStrength() > u.getStrength()
                        || org.sahelsim.map.Grid.lat(j.getY()) < p.homelandLat) {
                    continue;
                }
                double km = w.km(u, j);
                if (km < bestKm) {
                    bestKm = km;
                    prey = j;
                }
            }
            if (prey != null) {
                u.setTargetTown(null);
                u.setDestination(prey.getX(), prey.getY());
                hunting.add(u);
            }
        }
        for (Unit x : new ArrayList<>(w.units())) {
            if (hunting.contains(x) || !(x instanceof ArmedUnit u) || !u.isAlive() || u.isInExile() || w.sideOf(u.getFaction()) != Side.SEPARATIST
                    || u.getPosture() != Posture.HOLD) {
                continue;
            }
            if (u.getTargetTown() != null && u.getTargetTown().getControlSide() != Side.JIHADIST) {
                continue; // holding or going to its town
            }
            if (u.getTown() != null && u.getTown().getControlFaction() == u.getFaction()) {
                continue;
            }
            TownAgent best = null;
            double bestKm = p.opportunismRadiusKm;
            for (TownAgent t : w.towns()) {
                if (t.town().lat() < p.homelandLat || t.getControlSide() == Side.SEPARATIST) {
                    continue;
                }
                boolean empty = true;
                for (Side s : Side.values()) {
                    empty &= t.presence(s) == 0;
                }
                boolean enemyHeld = t.getControlFaction() == null || w.hostile(u.getFaction(), t.getControlFaction());
                double km = w.km(u, t);
                if (empty && enemyHeld && km < bestKm) {
                    best = t;
                    bestKm = km;
                }
            }
            if (best != null) {
                u.setTargetTown(best);
                w.movement().goTo(w, u, best);
            }
        }
    }
}
