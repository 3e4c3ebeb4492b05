package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R14 Harsh rule alienates (document 004: Shari'a courts and Islamic police "meting out brutal
 * public punishments"; Droukdel's manifesto rebuked "clumsy implementation of Shari'a, which ...
 * risked alienating local populations").
 *
 * <p>In every town a jihadist faction controls, sympathy for the jihadists falls by
 * {@code sympathyLossPerDay} x (1 - {@code moderation}) each day, and public punishments (a
 * "Violence against civilians / Attack" event, sometimes fatal) happen with probability
 * {@code punishmentProbabilityPerDay} x (1 - moderation). Moderation 1 is the governance Droukdel
 * asked for.
 */
public final class HarshRule implements Rule {
    public static final String RULE = "R14";

    @ParamGroup(prefix = "harshRule", rule = RULE)
    public record Params(
            @Param(value = 0.003, min = 0, max = 0.1, unit = "sympathy per day",
                    about = "loss of sympathy for the jihadists under their rule",
                    source = "assumed")
            double sympathyLossPerDay,
            @Param(value = 0.2, min = 0, max = 1, unit = "share",
                    about = "how far the groups follow Droukdel's advice of moderate governance",
                    source = "assumed; 004: manifesto")
            double moderation,
            @Param(value = 0.02, min = 0, max = 1, unit = "probability per day",
                    about = "chance of a public punishment in a town under jihadist rule",
                    source = "assumed; 004: 'brutal public punishments'")
            double punishmentProbabilityPerDay) {}

    private final Params p;

    public HarshRule(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    public void apply(World w) {
        double harsh = 1 - p.moderation;
        for (TownAgent t : w.towns()) {
            if (t.getControlSide() != Side.JIHADIST || t.getControlFaction() == null) {
                continue;
            }
            t.setSympathy(Side.JIHADIST, t.sympathy(Side.JIHADIST) - p.sympathyLossPerDay * harsh);
            if (w.chance(p.punishmentProbabilityPerDay * harsh)) {
                int dead = w.chance(0.3) ? 1 : 0;
                w.addCivilianCasualties(dead);
                w.emit(SubEventType.ATTACK, t.getControlFaction(), "CIVILIANS", t.centreX(), t.centreY(), dead,
                        "public punishment by the Islamic police in " + t.getName() + " (R14)");
            }
        }
    }
}
