package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.experiment.Sha256;
import org.sahelsim.rules.RuleSet;

/**
 * Run r of a branch replays run r of its base exactly up to the day before the branch date (the
 * same bytes in events.csv, towns.csv and timeseries.csv), then diverges; parameters rebound at
 * the branch date carry every rule's run state over.
 */
class BranchRunTest {
    private static final Path BASE = Path.of("..", "scenarios", "withdrawal-2022.json").toAbsolutePath().normalize();
    private static final LocalDate START = LocalDate.of(2021, 6, 10);
    private static final String DAYS = "280";

    @TempDir
    Path tmp;

    private Path run(String scenario, String name) {
        Path out = tmp.resolve(name);
        CliRun r = CliRun.of("run", scenario, "--runs", "2", "--seed", "5", "--days", DAYS, "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private Path branch(String name, String body) throws Exception {
        Path f = tmp.resolve(name + ".json");
        Files.writeString(f, "{\"name\": \"" + name + "\", \"title\": \"t\", \"narrative\": \"n\", \"extends\": \""
                + BASE.toString().replace("\\", "\\\\") + "\", " + body + "}");
        return f;
    }

    /** The data rows of a file whose day (2nd column) is before / from {@code day}. */
    static List<String> rows(Path f, int day, boolean before) throws Exception {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            int d = Integer.parseInt(l.split(",", 3)[1]);
            if ((d < day) == before) {
                out.add(l);
            }
        }
        return out;
    }

    private static int dayOf(LocalDate date) {
        return (int) (date.toEpochDay() - START.toEpochDay()) + 1;
    }

    @Test
    void theShippedBranchReplaysItsBaseUpToTheBranchDateThenDiverges() throws Exception {
        Path base = run(BASE.toString(), "base");
        Path stays = run(Path.of("..", "scenarios", "withdrawal-2022-france-stays.json").toString(), "stays");
        int branchDay = dayOf(LocalDate.of(2022, 2, 17));
        for (String f : List.of("events.csv", "towns.csv", "timeseries.csv")) {
            List<String> a = rows(base.resolve(f), branchDay, true);
            assertTrue(a.size() > 100 || f.equals("towns.csv") && a.size() > 50, f + ": " + a.size() + " rows before the branch");
            assertEquals(a, rows(stays.resolve(f), branchDay, true), f + ": rows before the branch date differ");
        }
        assertNotEquals(rows(base.resolve("events.csv"), branchDay, false), rows(stays.resolve("events.csv"), branchDay, false),
                "the branch must diverge after its date");
        assertNotEquals(rows(base.resolve("timeseries.csv"), branchDay, false), rows(stays.resolve("timeseries.csv"), branchDay, false));
        String manifest = Files.readString(stays.resolve("manifest.json"));
        assertTrue(manifest.contains("\"sha256\" : \"" + Sha256.hex(Files.readAllBytes(BASE)) + "\""), manifest);
        assertTrue(manifest.contains("\"branchDate\" : \"2022-02-17\""), manifest);
    }

    @Test
    void parametersTakeEffectAtTheBranchDateAndNothingElseChanges() throws Exception {
        String key = "airStrikes.detectionProbability";
        double unchanged = RuleSet.CATALOG.defaults().get(key);
        Path base = run(BASE.toString(), "base");
        // the same values rebound at the branch date: every rule's state must carry over, so nothing changes at all
        Path same = run(branch("same", "\"branchDate\": \"2021-09-01\", \"baseEventsAfterBranch\": \"keep\", \"parameters\": {\""
                + key + "\": " + unchanged + "}").toString(), "same");
        for (String f : List.of("events.csv", "towns.csv", "timeseries.csv")) {
            assertEquals(Sha256.hex(Files.readAllBytes(base.resolve(f))), Sha256.hex(Files.readAllBytes(same.resolve(f))),
                    f + ": rebinding unchanged parameters changed the run");
        }
        Path changed = run(branch("changed", "\"branchDate\": \"2021-09-01\", \"baseEventsAfterBranch\": \"keep\", \"parameters\": {\""
                + key + "\": 0.9}").toString(), "changed");
        int branchDay = dayOf(LocalDate.of(2021, 9, 1));
        for (String f : List.of("events.csv", "towns.csv", "timeseries.csv")) {
            assertEquals(rows(base.resolve(f), branchDay, true), rows(changed.resolve(f), branchDay, true), f);
        }
        long strikesBase = rows(base.resolve("events.csv"), branchDay, false).stream().filter(l -> l.contains("Air/drone strike")).count();
        long strikesChanged = rows(changed.resolve("events.csv"), branchDay, false).stream().filter(l -> l.contains("Air/drone strike")).count();
        assertTrue(strikesChanged > strikesBase, "detection 0.9 from the branch date: " + strikesChanged + " air strikes vs " + strikesBase);
    }

    @Test
    void aBadBaseIsRefusedWithOneLineAndExit2() throws Exception {
        Path missing = tmp.resolve("missing.json");
        Files.writeString(missing, "{\"name\": \"missing\", \"title\": \"t\", \"narrative\": \"n\", \"extends\": \"nowhere.json\", "
                + "\"branchDate\": \"2021-09-01\", \"baseEventsAfterBranch\": \"keep\"}");
        String line = CliRun.refused(tmp.resolve("out"), "run", missing.toString(), "--runs", "2");
        assertTrue(line.contains("/extends: cannot extend 'nowhere.json'"), line);
        CliRun v = CliRun.of("validate", missing.toString());
        assertEquals(2, v.exitCode());
        assertEquals(1, v.errLines(), v.err());
    }
}
