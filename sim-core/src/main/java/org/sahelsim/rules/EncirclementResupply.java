package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Grid;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.map.Town;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R7 Encirclement and resupply (document 004: French and Chadian forces in Kidal, Aguelhok and
 * Tessalit "partially encircled the Ifoghas and Tigharghar mountains ... difficult for the
 * Islamists to resupply once their prepositioned provisions are expended"; the Ametetai assault
 * was prepared "to prevent jihadists from slipping over the border to Algeria").
 *
 * <p>The redoubt receives {@code resupplyPerDay} fighter-days a day through its ring towns (Kidal,
 * Aguelhok, Tessalit), reduced in proportion to the ring towns held by the government side. Units
 * in the redoubt (posture redoubt, inside its cells: a unit elsewhere never "leaves the redoubt")
 * whose stock has fallen below {@code lowSupplyShare}, or with a hostile force on the move
 * (mission advance, clear or patrol, like the Ametetai assault of 004; static garrisons cut the
 * supplies but do not hunt in the caves) within {@code threatKm}, slip towards the nearest Algerian border cell with probability
 * {@code escapeProbability} per day, times the share of the ring held (the tighter the ring, the
 * stronger the push) but never the whole way to zero: borders are porous (R18).
 */
public final class EncirclementResupply implements Rule {
    public static final String RULE = "R7";
    /** The garrison towns around the redoubt named in document 004. */

    @ParamGroup(prefix = "encirclement", rule = RULE)
    public record Params(
            @Param(value = 800, min = 0, max = 20000, unit = "fighter-days per day",
                    about = "supplies reaching the redoubt when none of its ring towns is held",
                    source = "assumed")
            double resupplyPerDay,
            @Param(value = 0.3, min = 0, max = 1, unit = "share of initial stock",
                    about = "below this share of its initial stock the redoubt's units start to leave",
                    source = "assumed")
            double lowSupplyShare,
            @Param(value = 0.04, min = 0, max = 1, unit = "probability per day",
                    about = "chance per day that a squeezed redoubt unit heads for Algeria",
                    source = "assumed; 004: 'many of the jihadists escaped'")
            double escapeProbability,
            @Param(value = 40, min = 0, max = 300, unit = "km",
                    about = "a hostile force on the move (not a garrison) this close squeezes the redoubt's units",
                    source = "assumed; 004: the Ametetai assault was prepared 'to prevent jihadists from slipping over the border'")
            double threatKm) {}

    private final Params p;

    public EncirclementResupply(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Share of the ring towns held by the government side (0..1). */
    public double ringHeld(World w) {
        int n = 0;
        int held = 0;
        for (Town ring : w.map().redoubtRingTowns()) {
            TownAgent t = w.town(ring);
            if (t != null) {
                n++;
                if (t.getControlSide() == Side.GOVERNMENT) {
                    held++;
                }
            }
        }
        return n == 0 ? 0 : (double) held / n;
    }

    public void applyResupply(World w) {
        double in = p.resupplyPerDay * (1 - ringHeld(w));
        w.redoubt().setSupplies(w.redoubt().getSupplies() + in);
    }

    public void applyEscapes(World w) {
        double ring = ringHeld(w);
        boolean low = w.redoubt().getSupplyShare() < p.lowSupplyShare;
        for (ArmedUnit a : new ArrayList<>(w.armedUnits())) {
            if (!a.isAlive() || a.getPosture() != Posture.REDOUBT || !w.inRedoubt(a)) {
                continue;
            }
            boolean threatened = false;
            for (ForceUnit v : w.forceUnits()) {
                if (v.isAlive() && v.getMission() != org.sahelsim.agents.Mission.GARRISON
                        && v.getMission() != org.sahelsim.agents.Mission.WITHDRAW
                        && w.hostile(a.getFaction(), v.getFaction()) && w.within(a, v, p.threatKm)) {
                    threatened = true;
                    break;
                }
            }
            if (!(low || threatened)) {
                continue;
            }
            double prob = p.escapeProbability * Math.max(0.25, ring);
            if (w.chance(prob)) {
                escape(w, a);
            }
        }
    }

    /** Sends the unit to the nearest Algerian border cell. */
    public boolean escape(World w, ArmedUnit a) {
        int n = w.index().algerianBorderCellCount();
        if (n == 0) {
            return false;
        }
        double best = Double.POSITIVE_INFINITY;
        double bx = 0;
        double by = 0;
        for (int i = 0; i < n; i++) {
            int c = w.index().algerianBorderCell(i);
            double x = c % MaliMap.WIDTH + 0.5;
            double y = c / MaliMap.WIDTH + 0.5;
            double km = Grid.km(a.getX(), a.getY(), x, y);
            if (km < best) {
                best = km;
                bx = x;
                by = y;
            }
        }
        a.setPosture(Posture.DISPERSE, w.day());
        a.setDestination(bx, by);
        w.emit(SubEventType.OTHER, a.getFaction(), "", a.getX(), a.getY(), 0,
                a.getFaction().id() + " group of " + a.getStrength() + " leaves the redoubt for the Algerian border (R7)");
        return true;
    }
}
