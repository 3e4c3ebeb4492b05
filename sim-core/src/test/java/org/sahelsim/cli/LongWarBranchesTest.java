package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 and 2022 what-ifs as branches of the long war (docs/SCENARIOS.md, "Branches of the long
 * war"), one pair of runs each: run r of both branches is the long war's run r, byte for byte, up
 * to the day before the first event one of them drops, and the lever's events are there in one and
 * not in the other. The effects themselves are measured on 20 pairs with 'sahel compare' (figures
 * in docs/SCENARIOS.md), not here.
 */
class LongWarBranchesTest {
    private static final Path DIR = Path.of("..", "scenarios").toAbsolutePath().normalize();
    private static final LocalDate START = LocalDate.of(2013, 1, 8);

    @TempDir
    Path tmp;

    private Path run(String scenario, int days) {
        Path out = tmp.resolve(scenario);
        CliRun r = CliRun.of("run", DIR.resolve(scenario + ".json").toString(), "--runs", "1", "--seed", "3", "--days",
                Integer.toString(days), "--threads", "1", "--events", "all", "--compress", "none", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static int dayOf(LocalDate date) {
        return (int) (date.toEpochDay() - START.toEpochDay()) + 1;
    }

    private static void samePast(Path a, Path b, int day) throws Exception {
        for (String f : List.of("events.csv", "towns.csv", "timeseries.csv")) {
            List<String> x = BranchRunTest.rows(a.resolve(f), day, true);
            assertTrue(x.size() > 1000 || f.equals("towns.csv") && x.size() > 50, f + ": " + x.size() + " rows before day " + day);
            assertEquals(x, BranchRunTest.rows(b.resolve(f), day, true), f + ": rows before day " + day + " differ");
        }
    }

    private static List<String> on(Path run, LocalDate date, String text) throws Exception {
        return BranchRunTest.rows(run.resolve("events.csv"), dayOf(date), false).stream()
                .filter(l -> l.split(",", 4)[2].equals(date.toString()) && l.contains(text)).toList();
    }

    @Test
    void theTalksBranchesShareTheLongWarsPastAndDifferByTheTalks() throws Exception {
        LocalDate talks = LocalDate.of(2020, 3, 8);
        int days = dayOf(talks) + 3;
        Path sq = run("long-war-status-quo-2020", days);
        Path neg = run("long-war-negotiation-2020", days);
        samePast(sq, neg, dayOf(talks));
        assertEquals(List.of(), on(sq, talks, "talks open"), "status quo: JNIM's talks of March 8, 2020 are dropped");
        assertEquals(1, on(neg, talks, "talks open").size(), "negotiation: the talks open on March 8, 2020");
        assertNotEquals(BranchRunTest.rows(sq.resolve("events.csv"), dayOf(talks), false), BranchRunTest.rows(neg.resolve("events.csv"), dayOf(talks), false));
    }

    @Test
    void franceStaysIsTheWithdrawalBranchUntilTheFirstHandoverItDrops() throws Exception {
        LocalDate tessalit = LocalDate.of(2021, 10, 15); // Barkhane leaves Tessalit: the first event France-stays drops
        int days = dayOf(tessalit) + 2;
        Path wd = run("long-war-withdrawal-2022", days);
        Path fs = run("long-war-france-stays-2022", days);
        // identical past the branch date (June 10, 2021): nothing changes before the first dropped event
        samePast(wd, fs, dayOf(tessalit));
        assertEquals(1, on(wd, tessalit, "FRANCE,FAMA").size(), "withdrawal: Barkhane hands Tessalit over on 2021-10-15");
        assertEquals(List.of(), on(fs, tessalit, "FRANCE,FAMA"), "France stays: no handover");
    }

    @Test
    void aDropThatMatchesNoBaseEventIsRefusedWithOneLineAndExit2() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(DIR.resolve("long-war-status-quo-2020.json"))
                .replace("\"long-war-status-quo-2020\"", "\"bad\"")
                .replace("\"long-war-2013-2022.json\"", "\"" + DIR.resolve("long-war-2013-2022.json").toString().replace("\\", "\\\\") + "\"")
                .replace("{\"date\": \"2020-03-08\", \"type\": \"talks\"", "{\"date\": \"2020-03-09\", \"type\": \"talks\""));
        String line = CliRun.refused(tmp.resolve("out"), "run", bad.toString(), "--runs", "2");
        assertTrue(line.matches(".*bad\\.json:\\d+:\\d+: /dropBaseEvents/0: 'long-war-2013-2022' has no 'talks' event on 2020-03-09 .*2020-03-08.*"), line);
        CliRun v = CliRun.of("validate", bad.toString());
        assertEquals(2, v.exitCode());
        assertEquals(1, v.errLines(), v.err());
    }
}
