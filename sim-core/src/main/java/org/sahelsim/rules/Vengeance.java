package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.world.World;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/**
 * R13 Vengeance and grievance (document 000: "accusations of summary executions and rights
 * violations by Malian forces"; after the liberation of Gao and Timbuktu "armed forces and locals
 * had begun attacking other residents suspected of having supported ... Islamist rule"; Chadian,
 * not Malian, troops sent to Kidal "to avert any vengeance killing").
 *
 * <p>Each day, in every liberated town where Malian troops are present, an abuse happens with
 * probability {@code abuseProbabilityPerDay}, reduced by {@code foreignRestraint} when French,
 * Chadian, African or UN troops are also there; in every town where the junta's partner force
 * (001) is, with {@code partnerAbuseProbabilityPerDay} (it restrains nobody). An abuse is a "Violence against civilians /
 * Attack" event by FAMa with about {@code meanFatalities} dead; it raises the town's grievance by
 * {@code grievancePerAbuse} and moves sympathy from the government to the jihadists. Grievance
 * moves by {@code grievanceDecayPerDay} a day towards its lasting level: {@code lastingShare} of
 * every past abuse there, plus {@code absentStateGrievance} where no government-side troops are
 * present (an absent state); it feeds recruitment (R15). Abuses in the separatists' homeland also
 * turn them against the government (R16).
 */
public final class Vengeance implements Rule {
    public static final String RULE = "R13";

    @ParamGroup(prefix = "vengeance", rule = RULE)
    public record Params(
            @Param(value = 0.03, min = 0, max = 1, unit = "probability per day",
                    about = "chance of an abuse on a day in a liberated town with Malian troops",
                    source = "assumed; 000: summary executions reported")
            double abuseProbabilityPerDay,
            @Param(value = 0.7, min = 0, max = 1, unit = "share",
                    about = "share of abuses prevented when foreign troops are present",
                    source = "assumed; 000: Chadians sent to Kidal to avert vengeance")
            double foreignRestraint,
            @Param(value = 2, min = 0, max = 50, unit = "persons",
                    about = "mean deaths per abuse",
                    source = "assumed")
            double meanFatalities,
            @Param(value = 0.08, min = 0, max = 1, unit = "grievance (0..1)",
                    about = "rise in the town's grievance per abuse",
                    source = "assumed")
            double grievancePerAbuse,
            @Param(value = 0.04, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "sympathy moved from the government to the jihadists per abuse",
                    source = "assumed")
            double sympathyShiftPerAbuse,
            @Param(value = 0.002, min = 0, max = 0.1, unit = "per day",
                    about = "grievance fading each day",
                    source = "assumed")
            double grievanceDecayPerDay,
            @Param(value = 0.5, min = 0, max = 1, unit = "share",
                    about = "share of an abuse's grievance that never fades (the memory of abuses is a lasting source)",
                    source = "assumed; 000: summary executions and reprisals after the liberation; 003 l.9: 2017-2019 each more violent than 2012-2013")
            double lastingShare,
            @Param(value = 0.2, min = 0, max = 1, unit = "grievance (0..1)",
                    about = "level grievance drifts to (instead of fading) in a town where no government-side troops are present (an absent state)",
                    source = "assumed, equal to recruitment.initialGrievance; 001 l.31: the junta controls barely a third of the territory")
            double absentStateGrievance,
            @Param(value = 0.03, min = 0, max = 1, unit = "probability per day",
                    about = "chance of an abuse on a day in a town where the junta's partner force is (its own doctrine; no foreign restraint)",
                    source = "assumed, as abuseProbabilityPerDay without restraint; 001 l.13: the Russians; public record: Moura, March 2022")
            double partnerAbuseProbabilityPerDay) {}

    private final Params p;

    /** R16, told of each abuse (Malian abuses in their homeland turn the separatists away); null: nobody. */
    private final TuaregAlignment alignment;

    public Vengeance(Parameters parameters) {
        this(parameters, null);
    }

    public Vengeance(Parameters parameters, TuaregAlignment alignment) {
        this.p = ParameterRecords.bind(Params.class, parameters);
        this.alignment = alignment;
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    /** Per town (index order): the grievance abuses have left for good. */
    private double[] lasting;

    public void apply(World w) {
        if (lasting == null) {
            lasting = new double[w.towns().size()];
        }
        for (int i = 0; i < w.towns().size(); i++) {
            TownAgent t = w.towns().get(i);
            double floor = Math.min(1, lasting[i] + (t.presence(Side.GOVERNMENT) > 0 ? 0 : p.absentStateGrievance));
            double g = t.getGrievance();
            t.setGrievance(g > floor ? Math.max(floor, g - p.grievanceDecayPerDay) : Math.min(floor, g + p.grievanceDecayPerDay));
            boolean fama = false;
            boolean foreign = false;
            boolean partner = false;
            for (Unit u : w.units()) {
                if (u.isAlive() && u.getTown() == t) {
                    fama |= u.getFaction() == Faction.FAMA;
                    partner |= u.getFaction() == Faction.PARTNER;
                    foreign |= !u.isArmedGroup() && u.getFaction() != Faction.FAMA && u.getFaction() != Faction.PARTNER;
                }
            }
            // the junta's partner has its own doctrine: it abuses wherever it operates, and restrains nobody
            if (!(fama && t.isLiberated()) && !partner) {
                continue;
            }
            double prob = partner ? p.partnerAbuseProbabilityPerDay
                    : p.abuseProbabilityPerDay * (foreign ? 1 - p.foreignRestraint : 1);
            if (!w.chance(prob)) {
                continue;
            }
            int dead = w.poisson(p.meanFatalities);
            w.addCivilianCasualties(dead);
            t.setGrievance(t.getGrievance() + p.grievancePerAbuse);
            lasting[i] = Math.min(1, lasting[i] + p.lastingShare * p.grievancePerAbuse);
            t.setSympathy(Side.GOVERNMENT, t.sympathy(Side.GOVERNMENT) - p.sympathyShiftPerAbuse);
            t.setSympathy(Side.JIHADIST, t.sympathy(Side.JIHADIST) + p.sympathyShiftPerAbuse);
            w.emit(SubEventType.ATTACK, partner ? Faction.PARTNER : Faction.FAMA, "CIVILIANS", t.centreX(), t.centreY(), dead,
                    (partner ? "abuses by the partner force against suspected supporters of the jihadists in "
                            : "reprisals against suspected supporters of the jihadists in ") + t.getName() + " (R13)");
            if (alignment != null) {
                alignment.onAbuse(w, t);
            }
        }
    }
}
