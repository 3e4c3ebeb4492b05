package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R20 local agreements (001: Niono, March 2021: captives released, soldiers allowed to patrol, the
 * jihadists' terms of village life accepted; "collapsed over the summer"): the calm binds only the
 * parties in the agreement's area, each concession changes what the rules do there while the
 * agreement holds and stops with it, and violations raise the hazard of collapse.
 */
class LocalAgreementTest {
    static final int SEEDS = 20;
    static final List<String> PARTIES = List.of("FAMA", "KATIBA_MACINA");

    private static ScenarioEvent.Ceasefire niono(Integer days, String... concessions) {
        return new ScenarioEvent.Ceasefire(Situations.START, "001: Niono", PARTIES, List.of("Niono"), days, List.of(concessions));
    }

    /** A FAMa post at Niono with a Katiba Macina band just outside it, and the same pair at Djenné, 160 km away. */
    private static Situations twoFronts() {
        return Situations.create()
                .force("FAMA", "Niono", 400, "garrison")
                .armedAt("KATIBA_MACINA", 14.35, -5.95, 300, "hold")
                .force("FAMA", "Djenné", 400, "garrison")
                .armedAt("KATIBA_MACINA", 13.99, -4.55, 300, "hold")
                .control("Niono", "FAMA")
                .control("Djenné", "FAMA")
                .set("asymmetricAttacks.attackRatePerCell", 0)
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0)
                .set("combat.engageRadiusKm", 20)
                .set("combat.breakLossShare", 1)
                .set("ceasefire.collapseHazardPerDay", 0)
                .set("ceasefire.hazardPerViolation", 0);
    }

    /** Km from an event's cell centre to a town's cell centre: R20's measure of its area. */
    static double km(ConflictEvent e, String town) {
        org.sahelsim.map.Town t = MaliMap.get().town(town);
        return Grid.km(Grid.x(e.longitude()), Grid.y(e.latitude()), t.x() + 0.5, t.y() + 0.5);
    }

    static long near(Situations s, String town, SubEventType type, String actor1, int fromDay, int toDay) {
        return s.log.stream().filter(e -> e.subEventType() == type && km(e, town) <= 60 && e.day() >= fromDay && e.day() <= toDay
                && (actor1 == null || actor1.equals(e.actor1()))).count();
    }

    @Test
    void theAgreementCalmsOnlyItsPartiesFightsInItsArea() {
        long[] niono = new long[2];
        long[] djenne = new long[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int k = 0; k < 2; k++) {
                Situations s = twoFronts().set("ceasefire.patrolViolenceReduction", 1);
                if (k == 1) {
                    s.event(niono(null, "allowPatrols"));
                }
                s.run(30, seed);
                niono[k] += near(s, "Niono", SubEventType.ARMED_CLASH, null, 1, 30);
                djenne[k] += near(s, "Djenné", SubEventType.ARMED_CLASH, null, 1, 30);
            }
        }
        assertTrue(niono[0] >= 5L * SEEDS && niono[1] == 0, "clashes near Niono without and with the Niono agreement: " + niono[0] + ", " + niono[1]);
        assertTrue(djenne[0] >= 5L * SEEDS && djenne[1] >= 0.7 * djenne[0],
                "clashes near Djenné (outside the area) without and with the Niono agreement: " + djenne[0] + ", " + djenne[1]);
    }

    /** Violations (fights the calm did not call off) raise the daily hazard: with no calm at all it collapses, with full calm it holds. */
    @Test
    void violationsRaiseTheHazardOfCollapse() {
        int[] collapsed = new int[2];
        long[] violations = new long[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int k = 0; k < 2; k++) {
                Situations s = twoFronts()
                        .set("ceasefire.hazardPerViolation", 0.01)
                        .set("ceasefire.violenceReduction", k == 0 ? 0 : 1)
                        .event(niono(null));
                SahelModel m = s.run(60, seed);
                collapsed[k] += (int) s.count(SubEventType.OTHER, "ceasefire collapses after");
                violations[k] += m.world().truces().ceasefires().get(0).violations();
            }
        }
        assertTrue(collapsed[0] >= SEEDS * 3 / 4 && violations[0] > 0,
                "fighting on through the agreement: collapsed in " + collapsed[0] + "/" + SEEDS + ", " + violations[0] + " violations");
        assertEquals(0, collapsed[1], "full calm: collapsed in " + collapsed[1] + "/" + SEEDS + ", " + violations[1] + " violations");
        assertEquals(0, violations[1]);
    }

    /** The collapse hazard grows with the strain of violations and fades with time. */
    @Test
    void strainGrowsWithViolationsAndFades() {
        Situations s = twoFronts().set("ceasefire.violenceReduction", 0).event(niono(null));
        SahelModel m = s.run(10, 3);
        var a = m.world().truces().ceasefires().get(0);
        assertTrue(a.violations() > 0 && a.strain() > 0 && a.strain() <= a.violations(), a.violations() + " violations, strain " + a.strain());
        double before = a.strain();
        a.fade(Math.exp(-1 / 30.0));
        assertTrue(a.strain() < before);
    }

    /** The day of the first event of a type by an actor within 60 km of Niono, or 0. */
    private static int first(Situations s, SubEventType type, String actor1) {
        return s.log.stream().filter(e -> e.subEventType() == type && actor1.equals(e.actor1()) && km(e, "Niono") <= 60)
                .mapToInt(ConflictEvent::day).min().orElse(0);
    }

    private static int brokenOn(Situations s) {
        return s.log.stream().filter(e -> e.notes().contains("ceasefire broken by")).mapToInt(ConflictEvent::day).min().orElse(0);
    }

    /**
     * The state's hunting: a strike by a FAMa air campaign on Katiba Macina in the area breaks an
     * agreement that did not stop the hunt (the next morning); under stopHunting FAMa strikes no
     * group in the area, and still strikes the same group at Djenné, outside it.
     */
    @Test
    void aHuntingStrikeBreaksTheAgreementUnlessTheStateStoppedHunting() {
        int struck = 0;
        long strikesSpared = 0;
        int brokenSpared = 0;
        long strikesElsewhere = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int k = 0; k < 2; k++) {
                Situations s = twoFronts()
                        .set("ceasefire.violenceReduction", 1)
                        .set("airStrikes.detectionProbability", 1)
                        .event(new ScenarioEvent.AirCampaign(Situations.START, "test", "FAMA", "Ségou", 4))
                        .event(k == 0 ? niono(null) : niono(null, "stopHunting"));
                s.run(30, seed);
                if (k == 0) {
                    int strike = first(s, SubEventType.AIR_DRONE_STRIKE, "FAMA");
                    if (strike > 0) {
                        struck++;
                        assertEquals(strike + 1, brokenOn(s), "a FAMa strike near Niono on day " + strike + " (seed " + seed + ")");
                        assertTrue(s.count(SubEventType.OTHER, "broken by FAMA's strike on KATIBA_MACINA") == 1);
                    } else {
                        assertEquals(0, brokenOn(s));
                    }
                } else {
                    brokenSpared += (int) s.count(SubEventType.OTHER, "ceasefire broken");
                    strikesSpared += near(s, "Niono", SubEventType.AIR_DRONE_STRIKE, "FAMA", 1, 30);
                    strikesElsewhere += near(s, "Djenné", SubEventType.AIR_DRONE_STRIKE, "FAMA", 1, 30);
                }
            }
        }
        assertTrue(struck >= 3, "runs where FAMa struck near Niono without stopHunting: " + struck + "/" + SEEDS);
        assertEquals(0, brokenSpared);
        assertEquals(0, strikesSpared, "FAMa strikes near Niono under stopHunting");
        assertTrue(strikesElsewhere > 0, "FAMa still strikes Katiba Macina at Djenné, outside the area: " + strikesElsewhere);
    }

    /** An abuse of civilians by a force of the agreement in its area (R13 reprisals in Niono) breaks it the next morning. */
    @Test
    void anAbuseByAPartyBreaksTheAgreement() {
        int abused = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Situations s = Situations.create()
                    .force("FAMA", "Niono", 400, "garrison")
                    .armedAt("KATIBA_MACINA", 14.6, -5.95, 300, "hold")
                    .control("Niono", "KATIBA_MACINA") // FAMa takes it on day 1: a liberated town, where R13's abuses happen
                    .set("avoidance.leaveProbability", 0)
                    .set("offensive.initiativePerDay", 0)
                    .set("asymmetricAttacks.attackRatePerCell", 0)
                    .set("vengeance.abuseProbabilityPerDay", 0.1)
                    .set("ceasefire.collapseHazardPerDay", 0)
                    .set("ceasefire.hazardPerViolation", 0)
                    .event(niono(null, "liftSiege", "allowPatrols"));
            s.run(40, seed);
            int abuse = first(s, SubEventType.ATTACK, "FAMA");
            if (abuse > 0) {
                abused++;
                assertEquals(abuse + 1, brokenOn(s), "FAMa's abuse on day " + abuse + " (seed " + seed + ")");
            } else {
                assertEquals(0, brokenOn(s));
            }
        }
        assertTrue(abused >= SEEDS / 2, "runs with a FAMa abuse in Niono: " + abused + "/" + SEEDS);
    }

    /** The group lifts its siege: no attack on the garrison of Niono while the agreement holds, attacks again after it ends. */
    @Test
    void liftingTheSiegeStopsAttacksOnTheTownUntilTheAgreementEnds() {
        long[] during = new long[2];
        long[] after = new long[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int k = 0; k < 2; k++) {
                Situations s = Situations.create()
                        .force("FAMA", "Niono", 400, "garrison")
                        .armedAt("KATIBA_MACINA", 14.6, -5.95, 300, "hold")
                        .control("Niono", "KATIBA_MACINA") // FAMa's garrison takes it back on day 1: R10's cells strike liberated towns
                        .set("avoidance.leaveProbability", 0)
                        .set("offensive.initiativePerDay", 0)
                        .set("asymmetricAttacks.attackRatePerCell", 0.3)
                        .set("vengeance.abuseProbabilityPerDay", 0) // an abuse would break the agreement (tested below)
                        .set("combat.engageRadiusKm", 5)
                        .set("ceasefire.violenceReduction", 0)
                        .set("ceasefire.collapseHazardPerDay", 0)
                        .set("ceasefire.hazardPerViolation", 0);
                if (k == 1) {
                    s.event(niono(30, "liftSiege"));
                }
                s.run(60, seed);
                during[k] += attacksOnNiono(s, 1, 30);
                after[k] += attacksOnNiono(s, 32, 60);
            }
        }
        assertTrue(during[0] >= 2L * SEEDS && during[1] == 0, "attacks on Niono in the agreement's 30 days, without and with it: " + during[0] + ", " + during[1]);
        assertTrue(after[1] >= 0.5 * after[0] && after[1] > 0, "attacks on Niono after it ended, without and with it: " + after[0] + ", " + after[1]);
    }

    private static long attacksOnNiono(Situations s, int from, int to) {
        return s.log.stream().filter(e -> e.day() >= from && e.day() <= to && "KATIBA_MACINA".equals(e.actor1()) && km(e, "Niono") <= 15
                && (e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE || e.notes().contains("(R10)"))).count();
    }

    /** The state accepts the group's rule: FAMa keeps out of Diabaly, which Katiba Macina holds, until the agreement ends. */
    @Test
    void acceptingTheGroupsRuleKeepsTheStateOutOfItsTownsUntilTheAgreementEnds() {
        int retakenWithout = 0;
        int retakenDuring = 0;
        int retakenAfter = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int k = 0; k < 2; k++) {
                Situations s = Situations.create()
                        .force("FAMA", "Niono", 400, "garrison")
                        .force("FAMA", "Niono", 800, "advance", "Diabaly")
                        .armed("KATIBA_MACINA", "Diabaly", 100, "hold")
                        .control("Niono", "FAMA")
                        .control("Diabaly", "KATIBA_MACINA")
                        .set("ceasefire.collapseHazardPerDay", 0)
                        .set("ceasefire.hazardPerViolation", 0);
                if (k == 1) {
                    s.event(niono(40, "acceptGroupRule"));
                }
                SahelModel m = s.model(100, seed);
                m.start();
                Situations.step(m, 20);
                TownAgent diabaly = Situations.town(m, "Diabaly");
                if (k == 1) {
                    assertFalse(m.world().access().allowedTown(Faction.FAMA, diabaly) && diabaly.getControlSide() != Side.GOVERNMENT,
                            "FAMa may choose Diabaly while the agreement holds (seed " + seed + ")");
                }
                Situations.step(m, 80);
                int firstGov = s.changes.stream().filter(c -> c.town().equals("Diabaly") && c.side() == Side.GOVERNMENT)
                        .mapToInt(c -> c.day()).min().orElse(Integer.MAX_VALUE);
                if (k == 0) {
                    retakenWithout += firstGov <= 40 ? 1 : 0;
                } else {
                    retakenDuring += firstGov <= 40 ? 1 : 0;
                    retakenAfter += firstGov > 40 && firstGov <= 100 ? 1 : 0;
                    assertTrue(m.world().access().allowedTown(Faction.FAMA, diabaly), "the keep-out ends with the agreement");
                }
            }
        }
        assertTrue(retakenWithout >= SEEDS / 2, "Diabaly retaken within 40 days without the agreement: " + retakenWithout + "/" + SEEDS);
        assertEquals(0, retakenDuring, "Diabaly retaken while the agreement holds");
        assertTrue(retakenAfter >= SEEDS / 2, "Diabaly retaken after the agreement ended: " + retakenAfter + "/" + SEEDS);
    }
}
