package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.Intent;

/** The commander of issue 11 (rules.Command), on small situations. */
class CommandTest {
    private static Intent reconquer(String... towns) {
        return new Intent("reconquer", List.of(), List.of(towns), null);
    }

    /** Quiet armed groups: they hold and neither attack, flee nor are struck, so only the commander acts. */
    private static Situations quiet() {
        return Situations.create()
                .set("offensive.initiativePerDay", 0)
                .set("avoidance.leaveProbability", 0)
                .set("combat.aimedFireRate", 0)
                .set("combat.areaFireRate", 0);
    }

    @Test
    void picksTheWeaklyHeldNearTownOverTheStronglyHeldFarOne() {
        for (long seed = 1; seed <= 5; seed++) {
            Situations s = quiet()
                    .force("FRANCE", "Sévaré", 1000, reconquer("Konna", "Gao"))
                    .forceAt("FRANCE", 14.9, -3.95, 20) // posts that see both towns: the choice is on known strengths
                    .forceAt("FRANCE", 16.45, -0.05, 20)
                    .armed("MUJAO", "Konna", 60, "hold")
                    .armed("MUJAO", "Gao", 900, "hold")
                    .control("Konna", "MUJAO").control("Gao", "MUJAO");
            SahelModel m = s.run(1, seed);
            ForceUnit f = Situations.forces(m, Faction.FRANCE).stream().filter(u -> u.getStrength() > 100).findFirst().orElseThrow();
            assertEquals("Konna", f.getObjectiveName(), "seed " + seed);
        }
    }

    @Test
    void waitsShortOfATownItCannotTakeAtItsForceRatio() {
        Situations s = quiet()
                .force("FRANCE", "Sévaré", 300, reconquer("Douentza"))
                .forceAt("FRANCE", 15.05, -2.65, 20) // a post that sees Douentza
                .armed("MUJAO", "Douentza", 1500, "hold")
                .control("Douentza", "MUJAO");
        SahelModel m = s.run(8, 1);
        ForceUnit f = Situations.forces(m, Faction.FRANCE).stream().filter(u -> u.getStrength() > 100).findFirst().orElseThrow();
        TownAgent douentza = Situations.town(m, "Douentza");
        assertTrue(f.isWaiting(), "waiting for a better ratio");
        assertTrue(m.world().km(f, douentza) >= 30, "stands off " + m.world().km(f, douentza) + " km");
        assertEquals(Side.JIHADIST, douentza.getControlSide());
        assertFalse(s.changes.stream().anyMatch(c -> c.day() > 0 && c.town().equals("Douentza")));
    }

    @Test
    void aTownHeldByOccupiersIsRetakenLaterThanAnEmptyOne() {
        double empty = 0;
        double held = 0;
        int n = 20;
        for (long seed = 1; seed <= n; seed++) {
            empty += retakeDay(Situations.create()
                    .force("FRANCE", "Sévaré", 3000, reconquer("Douentza"))
                    .control("Douentza", "MUJAO"), seed);
            held += retakeDay(Situations.create()
                    .force("FRANCE", "Sévaré", 3000, reconquer("Douentza"))
                    .armed("MUJAO", "Douentza", 300, "hold")
                    .set("avoidance.leaveProbability", 0)
                    .control("Douentza", "MUJAO"), seed);
        }
        assertTrue(held / n > empty / n + 0.5, "with occupiers " + held / n + " days, empty " + empty / n);
    }

    @Test
    void clearingGrowsWithTheOccupiersTheTownRemembers() {
        Command c = new RuleSet(RuleSet.CATALOG.defaults()).command();
        assertEquals(0, c.clearDays(0));
        assertTrue(c.clearDays(400) > c.clearDays(100));
        assertEquals(c.params().maxClearDays(), c.clearDays(1_000_000));
    }

    private static int retakeDay(Situations s, long seed) {
        s.run(30, seed);
        return s.changes.stream().filter(c -> c.day() > 0 && c.town().equals("Douentza") && c.side() == Side.GOVERNMENT)
                .mapToInt(ControlChange::day).findFirst().orElse(31);
    }

    /**
     * What a town denies the enemy (command.sanctuaryValue): with AQIM sheltering in the Ifoghas
     * redoubt, the hostile-held towns at the redoubt's edge are worth more the nearer they lie to
     * the Algerian border (Tessalit more than Aguelhok), towns far from it nothing; with the redoubt
     * empty, nothing. Computed from the map (redoubt cells, border cells), no town named in the code.
     */
    @Test
    void townsThatCloseTheSanctuarysWayOutAreWorthMoreWhileItIsManned() {
        for (boolean manned : new boolean[] {true, false}) {
            Situations s = quiet()
                    .force("FRANCE", "Gao", 1000, reconquer("Tessalit", "Aguelhok", "Bourem"))
                    .control("Tessalit", "ANSAR_DINE").control("Aguelhok", "ANSAR_DINE").control("Bourem", "MUJAO");
            if (manned) {
                s.armedAt("AQIM", 19.69, 1.31, 300, "redoubt");
            }
            SahelModel m = s.run(1, 1);
            ForceUnit f = Situations.forces(m, Faction.FRANCE).stream().filter(u -> u.getStrength() > 100).findFirst().orElseThrow();
            Command c = m.rules().command();
            double tessalit = c.denied(m.world(), f, Situations.town(m, "Tessalit"));
            double aguelhok = c.denied(m.world(), f, Situations.town(m, "Aguelhok"));
            double bourem = c.denied(m.world(), f, Situations.town(m, "Bourem"));
            if (manned) {
                assertTrue(tessalit > aguelhok && aguelhok > 0, "Tessalit " + tessalit + ", Aguelhok " + aguelhok);
                assertEquals(0, bourem, 1e-12);
            } else {
                assertEquals(0, tessalit + aguelhok + bourem, 1e-12);
            }
        }
    }
}
