package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.experiment.ResultWriter;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.compare.ComparisonWriter;

class CompareCommandTest {
    static final String SMALL = "src/test/resources/scenarios/test-small.json";

    @TempDir
    Path tmp;

    /** A CSV file as rows of column -> value (the files hold no quoted commas except in the events' labels, handled). */
    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, file.getFileName() + ": " + line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    /** Runs a command that must fail: exit 2, exactly one line on stderr, nothing written. */
    private String refused(String... args) {
        return CliRun.refused(tmp.resolve("refused"), args);
    }

    /** test-small with a text replacement, as a new scenario file. */
    private Path variantOfSmall(String name, String from, String to) throws Exception {
        String text = Files.readString(Path.of(SMALL));
        assertTrue(text.contains(from), from);
        Path f = tmp.resolve(name + ".json");
        Files.writeString(f, text.replace("\"name\": \"test-small\"", "\"name\": \"" + name + "\"").replace(from, to));
        return f;
    }

    @Test
    void identicalScenariosGiveZeroDifferencesWithZeroWidthIntervals() throws Exception {
        Path dir = tmp.resolve("same");
        CliRun r = ok("compare", SMALL, SMALL, "--runs", "4", "--days", "12", "--every", "5", "--out", dir.toString());
        List<Map<String, String>> diff = csv(dir.resolve(ComparisonWriter.DIFFERENCES));
        assertEquals(MetricColumns.count() * 3, diff.size(), "every metric at days 5, 10 and the last day 12");
        assertEquals(List.of("5", "10", "12"), diff.subList(0, 3).stream().map(m -> m.get("day")).toList());
        assertEquals("2013-01-14", diff.get(0).get("date"));
        boolean someNonZero = false;
        for (Map<String, String> row : diff) {
            assertEquals("4", row.get("n"));
            assertEquals(row.get("mean_base"), row.get("mean_variant"), row.toString());
            assertEquals(row.get("sd_base"), row.get("sd_variant"), row.toString());
            for (String c : List.of("mean_diff", "sd_diff", "ci95_low", "ci95_high")) {
                assertEquals("0", row.get(c), c + " " + row);
            }
            assertEquals("", row.get("p_value"));
            assertEquals("false", row.get("significant"));
            someNonZero |= !row.get("mean_base").equals("0");
        }
        assertTrue(someNonZero, "the runs did something");
        for (Map<String, String> row : csv(dir.resolve(ComparisonWriter.EVENTS))) {
            assertEquals("0", row.get("mean_diff"), row.toString());
            assertEquals("0", row.get("ci95_low"), row.toString());
            assertEquals("0", row.get("ci95_high"), row.toString());
        }
        List<Map<String, String>> towns = csv(dir.resolve(ComparisonWriter.TOWNS));
        assertTrue(towns.size() > 10);
        for (Map<String, String> row : towns) {
            for (String side : List.of("government", "jihadist", "separatist", "none")) {
                assertEquals("0", row.get("p_" + side + "_diff"), row.toString());
                assertEquals("0", row.get("p_" + side + "_ci95_low"), row.toString());
            }
            assertEquals(row.get("first_gov_median_base"), row.get("first_gov_median_variant"));
            assertEquals(row.get("first_gov_never_base"), row.get("first_gov_never_variant"));
        }
        assertTrue(r.out().contains("no significant difference"), r.out());
        assertTrue(r.out().contains("the same median day and the same number of runs without it in both"), r.out());
        assertTrue(r.out().contains("results: " + dir), r.out());
    }

    @Test
    void pairsAreTheRunsOfSahelRunOnTheSameSeeds() throws Exception {
        // the base arm of pair i must be run i of 'sahel run' with the same seed: the means agree with its summary
        Path cmp = tmp.resolve("cmp");
        Path run = tmp.resolve("run");
        ok("compare", SMALL, SMALL, "--runs", "3", "--seed", "7", "--days", "15", "--set-variant",
                "airStrikes.sortieFactor=0", "--out", cmp.toString());
        ok("run", SMALL, "--runs", "3", "--seed", "7", "--days", "15", "--out", run.toString());
        JsonNode finalDay = new ObjectMapper().readTree(run.resolve(ResultWriter.SUMMARY).toFile()).get("metricsByDay");
        JsonNode metrics = finalDay.get(finalDay.size() - 1).get("metrics");
        int checked = 0;
        for (Map<String, String> row : csv(cmp.resolve(ComparisonWriter.DIFFERENCES))) {
            if (row.get("day").equals("15")) {
                assertEquals(metrics.get(row.get("metric")).get("mean").asDouble(), Double.parseDouble(row.get("mean_base")),
                        1e-9, row.get("metric"));
                checked++;
            }
        }
        assertEquals(MetricColumns.count(), checked);
        JsonNode m = new ObjectMapper().readTree(cmp.resolve(ComparisonWriter.MANIFEST).toFile());
        for (int i = 0; i < 3; i++) {
            assertEquals(Seeds.forRun(7, i), m.get("runSeeds").get(i).asLong());
        }
        assertEquals(0.0, m.get("parameterDifferences").get("airStrikes.sortieFactor").get("variant").asDouble());
        assertEquals(1.0, m.get("parameterDifferences").get("airStrikes.sortieFactor").get("base").asDouble());
        assertEquals(1, m.get("parameterDifferences").size());
        assertEquals(m.get("base").get("scenarioSha256"), m.get("variant").get("scenarioSha256"));
        assertEquals(64, m.get("base").get("scenarioSha256").asText().length());
        assertEquals("airStrikes.sortieFactor=0", m.get("variant").get("ownOverrides").get(0).asText());
        assertTrue(m.get("complete").asBoolean());
        assertEquals(3, m.get("pairsCompleted").asInt());
        assertEquals("compare", m.get("commandLine").get(1).asText());
    }

    private static Map<String, String> eventRow(Path dir, String measure, String type, String sub) throws Exception {
        for (Map<String, String> row : csv(dir.resolve(ComparisonWriter.EVENTS))) {
            if (row.get("measure").equals(measure) && row.get("event_type").equals(type) && row.get("sub_event_type").equals(sub)) {
                return row;
            }
        }
        throw new AssertionError("no row " + measure + " " + type + " " + sub);
    }

    @Test
    void withoutFrancesAirCampaignThereAreFewerAirStrikes() throws Exception {
        // a scenario without the air campaign event, against the one with it
        Path noAir = variantOfSmall("test-small-no-air",
                "{\"type\": \"airCampaign\", \"date\": \"2013-01-11\", \"faction\": \"FRANCE\", \"base\": \"N'Djamena\", \"sortiesPerDay\": 12},", "");
        Path dir = tmp.resolve("no-air");
        CliRun r = ok("compare", SMALL, noAir.toString(), "--runs", "5", "--days", "20", "--out", dir.toString());
        Map<String, String> strikes = eventRow(dir, "events", "Explosions/Remote violence", "Air/drone strike");
        assertEquals(0.0, Double.parseDouble(strikes.get("mean_variant")), "no air campaign, no air strikes");
        assertTrue(Double.parseDouble(strikes.get("mean_base")) > 0, "the base has its air campaign");
        assertTrue(Double.parseDouble(strikes.get("ci95_high")) < 0, "fewer strikes, and the interval says so: " + strikes);
        assertEquals("true", strikes.get("significant"));
        assertTrue(r.out().contains("Explosions/Remote violence"), r.out());
        // a significant line comes before the summary of the rest in its section
        String events = r.out().substring(r.out().indexOf("events per run by ACLED type"));
        assertTrue(events.indexOf("Explosions/Remote violence") < Math.max(events.indexOf("not significant"), events.indexOf("equal in every")),
                events);
    }

    @Test
    void aParameterOnlyComparisonWithSetVariant() throws Exception {
        Path dir = tmp.resolve("sorties");
        ok("compare", SMALL, SMALL, "--runs", "4", "--days", "20", "--set-variant", "airStrikes.sortieFactor=0",
                "--out", dir.toString());
        Map<String, String> strikes = eventRow(dir, "events", "Explosions/Remote violence", "Air/drone strike");
        assertTrue(Double.parseDouble(strikes.get("mean_diff")) < 0, strikes.toString());
        assertEquals("true", strikes.get("significant"));
        // the same flag on the base turns the sign around
        Path flipped = tmp.resolve("flipped");
        ok("compare", SMALL, SMALL, "--runs", "4", "--days", "20", "--set-base", "airStrikes.sortieFactor=0",
                "--out", flipped.toString());
        Map<String, String> back = eventRow(flipped, "events", "Explosions/Remote violence", "Air/drone strike");
        assertEquals(-Double.parseDouble(strikes.get("mean_diff")), Double.parseDouble(back.get("mean_diff")), 1e-9);
        // --set on both sides takes the difference away again
        Path both = tmp.resolve("both");
        ok("compare", SMALL, SMALL, "--runs", "2", "--days", "20", "--set", "airStrikes.sortieFactor=0", "--out", both.toString());
        assertEquals("0", eventRow(both, "events", "Explosions/Remote violence", "Air/drone strike").get("mean_base"));
    }

    @Test
    void everyFileButTheManifestIsTheSameWhateverTheThreads() throws Exception {
        Path one = tmp.resolve("t1");
        Path two = tmp.resolve("t2");
        Path three = tmp.resolve("t3");
        String[] common = {"compare", SMALL, SMALL, "--runs", "7", "--seed", "3", "--days", "25",
                "--set-variant", "airStrikes.detectionProbability=0.5"};
        ok(concat(common, "--threads", "1", "--out", one.toString()));
        ok(concat(common, "--threads", "2", "--out", two.toString()));
        ok(concat(common, "--threads", "3", "--out", three.toString()));
        for (String f : List.of(ComparisonWriter.DIFFERENCES, ComparisonWriter.TOWNS, ComparisonWriter.EVENTS, ComparisonWriter.FIGURE)) {
            byte[] a = Files.readAllBytes(one.resolve(f));
            assertTrue(a.length > 0, f);
            assertArrayEquals(a, Files.readAllBytes(two.resolve(f)), f);
            assertArrayEquals(a, Files.readAllBytes(three.resolve(f)), f);
        }
        assertTrue(csv(one.resolve(ComparisonWriter.DIFFERENCES)).stream().anyMatch(r -> !r.get("mean_diff").equals("0")),
                "a comparison with differences, so that the order of the pairs matters to the floating point");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theFigureIsAPictureWithContent() throws Exception {
        Path dir = tmp.resolve("fig");
        ok("compare", SMALL, SMALL, "--runs", "3", "--days", "20", "--set-variant", "airStrikes.sortieFactor=0",
                "--out", dir.toString());
        BufferedImage img = ImageIO.read(dir.resolve(ComparisonWriter.FIGURE).toFile());
        assertNotNull(img);
        assertTrue(img.getWidth() >= 1200 && img.getHeight() >= 900, img.getWidth() + "x" + img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 30, "text, lines and bands, not a blank picture: " + colours.size() + " colours");
    }

    @Test
    void badInputIsOneLineAndNothingWritten() throws Exception {
        assertEquals(tmp.resolve("nope.json") + ": no such file (expected a scenario .json file)",
                refused("compare", SMALL, tmp.resolve("nope.json").toString()));
        Path earlier = variantOfSmall("earlier", "\"startDate\": \"2013-01-10\"", "\"startDate\": \"2013-01-09\"");
        assertEquals("sahel: " + earlier + ": starts on 2013-01-09 but " + SMALL + " on 2013-01-10 (expected two scenarios with the same startDate)",
                refused("compare", SMALL, earlier.toString()));
        Path longer = variantOfSmall("longer", "\"days\": 30", "\"days\": 45");
        assertEquals("sahel: " + longer + ": runs 45 days but " + SMALL + " 30 (expected the same length; pass --days D, e.g. --days 30)",
                refused("compare", SMALL, longer.toString()));
        assertEquals("sahel: --runs 1: expected a number of pairs from 2 to 100000 (an interval needs at least 2)",
                refused("compare", SMALL, SMALL, "--runs", "1"));
        assertEquals("sahel: --every 0: expected a stride in days from 1 to 30 (the run's length)",
                refused("compare", SMALL, SMALL, "--every", "0"));
        assertEquals("sahel: --every 11: expected a stride in days from 1 to 10 (the run's length)",
                refused("compare", SMALL, SMALL, "--days", "10", "--every", "11"));
        assertEquals("sahel: --days 0: expected 1 to 3650", refused("compare", SMALL, SMALL, "--days", "0"));
        assertTrue(refused("compare", SMALL, SMALL, "--threads", "0").startsWith("sahel: --threads 0: expected 1 to 1024"));
        assertEquals("sahel: --set a.b=lots: 'lots' is not a number (expected rule.param=number, e.g. 0.5 or 1e-3)",
                refused("compare", SMALL, SMALL, "--set", "a.b=lots"));
        assertTrue(refused("compare", SMALL, SMALL, "--set-variant", "noSuch.param=1")
                .startsWith("sahel: --set-variant noSuch.param=1: unknown parameter 'noSuch.param'"));
        assertEquals("sahel: --set-base airStrikes: expected rule.param=value, e.g. --set airStrikes.detectionProbability=0.5",
                refused("compare", SMALL, SMALL, "--set-base", "airStrikes"));
        assertTrue(refused("compare", SMALL).startsWith("sahel compare: Missing required parameter: 'VARIANT'"));
    }

    @Test
    void badOutputDirectories() throws Exception {
        Path file = tmp.resolve("file.txt");
        Files.writeString(file, "x");
        CliRun isFile = CliRun.of("compare", SMALL, SMALL, "--runs", "2", "--out", file.toString());
        assertEquals(2, isFile.exitCode());
        assertEquals("sahel: --out " + file + ": is a file (expected a directory for the results)", isFile.err().trim());
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve(ComparisonWriter.DIFFERENCES), "earlier");
        CliRun taken = CliRun.of("compare", SMALL, SMALL, "--runs", "2", "--out", used.toString());
        assertEquals(2, taken.exitCode());
        assertEquals("sahel: --out " + used + ": already holds results (differences.csv); pass --force to replace them or choose another --out",
                taken.err().trim());
        assertEquals("earlier", Files.readString(used.resolve(ComparisonWriter.DIFFERENCES)));
        try (var s = Files.list(used)) {
            assertEquals(1, s.count());
        }
        // --force replaces the comparison's files and leaves others alone
        Files.writeString(used.resolve("notes.txt"), "mine");
        ok("compare", SMALL, SMALL, "--runs", "2", "--days", "5", "--out", used.toString(), "--force");
        assertTrue(Files.readString(used.resolve(ComparisonWriter.DIFFERENCES)).startsWith("metric,day,date,n,"));
        assertEquals("mine", Files.readString(used.resolve("notes.txt")));
        try (var s = Files.list(used)) {
            assertEquals(ComparisonWriter.OUTPUTS.size() + 1, s.count(), "no part files left behind");
        }
    }

    @Test
    void aRunFolderIsNotOverwrittenEvenWithForce() throws Exception {
        Path run = tmp.resolve("run");
        ok("run", SMALL, "--runs", "2", "--days", "3", "--out", run.toString());
        byte[] manifest = Files.readAllBytes(run.resolve(ResultWriter.MANIFEST));
        CliRun r = CliRun.of("compare", SMALL, SMALL, "--runs", "2", "--out", run.toString(), "--force");
        assertEquals(2, r.exitCode());
        assertEquals("sahel: --out " + run + ": holds the results of 'sahel run' (timeseries.csv); choose another --out for the comparison",
                r.err().trim());
        assertArrayEquals(manifest, Files.readAllBytes(run.resolve(ResultWriter.MANIFEST)));
        assertFalse(Files.exists(run.resolve(ComparisonWriter.DIFFERENCES)));
    }

    @Test
    void helpIsCleanText() {
        CliRun r = CliRun.of("compare", "--help");
        assertEquals(0, r.exitCode());
        assertEquals("", r.err());
        // picocli formats descriptions with String.format and, when that fails, only warns on System.err
        for (String line : CompareCommand.class.getAnnotation(picocli.CommandLine.Command.class).description()) {
            assertDoesNotThrow(() -> String.format(java.util.Locale.ROOT, line), "a '%' must be written '%%': " + line);
        }
        assertTrue(r.out().contains("differences with 95%") && !r.out().contains("95%%"), r.out());
        assertTrue(r.out().contains("--set-variant"), r.out());
    }

    @Test
    void differentLengthsCompareOverTheDaysGiven() throws Exception {
        Path longer = variantOfSmall("longer", "\"days\": 30", "\"days\": 45");
        Path dir = tmp.resolve("len");
        ok("compare", SMALL, longer.toString(), "--runs", "2", "--days", "14", "--out", dir.toString());
        JsonNode m = new ObjectMapper().readTree(dir.resolve(ComparisonWriter.MANIFEST).toFile());
        assertEquals(14, m.get("days").asInt());
        assertEquals(45, m.get("variant").get("scenarioDays").asInt());
        assertNotEquals(m.get("base").get("scenarioSha256"), m.get("variant").get("scenarioSha256"));
        List<Map<String, String>> diff = csv(dir.resolve(ComparisonWriter.DIFFERENCES));
        assertEquals("14", diff.get(diff.size() - 1).get("day"));
    }
}
