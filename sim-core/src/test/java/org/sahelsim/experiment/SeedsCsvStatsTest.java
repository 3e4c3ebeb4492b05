package org.sahelsim.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsCsvStatsTest {
    @Test
    void seedsAreTheSplitMix64Sequence() {
        // reference values of SplitMix64 seeded with 0 (first outputs of Vigna's splitmix64.c)
        assertEquals(0xE220A8397B1DCDAFL, Seeds.forRun(0, 0));
        assertEquals(0x6E789E6AA1B965F4L, Seeds.forRun(0, 1));
        assertEquals(0x06C45D188009454FL, Seeds.forRun(0, 2));
        Set<Long> seen = new HashSet<>();
        for (long base = 1; base <= 10; base++) {
            for (int run = 0; run < 1000; run++) {
                assertTrue(seen.add(Seeds.forRun(base, run)), "collision at base " + base + " run " + run);
            }
        }
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        StringBuilder sb = new StringBuilder();
        Csv.text(sb, "Gao");
        sb.append('|');
        Csv.text(sb, "raid, then \"retreat\"");
        sb.append('|');
        Csv.text(sb, "two\nlines");
        sb.append('|');
        Csv.text(sb, null);
        assertEquals("Gao|\"raid, then \"\"retreat\"\"\"|\"two\nlines\"|", sb.toString());
    }

    @Test
    void numbersAndCoordinatesAreWrittenCompactly() {
        StringBuilder sb = new StringBuilder();
        Csv.number(sb, 42.0);
        sb.append(',');
        Csv.number(sb, 0.25);
        sb.append(',');
        Csv.number(sb, Double.NaN);
        sb.append(',');
        Csv.coordinate(sb, -0.04467);
        sb.append(',');
        Csv.coordinate(sb, 16.27);
        sb.append(',');
        Csv.coordinate(sb, -3.00004);
        assertEquals("42,0.25,,-0.0447,16.2700,-3.0000", sb.toString());
    }

    @Test
    void statisticsMatchHandComputedValues() {
        Stats.Description d = Stats.describe(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5.0, d.mean(), 1e-12);
        assertEquals(2.138089935299395, d.sd(), 1e-12); // sample sd, n-1
        double half = 2.364624251592785 * d.sd() / Math.sqrt(8); // t(0.975, 7)
        assertEquals(5.0 - half, d.ci95Low(), 1e-9);
        assertEquals(5.0 + half, d.ci95High(), 1e-9);
        assertEquals(4.5, d.p50(), 1e-12);
        assertEquals(2.7, d.p5(), 1e-12); // 2 + 0.35 * (4 - 2)
        assertEquals(8.3, d.p95(), 1e-12); // 7 + 0.65 * (9 - 7)
        Stats.Description one = Stats.describe(new double[] {3});
        assertEquals(3.0, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ci95Low()));
        assertEquals(0, Stats.describe(new double[0]).n());
    }
}
