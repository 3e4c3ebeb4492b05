package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.Faction;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.SahelModel;

/**
 * R10 follows the insurgency's means (issue 11): constructed situations around a garrisoned Gao,
 * compared on paired seeds. Fewer fighters in the cells, less grievance in the town or empty
 * coffers give fewer attacks; a town that was never lost is not a target; every bomber is drawn
 * from the cells' own fighters.
 */
class AttackMeansTest {
    static final int SEEDS = 20;
    static final int DAYS = 120;

    /** Gao taken back from MUJAO by a FAMa garrison (so liberated on day 1), eight cells of {@code fighters} around it. */
    static Situations gao(int fighters, String holder) {
        Situations s = Situations.create()
                .force("FAMA", "Gao", 600, "garrison")
                .control("Gao", holder)
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0)
                .set("dispersal.regroupDays", 120)
                .set("redoubt.seekProbability", 0)
                .set("asymmetricAttacks.tieDownDays", 0);
        for (int i = 0; i < 8; i++) {
            double ang = 2 * Math.PI * i / 8;
            s.armedAt("MUJAO", 16.27 + 0.3 * Math.sin(ang), -0.04 + 0.3 * Math.cos(ang), fighters, "hold");
        }
        return s;
    }

    /** R10's attacks on Gao in a run: suicide bombings, raids and IEDs. */
    static long attacks(Situations s) {
        return s.log.stream().filter(e -> e.notes().endsWith("(R10)") && e.notes().contains("Gao")
                && (e.subEventType() == SubEventType.SUICIDE_BOMB || e.subEventType() == SubEventType.REMOTE_EXPLOSIVE
                        || e.notes().startsWith("raid on"))).count();
    }

    /** Attacks and bombers prepared, summed over the paired seeds, for a situation built by {@code make}. */
    static long[] sum(java.util.function.Supplier<Situations> make, UnaryOperator<Situations> tweak, int fromDay) {
        long a = 0;
        long b = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Situations s = tweak.apply(make.get());
            SahelModel m = s.run(DAYS, seed);
            a += s.log.stream().filter(e -> e.day() >= fromDay).filter(e -> e.notes().endsWith("(R10)") && e.notes().contains("Gao")
                    && (e.subEventType() == SubEventType.SUICIDE_BOMB || e.subEventType() == SubEventType.REMOTE_EXPLOSIVE
                            || e.notes().startsWith("raid on"))).count();
            b += m.world().fieldLog().prepared(Faction.MUJAO);
        }
        return new long[] {a, b};
    }

    @Test
    void aTownNeverLostIsNoTarget() {
        Situations s = gao(30, "FAMA");
        SahelModel m = s.run(DAYS, 3);
        assertEquals(0, attacks(s), "no attack on a town the government never lost");
        assertEquals(0, m.world().fieldLog().prepared(Faction.MUJAO), "no bomber prepared without a liberated town");
    }

    @Test
    void bombersAreDrawnFromTheCellsAndUsedOnlyWhenReady() {
        int prepared = 0;
        int suicide = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Situations s = gao(30, "MUJAO");
            SahelModel m = s.run(DAYS, seed);
            int made = m.world().fieldLog().prepared(Faction.MUJAO);
            long used = s.count(SubEventType.SUICIDE_BOMB);
            assertTrue(used <= made, "seed " + seed + ": " + used + " suicide bombings from " + made + " bombers prepared");
            assertTrue(s.log.stream().filter(e -> e.subEventType() == SubEventType.SUICIDE_BOMB)
                    .allMatch(e -> e.day() > m.rules().asymmetricAttacks().params().preparationDays()), "none before a volunteer is ready");
            prepared += made;
            suicide += (int) used;
        }
        assertTrue(prepared > 0 && suicide > 0, "cells prepare bombers and use them: " + prepared + " prepared, " + suicide + " used");
        Situations none = gao(30, "MUJAO").set("asymmetricAttacks.volunteersPerThousandFighterDays", 0);
        none.run(DAYS, 1);
        assertEquals(0, none.count(SubEventType.SUICIDE_BOMB), "no volunteers, no pool at the start: no suicide bombing");
        assertTrue(attacks(none) > 0, "the cells still raid and plant IEDs");
    }

    @Test
    void halfTheFightersFewerAttacksAndFewerBombers() {
        long[] full = sum(() -> gao(30, "MUJAO"), s -> s, 0);
        long[] half = sum(() -> gao(15, "MUJAO"), s -> s, 0);
        assertTrue(half[0] < 0.85 * full[0], "attacks over " + SEEDS + " seeds: cells of 30 " + full[0] + ", of 15 " + half[0]);
        assertTrue(half[1] < 0.75 * full[1], "bombers prepared: cells of 30 " + full[1] + ", of 15 " + half[1]);
    }

    @Test
    void lessGrievanceFewerAttacksAndFewerBombers() {
        long[] angry = sum(() -> gao(30, "MUJAO"), s -> s.set("recruitment.initialGrievance", 0.8), 0);
        long[] calmer = sum(() -> gao(30, "MUJAO"), s -> s.set("recruitment.initialGrievance", 0.4), 0);
        assertTrue(calmer[0] < angry[0], "attacks over " + SEEDS + " seeds: grievance 0.8 " + angry[0] + ", 0.4 " + calmer[0]);
        assertTrue(calmer[1] < angry[1], "bombers prepared: grievance 0.8 " + angry[1] + ", 0.4 " + calmer[1]);
    }

    @Test
    void emptyCoffersEndTheCampaign() {
        UnaryOperator<Situations> broke = s -> s.set("financing.initialWarChest", 0).set("financing.hostageIncomePerDay", 0)
                .set("financing.traffickingIncomePerDay", 0).set("financing.levyPerInhabitantPerDay", 0);
        // the cells carry financing.initialSupplyDays (30) of supplies at the start: compare what follows
        long[] funded = sum(() -> gao(30, "MUJAO"), s -> s, 45);
        long[] poor = sum(() -> gao(30, "MUJAO"), broke, 45);
        assertTrue(funded[0] > 20, "funded cells keep attacking after day 45: " + funded[0]);
        assertTrue(poor[0] < 0.2 * funded[0], "attacks after day 45 over " + SEEDS + " seeds: funded " + funded[0] + ", without money " + poor[0]);
    }
}
