package org.sahelsim.rules;

import org.sahelsim.map.Grid;


import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R18 Not eliminated, only displaced (documents 000, 002: the "desert trap" in which the
 * extremists could be "eliminated" is "as improbable as ever"; "thousands of miles of border
 * space ... whose complete surveillance and control is completely unimaginable"; the threat has
 * "simply adapted"; a return to "nomadic criminal and terror operations across the desert").
 *
 * <p>A unit that reaches a cell outside Mali is in exile: it is not struck (R3), not pursued
 * (R12) and holds no ground. It regains cohesion ({@code reconstitutionPerDay}), is resupplied
 * and grows by {@code growthPerDay}. After {@code returnAfterDays} it comes back with probability
 * {@code returnProbabilityPerDay} per day as a raiding group heading for the surroundings of a
 * town the government holds in the north, from where it attacks (R10).
 */
public final class Displacement implements Rule {
    public static final String RULE = "R18";

    @ParamGroup(prefix = "displacement", rule = RULE)
    public record Params(
            @Param(value = 0.02, min = 0, max = 1, unit = "cohesion per day",
                    about = "cohesion regained each day in exile",
                    source = "assumed")
            double reconstitutionPerDay,
            @Param(value = 0.003, min = 0, max = 0.1, unit = "share per day",
                    about = "growth of an exiled group (recruits, returnees)",
                    source = "assumed")
            double growthPerDay,
            @Param(value = 45, min = 0, max = 720, unit = "days",
                    about = "least time in exile before coming back",
                    source = "assumed")
            double returnAfterDays,
            @Param(value = 0.05, min = 0, max = 1, unit = "probability per day",
                    about = "chance per day of coming back once the least time has passed",
                    source = "assumed; 002: nomadic operations")
            double returnProbabilityPerDay,
            @Param(value = 15, min = 10, max = 25, unit = "degrees north",
                    about = "groups coming back from exile strike government-held towns north of this latitude",
                    source = "assumed; 004: the attacks of 2013 fell on the liberated towns of the north (Gao, Menaka, Gossi)")
            double returnTargetsNorthOfLat,
            @Param(value = 20, min = 0, max = 365, unit = "days",
                    about = "supplies a group in exile holds at least (bases abroad)",
                    source = "assumed; 002: groups adapt and reconstitute across borders")
            double exileSupplyDays) {}

    private final Params p;

    private final double attackRadiusKm;

    Displacement(Params p, AsymmetricAttacks.Params attacks) {
        this.p = p;
        this.attackRadiusKm = attacks.cellRadiusKm();
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    public void enterExile(World w, ArmedUnit u) {
        u.setExileSinceDay(w.day());
        u.setPosture(Posture.HOLD, w.day());
        u.clearMovement();
        u.setTargetTown(null);
        w.emit(SubEventType.OTHER, u.getFaction(), "", u.getX(), u.getY(), 0,
                u.getFaction().id() + " group of " + u.getStrength() + " crosses the border out of Mali (R18)");
    }

    public void apply(World w) {
        for (Unit x : new ArrayList<>(w.units())) {
            if (!(x instanceof ArmedUnit u) || !u.isAlive() || !u.isInExile()) {
                continue;
            }
            if (u.getPosture() == Posture.RAID) {
                if (w.inMali(u)) {
                    u.setExileSinceDay(-1); // back in the country
                }
                continue;
            }
            u.setCohesion(u.getCohesion() + p.reconstitutionPerDay);
            u.setSupplies(Math.max(u.getSupplies(), p.exileSupplyDays()));
            u.setStrength(u.getStrength() + w.poisson(u.getStrength() * p.growthPerDay));
            if (w.day() - u.getExileSinceDay() >= p.returnAfterDays && w.chance(p.returnProbabilityPerDay)) {
                comeBack(w, u);
            }
        }
    }

    private void comeBack(World w, ArmedUnit u) {
        List<TownAgent> targets = new ArrayList<>();
        for (TownAgent t : w.towns()) {
            if (t.getControlSide() == Side.GOVERNMENT && t.town().lat() >= p.returnTargetsNorthOfLat() && w.km(u, t) < 1000) {
                targets.add(t);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        TownAgent t = targets.get(w.random().nextInt(targets.size()));
        double ang = w.random().nextDouble() * 2 * Math.PI;
        double off = attackRadiusKm * 0.4 / Grid.KM_PER_CELL;
        u.setPosture(Posture.RAID, w.day());
        u.setDestination(t.centreX() + Math.cos(ang) * off, t.centreY() + Math.sin(ang) * off);
        w.emit(SubEventType.OTHER, u.getFaction(), "", u.getX(), u.getY(), 0,
                u.getFaction().id() + " group of " + u.getStrength() + " returns to Mali towards " + t.getName() + " (R18)");
    }
}
