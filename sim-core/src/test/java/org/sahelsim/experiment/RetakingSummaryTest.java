package org.sahelsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.Scenario;

/** "First government control" counts only a change from a non-government side to the government. */
class RetakingSummaryTest {
    static final LocalDate START = LocalDate.of(2013, 1, 7);

    private static ControlChange change(int day, String town, Side side, Faction f) {
        return new ControlChange(day, START.plusDays(day), town, side, f);
    }

    @Test
    void aHandoverIsNotARetakingAndTownsHeldThroughoutSaySo() {
        RunRecorder r = new RunRecorder(0, 1, new int[] {10});
        r.onControlChange(change(0, "Niono", Side.GOVERNMENT, Faction.FAMA));
        r.onControlChange(change(0, "Konna", Side.GOVERNMENT, Faction.FAMA));
        r.onControlChange(change(0, "Gao", Side.JIHADIST, Faction.MUJAO));
        r.onControlChange(change(3, "Konna", Side.JIHADIST, Faction.MUJAO));
        r.onControlChange(change(5, "Niono", Side.GOVERNMENT, Faction.FRANCE)); // handover FAMa -> France
        r.onControlChange(change(8, "Niono", Side.GOVERNMENT, Faction.AFISMA)); // and to AFISMA
        r.onControlChange(change(12, "Konna", Side.GOVERNMENT, Faction.FRANCE));
        r.onControlChange(change(20, "Gao", Side.GOVERNMENT, Faction.FRANCE));
        r.onControlChange(change(30, "Gao", Side.GOVERNMENT, Faction.AFISMA));
        Map<String, Integer> first = r.result().firstGovernmentDay();
        assertEquals(0, first.get("Niono"), "held from the start and never lost");
        assertEquals(12, first.get("Konna"));
        assertEquals(20, first.get("Gao"), "the later handover does not move the retaking");

        Scenario sc = new Scenario("t", "T", "N", List.of(), START, 40, List.of(), Map.of(), Map.of(), List.of());
        Summary s = new Summary(sc, new int[] {40}, 40);
        s.add(r.result());
        StringWriter out = new StringWriter();
        s.printTable(new PrintWriter(out, true));
        String table = out.toString();
        assertTrue(table.contains("held throughout (1 runs)"), table);
        assertFalse(table.contains("median day 0 "), table);
        @SuppressWarnings("unchecked")
        Map<String, Object> niono = (Map<String, Object>) ((Map<String, Object>) s.toJson().get("towns")).get("Niono");
        assertEquals(1, niono.get("heldThroughout"));
    }
}
