package org.sahelsim.model;

import org.sahelsim.map.Grid;

import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.SubEventType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Scenario;

/**
 * Regressions of the long (365-day) scenarios found by the lead: the Ifoghas escape logic (R7,
 * R18) looping over central-Mali groups, and air strikes (R3) finding dispersed groups on nearly
 * every sortie. Over status-quo-2020, a year with one French sortie a day.
 */
class LongRunRegressionTest {
    private static final int RUNS = 2;

    private record Year(List<ConflictEvent> events, SahelModel model) {}

    private static Year year(Scenario s, long seed) {
        List<ConflictEvent> log = new ArrayList<>();
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
        m.setListener(new RunListener() {
            @Override
            public void onEvent(ConflictEvent e) {
                log.add(e);
            }
        });
        m.runDays(s.days());
        return new Year(log, m);
    }

    @Test
    void onlyUnitsInTheRedoubtLeaveItAndCentralMaliGroupsNeverGoIntoExile() {
        Scenario s = TestScenarios.read("status-quo-2020");
        for (int seed = 1; seed <= RUNS; seed++) {
            Year y = year(s, seed);
            int leaves = 0;
            int crossings = 0;
            for (ConflictEvent e : y.events) {
                boolean leave = e.notes().contains("leaves the redoubt");
                boolean cross = e.notes().contains("crosses the border");
                if (leave) {
                    leaves++;
                    int cx = (int) Math.floor(Grid.x(e.longitude()));
                    int cy = (int) Math.floor(Grid.y(e.latitude()));
                    assertTrue(y.model.world().index().inRedoubt(cx, cy), "a unit 'leaves the redoubt' from outside it: " + e);
                }
                if (cross) {
                    crossings++;
                }
                if (leave || cross) {
                    assertTrue(!"KATIBA_MACINA".equals(e.actor1()), "Katiba Macina has no Algerian exile (R6, R8): " + e);
                }
            }
            // before the fix: about 140 departures and 146 crossings a year, i.e. a daily cycle
            assertTrue(leaves <= 75 && crossings <= 75, "exile is occasional: " + leaves + " departures, " + crossings + " crossings in a year");
        }
    }

    @Test
    void oneSortieADayRarelyFindsDispersedGroupsAndStrikesLessThanOnceADay() {
        Scenario s = TestScenarios.read("status-quo-2020");
        for (int seed = 1; seed <= RUNS; seed++) {
            Year y = year(s, seed);
            int strikes = 0;
            int onBands = 0;
            int depotsWithoutOccupant = 0;
            for (ConflictEvent e : y.events) {
                if (e.subEventType() != SubEventType.AIR_DRONE_STRIKE) {
                    continue;
                }
                strikes++;
                if (e.notes().contains("posture disperse") || e.notes().contains("posture raid")) {
                    onBands++;
                }
                if (e.notes().contains("depots") && e.actor2().isEmpty()) {
                    depotsWithoutOccupant++;
                }
            }
            // before the fix: 365 strikes a year, one on every sortie
            assertTrue(strikes < 0.8 * s.days(), "strikes in a year at one sortie a day: " + strikes);
            assertTrue(onBands <= 30, "strikes on bands on the move (disperse, raid) in a year: " + onBands);
            assertEquals(0, depotsWithoutOccupant);
        }
    }
}
