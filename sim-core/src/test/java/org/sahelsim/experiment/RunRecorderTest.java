package org.sahelsim.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

class RunRecorderTest {
    private static final LocalDate D0 = LocalDate.of(2013, 1, 7);

    private static ControlChange change(int day, String town, Side side, Faction f) {
        return new ControlChange(day, D0.plusDays(day), town, side, f);
    }

    @Test
    void firstGovernmentControlIsTheRetakingForTownsLostAfterTheStart() {
        RunRecorder r = new RunRecorder(3, 99, new int[] {2});
        r.onControlChange(change(0, "Konna", Side.GOVERNMENT, Faction.FAMA));
        r.onControlChange(change(0, "Bamako", Side.GOVERNMENT, Faction.FAMA));
        r.onControlChange(change(0, "Gao", Side.JIHADIST, Faction.MUJAO));
        r.onControlChange(change(0, "Kidal", Side.JIHADIST, Faction.ANSAR_DINE));
        r.onControlChange(change(0, "Diabaly", Side.GOVERNMENT, Faction.FAMA));
        r.onControlChange(change(3, "Konna", Side.JIHADIST, Faction.ANSAR_DINE));
        r.onControlChange(change(8, "Diabaly", Side.NONE, null));
        r.onControlChange(change(12, "Konna", Side.GOVERNMENT, Faction.FRANCE));
        r.onControlChange(change(19, "Gao", Side.GOVERNMENT, Faction.FRANCE));
        RunResult res = r.result();
        assertEquals(Map.of("Konna", 12, "Bamako", 0, "Gao", 19), res.firstGovernmentDay());
        assertEquals(Side.NONE, res.endControl().get("Diabaly"));
        assertEquals(Side.JIHADIST, res.endControl().get("Kidal"));
        assertTrue(res.townRows().startsWith("3,0,2013-01-07,Konna,government,FAMA\n"), res.townRows());
        assertTrue(res.townRows().contains("3,8,2013-01-15,Diabaly,none,\n"), res.townRows());
    }

    @Test
    void rowsFollowTheDocumentedColumns() {
        RunRecorder r = new RunRecorder(0, 1, new int[] {1});
        double[] m = new double[MetricColumns.count()];
        m[MetricColumns.towns(Side.GOVERNMENT)] = 31;
        m[MetricColumns.territory(Side.JIHADIST)] = 0.375;
        r.onDay(1, D0.plusDays(1), m);
        r.onEvent(new ConflictEvent(1, D0.plusDays(1), SubEventType.SUICIDE_BOMB, "MUJAO", "FAMA", 16.27167, -0.04472, 139_000, 2,
                "suicide attack at a checkpoint, north of Gao"));
        RunResult res = r.result();
        String row = res.timeseriesRows().trim();
        assertEquals(3 + MetricColumns.count(), row.split(",", -1).length);
        assertTrue(row.startsWith("0,1,2013-01-08,"), row);
        assertEquals("31", row.split(",", -1)[3 + MetricColumns.towns(Side.GOVERNMENT)]);
        assertEquals("0.375", row.split(",", -1)[3 + MetricColumns.territory(Side.JIHADIST)]);
        assertEquals("0,1,2013-01-08,Explosions/Remote violence,Suicide bomb,MUJAO,FAMA,16.2717,-0.0447,139000,2,"
                + "\"suicide attack at a checkpoint, north of Gao\"\n", res.eventRows());
        assertEquals(31.0, res.metricsAtDays()[0][MetricColumns.towns(Side.GOVERNMENT)]);
    }
}
