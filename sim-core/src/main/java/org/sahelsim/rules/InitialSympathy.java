package org.sahelsim.rules;

import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.Side;

/**
 * How the people of a town lean at the start of a run (the state R8, R13, R14 and R15 then move):
 * towards whoever has held the town, and towards the separatists in their northern homeland.
 */
public final class InitialSympathy {
    @ParamGroup(prefix = "sympathy", rule = "R14")
    public record Params(
            @Param(value = 0.6, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "initial sympathy for the government side of a town it holds",
                    source = "assumed")
            double governmentWhereHeld,
            @Param(value = 0.4, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "initial sympathy for the government side of a town it does not hold",
                    source = "assumed")
            double governmentElsewhere,
            @Param(value = 0.35, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "initial sympathy for the jihadists of a town they hold",
                    source = "assumed; 004: sympathetic villages")
            double jihadistWhereHeld,
            @Param(value = 0.15, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "initial sympathy for the jihadists of a town they do not hold",
                    source = "assumed")
            double jihadistElsewhere,
            @Param(value = 0.5, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "initial sympathy for the separatists of a town north of separatistNorthOfLat",
                    source = "assumed; 000, 004: the Tuareg homeland of Kidal")
            double separatistNorth,
            @Param(value = 0.1, min = 0, max = 1, unit = "sympathy (0..1)",
                    about = "initial sympathy for the separatists of a town further south",
                    source = "assumed")
            double separatistSouth,
            @Param(value = 17, min = 10, max = 25, unit = "degrees north",
                    about = "towns north of this latitude lean towards the separatists at the start",
                    source = "assumed; between Bourem (17.0) and Anefis (17.9)")
            double separatistNorthOfLat) {}

    private final Params p;

    InitialSympathy(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    /** Sets a town's initial sympathies from who controls it and where it lies. */
    public void set(TownAgent t) {
        Side s = t.getControlSide();
        t.setSympathy(Side.GOVERNMENT, s == Side.GOVERNMENT ? p.governmentWhereHeld : p.governmentElsewhere);
        t.setSympathy(Side.JIHADIST, s == Side.JIHADIST ? p.jihadistWhereHeld : p.jihadistElsewhere);
        t.setSympathy(Side.SEPARATIST, t.town().lat() > p.separatistNorthOfLat ? p.separatistNorth : p.separatistSouth);
    }
}
