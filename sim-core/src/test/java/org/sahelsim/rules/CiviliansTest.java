package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Faction;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.DisplacementStock;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.DisplacedPopulation;
import org.sahelsim.world.World;

/** The civilians submodel: flight from violence and not from calm, conservation, returns, the loop into recruitment. */
class CiviliansTest {

    /** A calm map: no armed group near any town of the south and centre, the government holding the main southern towns. */
    private static Situations south() {
        Situations s = Situations.create();
        for (String t : new String[] {"Bamako", "Kati", "Ségou", "San", "Mopti", "Sévaré", "Kayes", "Sikasso", "Koutiala", "Niono"}) {
            s.control(t, "FAMA");
        }
        return s;
    }

    private static SahelModel calm(long seed) {
        SahelModel m = south().model(60, seed);
        m.start();
        return m;
    }

    /** One day of the submodel alone, with {@code clashes} armed clashes at a town first (none: a calm day). */
    private static void day(SahelModel m, String town, int clashes) {
        World w = m.world();
        w.nextDay();
        TownAgent t = w.town(town);
        for (int i = 0; i < clashes; i++) {
            w.emit(SubEventType.ARMED_CLASH, Faction.MUJAO, "FAMA", t.centreX(), t.centreY(), 2, "test clash");
        }
        m.rules().civilians().apply(w);
    }

    private static int displacedWithin(World w, TownAgent from, double km, boolean inside) {
        int n = 0;
        for (TownAgent t : w.towns()) {
            if ((w.km(t, from) <= km) == inside) {
                n += w.civilians().displacedFrom(t.index());
            }
        }
        return n;
    }

    @Test
    void peopleFleeFromViolenceNearThemAndNotFromCalm() {
        SahelModel violent = calm(5);
        SahelModel quiet = calm(5);
        for (int d = 0; d < 10; d++) {
            day(violent, "Sévaré", 3);
            day(quiet, "Sévaré", 0);
        }
        World w = violent.world();
        TownAgent sevare = w.town("Sévaré");
        int near = displacedWithin(w, sevare, 60, true);
        assertTrue(w.civilians().displacedFrom(sevare.index()) > 500,
                "people fled Sévaré after ten days of clashes: " + w.civilians().displacedFrom(sevare.index()));
        assertTrue(near > 1000, "people fled the towns near the clashes: " + near);
        assertEquals(0, displacedWithin(w, sevare, 60, false), "no one fled the calm towns far from the clashes");
        assertEquals(0, quiet.world().civilians().idps() + quiet.world().civilians().refugees(), "no one fled on calm days");
        // they went to safer places: not to the towns in the clashes' radius
        int hostedNear = 0;
        for (TownAgent t : w.towns()) {
            if (w.km(t, sevare) <= 50) {
                hostedNear += w.civilians().hosted(t.index());
            }
        }
        assertTrue(hostedNear < near / 10, "few went to the towns under fire: " + hostedNear + " of " + near);
    }

    @Test
    void largeMovementsAreEvents() {
        Situations s = south();
        SahelModel m = s.model(60, 3);
        m.start();
        for (int d = 0; d < 10; d++) {
            day(m, "Mopti", 5);
        }
        assertTrue(s.count(SubEventType.OTHER, "people fled Mopti") >= 1, "a flight of thousands from Mopti is reported");
    }

    @Test
    void populationIsConservedThroughTheWar() {
        Scenario s = TestScenarios.read("serval-2013");
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 21);
        m.start();
        DisplacedPopulation c = m.world().civilians();
        long total = c.total();
        assertTrue(c.idps() > 200_000 && c.refugees() > 140_000, "the January 2013 stock is in place: " + c.idps() + ", " + c.refugees());
        boolean moved = false;
        long start = c.idps() + c.refugees();
        for (int d = 0; d < 120; d++) {
            m.schedule.step(m);
            assertEquals(total, c.counted(), "day " + m.day() + ": no one created or lost");
            long displaced = 0;
            for (int i = 0; i < c.towns(); i++) {
                displaced += c.displacedFrom(i);
            }
            assertEquals(displaced, c.idps() + c.refugees(), "day " + m.day() + ": every displaced person is at a site");
            double[] metrics = m.metrics();
            assertEquals(c.idps(), metrics[MetricColumns.idps()], 0.0);
            assertEquals(c.refugees(), metrics[MetricColumns.refugees()], 0.0);
            moved |= c.idps() + c.refugees() != start;
        }
        assertTrue(moved, "the war displaced or brought home some people");
    }

    @Test
    void theDisplacedReturnAfterLiberationAndNotBefore() {
        SahelModel m = calm(9);
        World w = m.world();
        TownAgent gao = w.town("Gao");
        gao.setControl(Side.JIHADIST, Faction.MUJAO, 0);
        DisplacedPopulation c = w.civilians();
        int camp = c.towns(); // the first camp
        c.flee(gao.index(), camp, 20_000);
        c.flee(gao.index(), w.town("Bamako").index(), 10_000);
        for (int d = 0; d < 60; d++) {
            day(m, "Bamako", 0);
        }
        assertEquals(30_000, c.displacedFrom(gao.index()), "no return while Gao is held by a jihadist group");
        gao.setControl(Side.GOVERNMENT, Faction.FAMA, w.day()); // liberated
        // returns begin after returnCalmDays (30) and grow to their full chance over reassuranceDays (180)
        for (int d = 0; d < 240; d++) {
            day(m, "Bamako", 0);
        }
        int left = c.displacedFrom(gao.index());
        assertTrue(left < 25_000, "people came home after the liberation: " + left + " still displaced");
        assertTrue(c.away(gao.index(), w.town("Bamako").index()) < 10_000 * 0.7, "IDPs return faster than refugees");
    }

    @Test
    void noReturnWhileViolenceGoesOn() {
        SahelModel m = calm(4);
        World w = m.world();
        TownAgent gao = w.town("Gao");
        gao.setControl(Side.GOVERNMENT, Faction.FAMA, 0);
        w.civilians().flee(gao.index(), w.town("Bamako").index(), 10_000);
        for (int d = 0; d < 90; d++) {
            day(m, "Gao", d % 5 == 0 ? 1 : 0); // an attack every five days
        }
        assertEquals(0, w.civilians().away(gao.index(), w.town("Gao").index()));
        assertTrue(w.civilians().displacedFrom(gao.index()) >= 10_000,
                "no one goes home while Gao is attacked: " + w.civilians().displacedFrom(gao.index()) + " displaced");
        assertTrue(w.civilians().away(gao.index(), w.town("Bamako").index()) >= 8_000,
                "IDPs hosted in a calm town mostly stay: " + w.civilians().away(gao.index(), w.town("Bamako").index()));
    }

    /** A jihadist band near Gao that recruits from it, and Malian troops whose abuses are violence near the town (R13). */
    private static Situations gao(double displacedPerConflictDay) {
        return Situations.create()
                .force("FAMA", "Gao", 500, "garrison")
                .armedAt("MUJAO", 16.0, 0.9, 100, "hold")
                .control("Gao", "MUJAO")
                .set("vengeance.abuseProbabilityPerDay", 0.3)
                .set("recruitment.localRatePerDay", 0.0002)
                .set("recruitment.foreignInflowPerDay", 0)
                .set("asymmetricAttacks.attackRatePerCell", 0)
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0)
                .set("civilians.grievancePerDisplacedShare", 0)
                .set("civilians.displacedPerConflictDay", displacedPerConflictDay)
                .set("civilians.insecurityFlightPerDay", displacedPerConflictDay == 0 ? 0 : 0.001)
                .set("civilians.reprisalFlightPerDay", displacedPerConflictDay == 0 ? 0 : 0.01);
    }

    @Test
    void displacementEmptiesTheRecruitmentPool() {
        int withFlight = 0;
        int without = 0;
        for (long seed = 1; seed <= 8; seed++) {
            SahelModel a = gao(0.05).run(90, seed);
            SahelModel b = gao(0).run(90, seed);
            TownAgent ga = Situations.town(a, "Gao");
            TownAgent gb = Situations.town(b, "Gao");
            assertTrue(ga.getPresentShare() < 0.9, "people fled Gao under the abuses: present share " + ga.getPresentShare());
            assertEquals(1.0, gb.getPresentShare(), 1e-9, "no one fled without flight");
            withFlight += Situations.strength(Situations.armed(a, Faction.MUJAO));
            without += Situations.strength(Situations.armed(b, Faction.MUJAO));
        }
        assertTrue(withFlight < without, "fewer recruits where people fled: " + withFlight + " vs " + without + " over 8 paired seeds");
    }

    @Test
    void theScenarioStockIsSpreadAsCounted() {
        Scenario base = Situations.create().control("Gao", "MUJAO").control("Timbuktu", "AQIM").scenario(10);
        DisplacementStock stock = new DisplacementStock(LocalDate.of(2013, 1, 9), "test", 50_000,
                Map.of("Mauritania", 30_000, "Niger", 20_000));
        Scenario s = new Scenario(base.name(), base.title(), base.narrative(), base.sources(), base.startDate(), base.days(),
                base.forces(), base.control(), base.parameters(), base.events(), java.util.List.of(), java.util.List.of(), stock);
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1);
        m.start();
        DisplacedPopulation c = m.world().civilians();
        assertEquals(50_000, c.idps());
        assertEquals(100_000, c.idps() + c.refugees());
        int mbera = -1;
        for (int site = c.towns(); site < c.sites(); site++) {
            if (c.camp(site).name().equals("Mbera")) {
                mbera = site;
            }
        }
        assertEquals(30_000, c.hosted(mbera), "Mauritania's refugees are in its only camp");
        int fromNorth = c.displacedFrom(m.world().town("Gao").index()) + c.displacedFrom(m.world().town("Timbuktu").index());
        assertEquals(100_000, fromNorth, "the displaced come from the towns held by armed groups");
        assertTrue(c.away(m.world().town("Timbuktu").index(), mbera) > c.away(m.world().town("Gao").index(), mbera),
                "Mbera's refugees come mostly from the nearer Timbuktu");
    }
    /** R19 levies the population present: people who fled a town the jihadists hold pay nothing there (paired seeds). */
    @Test
    void flightEmptiesTheTaxBase() {
        for (long seed = 1; seed <= 6; seed++) {
            Situations sa = south().control("Timbuktu", "AQIM").control("Gao", "MUJAO");
            Situations sb = south().control("Timbuktu", "AQIM").control("Gao", "MUJAO");
            SahelModel a = sa.model(60, seed);
            SahelModel b = sb.model(60, seed);
            a.start();
            b.start();
            double before = a.rules().financing().dailyIncome(a.world());
            assertEquals(before, b.rules().financing().dailyIncome(b.world()), 1e-9, "the same start");
            for (int d = 0; d < 20; d++) {
                day(a, "Timbuktu", 5);
                day(b, "Timbuktu", 0);
            }
            TownAgent ta = a.world().town("Timbuktu");
            assertTrue(ta.getPresentShare() < 0.99, "people fled Timbuktu under fire: present share " + ta.getPresentShare());
            double withFlight = a.rules().financing().dailyIncome(a.world());
            double calm = b.rules().financing().dailyIncome(b.world());
            double gone = 0; // people present in the towns the jihadists hold, calm run minus run under fire
            for (TownAgent t : b.world().towns()) {
                if (t.getControlSide() == Side.JIHADIST && !t.isContested()) {
                    gone += t.getPopulationPresent() - a.world().towns().get(t.index()).getPopulationPresent();
                }
            }
            double expected = a.rules().financing().params().levyPerInhabitantPerDay() * gone;
            assertTrue(withFlight < calm, "seed " + seed + ": the levies fall with the people who fled: " + withFlight + " vs " + calm);
            assertEquals(expected, calm - withFlight, 1e-6, "seed " + seed + ": the fall is the levy of the people gone");
        }
    }

    /** 001: the displaced of a town held by a side at peace with the government go home; not while it is hostile. */
    @Test
    void theDisplacedReturnAfterACeasefire() {
        int hostile = 0;
        int peace = 0;
        for (long seed = 1; seed <= 4; seed++) {
            for (boolean truce : new boolean[] {false, true}) {
                SahelModel m = south().control("Kidal", "MNLA").model(400, seed);
                m.start();
                World w = m.world();
                TownAgent kidal = w.town("Kidal");
                w.relations().shiftStanceTowardsGovernment(Faction.MNLA, truce ? 2 : -2);
                w.civilians().flee(kidal.index(), w.town("Bamako").index(), 10_000);
                for (int d = 0; d < 240; d++) {
                    day(m, "Bamako", 0);
                }
                int back = 10_000 - w.civilians().displacedFrom(kidal.index());
                if (truce) {
                    peace += back;
                } else {
                    hostile += back;
                }
            }
        }
        assertEquals(0, hostile, "no return to Kidal while its rulers are at war with the government");
        assertTrue(peace > 4 * 10_000 * 0.2, "the displaced go home to Kidal at peace: " + peace + " of 40,000 over 4 seeds");
    }

    /** 000: after a liberation with Malian troops and no foreign restraint, residents at risk flee, mostly abroad or away from government towns. */
    @Test
    void residentsAtRiskFleeReprisalsAfterALiberation() {
        int withTroops = 0;
        int withoutReprisals = 0;
        int toGovernment = 0;
        for (long seed = 1; seed <= 4; seed++) {
            for (boolean reprisals : new boolean[] {true, false}) {
                Situations s = south().force("FAMA", "Gao", 300, "garrison").control("Gao", "FAMA")
                        .set("civilians.insecurityFlightPerDay", 0)
                        .set("civilians.reprisalFlightPerDay", reprisals ? 0.01 : 0);
                SahelModel m = s.model(60, seed);
                m.start();
                World w = m.world();
                TownAgent gao = w.town("Gao");
                gao.setSympathy(Side.JIHADIST, 0.3);
                gao.setControl(Side.GOVERNMENT, Faction.FAMA, w.day());
                gao.setLiberated(true);
                for (int d = 0; d < 30; d++) {
                    day(m, "Bamako", 0);
                }
                int fled = w.civilians().displacedFrom(gao.index());
                if (reprisals) {
                    withTroops += fled;
                    for (TownAgent t : w.towns()) {
                        if (t.getControlSide() == Side.GOVERNMENT) {
                            toGovernment += w.civilians().away(gao.index(), t.index());
                        }
                    }
                } else {
                    withoutReprisals += fled;
                }
            }
        }
        assertEquals(0, withoutReprisals, "no flight from a calm Gao without reprisals");
        assertTrue(withTroops > 1000, "residents at risk fled Gao after its liberation: " + withTroops);
        assertTrue(toGovernment < withTroops / 2, "most went abroad or away from the government's towns: " + toGovernment + " of " + withTroops);
    }
}
