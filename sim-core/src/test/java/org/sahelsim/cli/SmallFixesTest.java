package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.ParameterCatalog;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.experiment.ResultWriter;

/** The smaller items of the reliability issue, each where a test can see it. */
class SmallFixesTest {
    @TempDir
    Path tmp;

    @Test
    void setTakesOnlyStrictDecimalNumbers() {
        for (String bad : new String[] {"100d", "1f", "0x1p3", "NaN", "Infinity", "1_000", "1e999", "", "1,5"}) {
            CliRun r = CliRun.of("run", RunCommandTest.SMALL, "--runs", "1", "--set", "airStrikes.detectionProbability=" + bad,
                    "--out", tmp.resolve("o").toString());
            assertEquals(2, r.exitCode(), bad + ": " + r.err());
            assertEquals(1, r.errLines(), r.err());
            assertFalse(Files.exists(tmp.resolve("o")));
        }
        CliRun ok = CliRun.of("run", RunCommandTest.SMALL, "--runs", "1", "--days", "2", "--set", "airStrikes.detectionProbability=.25",
                "--set", "airStrikes.sortieFactor=1e0", "--out", tmp.resolve("ok").toString());
        assertEquals(0, ok.exitCode(), ok.err());
    }

    @Test
    void theReadmeExamplesSetValuesThatDifferFromTheDefaults() throws Exception {
        String readme = Files.readString(ScenarioFiles.codeRoot().resolve("README.md"));
        Matcher m = Pattern.compile("--set ([A-Za-z.]+)=([-0-9.eE]+)").matcher(readme);
        int seen = 0;
        while (m.find()) {
            ParameterInfo info = RuleSet.CATALOG.info(m.group(1));
            assertNotNull(info, m.group());
            if (m.group().contains("rule.param")) {
                continue;
            }
            assertNotEquals(info.defaultValue(), Double.parseDouble(m.group(2)), m.group() + " sets the default: a no-op example");
            seen++;
        }
        assertTrue(seen > 0, "the README has a --set example");
    }

    private static Set<PosixFilePermission> perms(Path p) throws Exception {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    void picturesAndExportsHaveTheModeOfEveryOtherOutput() throws Exception {
        Path dir = tmp.resolve("study");
        assertEquals(0, CliRun.of("run", RunCommandTest.SMALL, "--runs", "1", "--days", "3", "--snapshots", "2",
                "--out", dir.toString()).exitCode());
        Set<PosixFilePermission> table = perms(dir.resolve(ResultWriter.TIMESERIES));
        assertTrue(table.contains(PosixFilePermission.OTHERS_READ), "a table is world-readable under this umask: " + table);
        assertEquals(table, perms(dir.resolve("snapshot-2.png")));
        assertEquals(table, perms(dir.resolve(ResultWriter.MAP)));
        Path png = tmp.resolve("mali.png");
        Path geo = tmp.resolve("mali.geojson");
        assertEquals(0, CliRun.of("map", "--png", png.toString(), "--width", "300", "--geojson", geo.toString()).exitCode());
        assertEquals(table, perms(png));
        assertEquals(table, perms(geo));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void forceRemovesTheSnapshotsOfTheStudyItReplaces() throws Exception {
        Path dir = tmp.resolve("study");
        assertEquals(0, CliRun.of("run", RunCommandTest.SMALL, "--runs", "1", "--days", "3", "--snapshots", "1,2",
                "--out", dir.toString()).exitCode());
        assertTrue(Files.exists(dir.resolve("snapshot-1.png")));
        assertEquals(0, CliRun.of("run", RunCommandTest.SMALL, "--runs", "1", "--days", "3", "--snapshots", "3",
                "--out", dir.toString(), "--force").exitCode());
        assertFalse(Files.exists(dir.resolve("snapshot-1.png")), "an old snapshot would pass for one of the new study");
        assertFalse(Files.exists(dir.resolve("snapshot-2.png")));
        assertTrue(Files.exists(dir.resolve("snapshot-3.png")));
    }

    @Test
    void aSecondCellIsRefusedNotIgnored() {
        CliRun r = CliRun.of("map", "--cell", "16.27", "-0.04", "--cell", "14.5", "-4.2");
        assertEquals(2, r.exitCode(), r.out());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("--cell given 2 times"), r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun r = CliRun.of();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("sahel: missing COMMAND"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpListsEveryCommandOnOneWholeLine() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode());
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        for (String name : new String[] {"run", "compare", "sweep", "gui", "validate", "list", "params", "map"}) {
            Matcher m = Pattern.compile("(?m)^  " + name + " +(.*)$").matcher(commands);
            assertTrue(m.find(), name);
            assertTrue(m.group(1).endsWith("."), "the summary of " + name + " is whole: " + m.group(1));
        }
        assertFalse(Pattern.compile("(?m)^ {10,}\\S").matcher(commands).find(), "no summary wraps onto a second line:\n" + commands);
    }
}
