package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.SubEventType;
import org.sahelsim.scenario.ScenarioEvent;

/** R20 a ceasefire lowers violence for a while and can collapse (001: Niono 2021). */
class CeasefireTest {

    private Situations niono(Double hazard, boolean ceasefire) {
        Situations s = Situations.create()
                .force("FAMA", "Niono", 400, "garrison")
                .armedAt("KATIBA_MACINA", 14.35, -5.95, 300, "hold") // just outside the town
                .control("Niono", "FAMA")
                .set("asymmetricAttacks.attackRatePerCell", 0)
                .set("avoidance.leaveProbability", 0)
                .set("offensive.initiativePerDay", 0)
                .set("combat.engageRadiusKm", 20)
                .set("combat.breakLossShare", 1);
        if (hazard != null) {
            s.set("ceasefire.collapseHazardPerDay", hazard);
        }
        if (ceasefire) {
            s.event(new ScenarioEvent.Ceasefire(Situations.START, "001: Niono", List.of("FAMA", "KATIBA_MACINA"), List.of("Niono"), null));
        }
        return s;
    }

    @Test
    void ceasefireLowersViolence() {
        Situations war = niono(null, false);
        war.run(30, 2);
        Situations truce = niono(0.0, true);
        truce.run(30, 2);
        long w = war.count(SubEventType.ARMED_CLASH);
        long t = truce.count(SubEventType.ARMED_CLASH);
        assertTrue(w >= 20 && t <= w / 3, "clashes: war " + w + ", ceasefire " + t);
        assertTrue(truce.count(SubEventType.AGREEMENT) == 1);
    }

    @Test
    void ceasefireCanCollapseAndViolenceResumes() {
        Situations s = niono(0.2, true);
        s.run(40, 2);
        long collapse = s.count(SubEventType.OTHER, "collapses");
        assertTrue(collapse == 1, "it collapsed");
        int collapseDay = s.log.stream().filter(e -> e.notes().contains("collapses")).findFirst().orElseThrow().day();
        long after = s.log.stream().filter(e -> e.subEventType() == SubEventType.ARMED_CLASH && e.day() > collapseDay).count();
        long before = s.log.stream().filter(e -> e.subEventType() == SubEventType.ARMED_CLASH && e.day() <= collapseDay).count();
        assertTrue((double) after / Math.max(1, 40 - collapseDay) > (double) before / collapseDay,
                "more clashes per day after the collapse: " + before + " in " + collapseDay + " days, " + after + " after");
    }

    /** R20 calms the pair of factions it binds only (issue 12: a FAMa-Katiba Macina truce does not calm the UN's fights). */
    @Test
    void aCeasefireCalmsOnlyItsParties() {
        long[] clashes = new long[2];
        for (int k = 0; k < 2; k++) {
            Situations s = Situations.create()
                    .force("UN", "Niono", 400, "garrison")
                    .armedAt("KATIBA_MACINA", 14.35, -5.95, 300, "hold")
                    .control("Niono", "UN")
                    .set("asymmetricAttacks.attackRatePerCell", 0)
                    .set("avoidance.leaveProbability", 0)
                    .set("offensive.initiativePerDay", 0)
                    .set("combat.engageRadiusKm", 20)
                    .set("combat.breakLossShare", 1)
                    .set("ceasefire.collapseHazardPerDay", 0.0);
            if (k == 1) {
                s.event(new ScenarioEvent.Ceasefire(Situations.START, "001: Niono", List.of("FAMA", "KATIBA_MACINA"), List.of("Niono"), null));
            }
            s.run(30, 2);
            clashes[k] = s.count(SubEventType.ARMED_CLASH);
        }
        assertTrue(clashes[0] >= 10 && clashes[1] == clashes[0], "UN vs Katiba Macina clashes without and with a FAMa-KM ceasefire: "
                + clashes[0] + ", " + clashes[1]);
    }
}
