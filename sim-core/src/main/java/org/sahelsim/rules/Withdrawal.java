package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.agents.AirAsset;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Mission;
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
 * R21 Withdrawal of the intervention force (document 001: France announces the withdrawal of
 * Barkhane in February 2022; the junta then holds "barely a third of Mali's territory").
 *
 * <p>A withdrawal event removes the given fraction of a faction's troops over
 * {@code drawdownDays}, an equal number each day: mobile units first, then garrisons, smallest
 * first, so bases close one by one and their towns are left to whoever comes (R9). Withdrawn
 * troops are not casualties. A full withdrawal ends the faction's air campaign at once.
 */
public final class Withdrawal implements Rule {
    public static final String RULE = "R21";

    @ParamGroup(prefix = "withdrawal", rule = RULE)
    public record Params(
            @Param(value = 180, min = 1, max = 1000, unit = "days",
                    about = "days over which a withdrawal is completed",
                    source = "public record: Barkhane's withdrawal announced Feb 17 2022, last troops left Mali Aug 15 2022 (about 180 days)")
            double drawdownDays) {}

    private static final class Pending {
        final Faction faction;
        double remaining;
        final double perDay;

        Pending(Faction faction, double remaining, double perDay) {
            this.faction = faction;
            this.remaining = remaining;
            this.perDay = perDay;
        }
    }

    private final Params p;
    private final List<Pending> pending = new ArrayList<>();

    public Withdrawal(Parameters parameters) {
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
        return List.of(EventHandler.on(ScenarioEvent.Withdrawal.class, this::onWithdrawal));
    }

    public void onWithdrawal(World w, ScenarioEvent.Withdrawal ev) {
        Faction f = Faction.require(ev.faction());
        int total = 0;
        Unit any = null;
        for (Unit u : w.units()) {
            if (u.getFaction() == f && u.isAlive()) {
                total += u.getStrength();
                any = any == null ? u : any;
            }
        }
        double remove = Math.round(total * Math.max(0, Math.min(1, ev.fractionOrAll())));
        pending.add(new Pending(f, remove, remove / p.drawdownDays));
        if (ev.fractionOrAll() >= 1) {
            for (AirAsset a : w.airAssets()) {
                if (a.getFaction() == f) {
                    a.setSortiesPerDay(0);
                }
            }
        }
        double x = any == null ? 85 : any.getX();
        double y = any == null ? 77 : any.getY();
        w.emit(SubEventType.OTHER, f, "", x, y, 0, f.id() + " begins withdrawing " + (int) remove + " troops (R21)");
    }

    public void apply(World w) {
        for (Pending pd : pending) {
            if (pd.remaining <= 0) {
                continue;
            }
            double today = Math.min(pd.remaining, pd.perDay);
            pd.remaining -= today;
            int toRemove = (int) Math.round(today + (pd.remaining <= 0 ? 0.49 : 0));
            List<ForceUnit> order = new ArrayList<>();
            for (Unit u : w.units()) {
                if (u instanceof ForceUnit f && f.getFaction() == pd.faction && f.isAlive()) {
                    order.add(f);
                }
            }
            order.sort((a, b) -> {
                boolean ga = a.getMission() == Mission.GARRISON;
                boolean gb = b.getMission() == Mission.GARRISON;
                if (ga != gb) {
                    return ga ? 1 : -1;
                }
                return Integer.compare(a.getStrength(), b.getStrength());
            });
            for (ForceUnit f : order) {
                if (toRemove <= 0) {
                    break;
                }
                int r = Math.min(toRemove, f.getStrength());
                f.setStrength(f.getStrength() - r);
                toRemove -= r;
            }
        }
    }
}
