package org.sahelsim.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.core.UserError;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;

/**
 * The output options of long studies (gzip tables, sampled runs, the aggregate table and
 * fatalities-by-year.csv), on the synthetic engine: what is written must be exactly the plain,
 * full study's content, filtered or summed, byte-identical whatever the thread count, and
 * resumable after a crash.
 */
class LongStudyOutputsTest {
    private static final int DAYS = 420; // 2013-01-10 .. 2014-03-05: two calendar years
    private static final Scenario SCENARIO = new Scenario("synthetic", "Synthetic", "For tests", List.of(),
            LocalDate.of(2013, 1, 10), DAYS, List.of(), Map.of(), Map.of(), List.of());
    private static final int[] SUMMARY_DAYS = {30, DAYS};
    private static final int RUNS = 12;
    private static final List<String> TABLES = List.of(ResultWriter.TIMESERIES, ResultWriter.TOWNS, ResultWriter.EVENTS,
            ResultWriter.AGGREGATE);

    private static OutputOptions options(String compress, String events, String timeseries, String aggregate) {
        return OutputOptions.parse(compress, events, timeseries, aggregate, RUNS, DAYS);
    }

    private static ResultWriter writer(Path dir, OutputOptions o) {
        return new ResultWriter(dir, Map.of("scenario", "synthetic"), new Summary(SCENARIO, SUMMARY_DAYS, DAYS), null, o,
                new FatalitiesByYear(SCENARIO.startDate(), DAYS));
    }

    private static MonteCarloRunner runner(OutputOptions o, int threads) {
        MonteCarloJob job = new MonteCarloJob(() -> SCENARIO, SyntheticEngine::new, RuleSet.CATALOG.defaults(), DAYS,
                SUMMARY_DAYS, 7L, o);
        return new MonteCarloRunner(job, RUNS, new LocalEngine(threads));
    }

    private static void study(Path dir, OutputOptions o, int threads) {
        ResultWriter w = writer(dir, o);
        w.open();
        int done = runner(o, threads).run(w::write);
        w.finish(done == RUNS);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    @Test
    void gzipTablesHoldThePlainBytesAndAreTheSameWhateverTheThreads(@TempDir Path tmp) throws Exception {
        study(tmp.resolve("plain"), options("none", "all", "all", "month:region"), 1);
        study(tmp.resolve("gz1"), options("gzip", "all", "all", "month:region"), 1);
        study(tmp.resolve("gz3"), options("gzip", "all", "all", "month:region"), 3);
        for (String t : TABLES) {
            Path plain = tmp.resolve("plain").resolve(t);
            Path gz = tmp.resolve("gz1").resolve(t + ".gz");
            assertFalse(Files.exists(tmp.resolve("gz1").resolve(t)), t + " must be written compressed only");
            assertArrayEquals(Files.readAllBytes(plain), gunzip(gz), t);
            assertArrayEquals(Files.readAllBytes(gz), Files.readAllBytes(tmp.resolve("gz3").resolve(t + ".gz")), t);
            byte[] head = Files.readAllBytes(gz);
            assertEquals(0x1f, head[0] & 0xff);
            assertEquals(0x8b, head[1] & 0xff);
            assertEquals(0, head[3], "no optional fields (file name, comment)");
            assertEquals(0, head[4] | head[5] | head[6] | head[7], "no time stamp in the gzip header");
            assertTrue(Files.size(gz) < Files.size(plain) || Files.size(plain) < 200, t + " compresses"); // random synthetic numbers: little
        }
        for (String f : List.of(ResultWriter.SUMMARY, ResultWriter.BY_YEAR)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("plain").resolve(f)), Files.readAllBytes(tmp.resolve("gz3").resolve(f)), f);
        }
    }

    @Test
    void sampledTablesHoldExactlyTheChosenRunsAndTheRestCoversAll(@TempDir Path tmp) throws Exception {
        study(tmp.resolve("full"), options("none", "all", "all", "month:region"), 2);
        study(tmp.resolve("sampled"), options("none", "first:3", "every:4", "month:region"), 2);
        study(tmp.resolve("none"), options("none", "none", "none", "none"), 2);
        List<String> events = lines(tmp.resolve("full").resolve(ResultWriter.EVENTS));
        List<String> series = lines(tmp.resolve("full").resolve(ResultWriter.TIMESERIES));
        List<String> keptEvents = new ArrayList<>(List.of(events.get(0)));
        events.stream().skip(1).filter(r -> Integer.parseInt(r.substring(0, r.indexOf(','))) < 3).forEach(keptEvents::add);
        List<String> keptSeries = new ArrayList<>(List.of(series.get(0)));
        series.stream().skip(1).filter(r -> Integer.parseInt(r.substring(0, r.indexOf(','))) % 4 == 0).forEach(keptSeries::add);
        assertTrue(keptEvents.size() > 10 && keptEvents.size() < events.size());
        assertEquals(keptEvents, lines(tmp.resolve("sampled").resolve(ResultWriter.EVENTS)));
        assertEquals(keptSeries, lines(tmp.resolve("sampled").resolve(ResultWriter.TIMESERIES)));
        assertEquals(1 + 3 * DAYS, keptSeries.size()); // runs 0, 4, 8
        for (String f : List.of(ResultWriter.TOWNS, ResultWriter.AGGREGATE, ResultWriter.SUMMARY, ResultWriter.BY_YEAR)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("full").resolve(f)), Files.readAllBytes(tmp.resolve("sampled").resolve(f)), f);
        }
        assertEquals(List.of(events.get(0)), lines(tmp.resolve("none").resolve(ResultWriter.EVENTS)), "header only");
        assertEquals(1, lines(tmp.resolve("none").resolve(ResultWriter.TIMESERIES)).size());
        assertFalse(Files.exists(tmp.resolve("none").resolve(ResultWriter.AGGREGATE)));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("full").resolve(ResultWriter.BY_YEAR)),
                Files.readAllBytes(tmp.resolve("none").resolve(ResultWriter.BY_YEAR)));
    }

    @Test
    void aggregatesAndYearlyFiguresAreSumsOfTheEvents(@TempDir Path tmp) throws Exception {
        study(tmp.resolve("full"), options("none", "all", "all", "month:region"), 2);
        study(tmp.resolve("cells"), options("none", "all", "all", "day:cell"), 2);
        AdminRegions regions = AdminRegions.get();
        // from events.csv: run,day,date,event_type,sub_event_type,actor1,actor2,latitude,longitude,priogrid_gid,fatalities,notes
        TreeMap<String, long[]> byMonth = new TreeMap<>();
        TreeMap<String, long[]> byDayCell = new TreeMap<>();
        long[][] fatalitiesByRunYear = new long[RUNS][2];
        List<String> events = lines(tmp.resolve("full").resolve(ResultWriter.EVENTS));
        for (String row : events.subList(1, events.size())) {
            String[] f = row.split(",", 12);
            int run = Integer.parseInt(f[0]);
            String region = regions.names().get(regions.of(Double.parseDouble(f[7]), Double.parseDouble(f[8])));
            int deaths = Integer.parseInt(f[10]);
            long[] m = byMonth.computeIfAbsent(run + "," + f[2].substring(0, 7) + "," + region + "," + f[3], k -> new long[2]);
            m[0]++;
            m[1] += deaths;
            long[] d = byDayCell.computeIfAbsent(run + "," + f[2] + "," + f[9] + "," + f[3], k -> new long[2]);
            d[0]++;
            d[1] += deaths;
            fatalitiesByRunYear[run][Integer.parseInt(f[2].substring(0, 4)) - 2013] += deaths;
        }
        assertEquals(expected(byMonth), sortedBody(tmp.resolve("full").resolve(ResultWriter.AGGREGATE)));
        assertEquals(expected(byDayCell), sortedBody(tmp.resolve("cells").resolve(ResultWriter.AGGREGATE)));
        assertEquals("run,period,region,event_type,events,fatalities", lines(tmp.resolve("full").resolve(ResultWriter.AGGREGATE)).get(0));
        assertEquals("run,period,priogrid_gid,event_type,events,fatalities", lines(tmp.resolve("cells").resolve(ResultWriter.AGGREGATE)).get(0));

        List<String> byYear = lines(tmp.resolve("full").resolve(ResultWriter.BY_YEAR));
        assertEquals(FatalitiesByYear.HEADER, byYear.get(0));
        int types = org.sahelsim.core.EventType.values().length;
        assertEquals(1 + 2 * (regions.names().size() + 1) * (types + 1), byYear.size(), "every year, region and type");
        for (int y = 0; y < 2; y++) {
            double mean = 0;
            for (long[] r : fatalitiesByRunYear) {
                mean += r[y];
            }
            mean /= RUNS;
            String total = null;
            for (String row : byYear) {
                if (row.startsWith((2013 + y) + ",") && row.contains(",all,all,")) {
                    total = row;
                }
            }
            assertNotNull(total);
            String[] f = total.split(",");
            assertEquals(y == 0 ? 356 : 64, Integer.parseInt(f[1]), "days simulated in the year");
            assertEquals(RUNS, Integer.parseInt(f[4]));
            assertEquals(Math.round(mean * 100) / 100.0, Double.parseDouble(f[5]), 1e-9, total);
            assertTrue(mean > 0);
        }
    }

    private static List<String> expected(TreeMap<String, long[]> m) {
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(k + "," + v[0] + "," + v[1]));
        out.sort(null);
        return out;
    }

    private static List<String> sortedBody(Path p) throws IOException {
        List<String> l = new ArrayList<>(lines(p));
        l.remove(0);
        l.sort(null);
        return l;
    }

    @Test
    void aGzipStudyCutMidRunResumesToTheSameBytes(@TempDir Path tmp) throws Exception {
        OutputOptions o = options("gzip", "every:2", "all", "month:region");
        study(tmp.resolve("whole"), o, 2);

        Path dir = tmp.resolve("cut");
        ResultWriter first = writer(dir, o);
        first.open();
        int[] seen = {0};
        MonteCarloRunner r1 = runner(o, 2);
        r1.run(r -> {
            if (seen[0]++ < 5) {
                first.write(r);
            } else {
                r1.abort();
            }
        });
        // the process dies here: tables stay part files; a torn gzip member follows the last run
        for (String t : TABLES) {
            Path part = AtomicFiles.partOf(dir.resolve(t + ".gz"));
            assertTrue(Files.exists(part), t);
            ByteArrayOutputStream torn = new ByteArrayOutputStream();
            torn.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 1, 2, 3});
            Files.write(part, torn.toByteArray(), StandardOpenOption.APPEND);
        }
        ResultWriter second = writer(dir, o);
        int kept = second.resume(RUNS);
        assertEquals(5, kept);
        int done = kept + runner(o, 2).run(kept, second::write);
        second.finish(done == RUNS);
        for (String f : List.of(ResultWriter.TIMESERIES + ".gz", ResultWriter.TOWNS + ".gz", ResultWriter.EVENTS + ".gz",
                ResultWriter.AGGREGATE + ".gz", ResultWriter.SUMMARY, ResultWriter.BY_YEAR)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
    }

    @Test
    void badSpecificationsNameTheFlag() {
        assertTrue(assertThrows(UserError.class, () -> options("zip", "all", "all", "none")).getMessage().startsWith("--compress zip:"));
        assertTrue(assertThrows(UserError.class, () -> options("gzip", "first:0", "all", "none")).getMessage().startsWith("--events first:0:"));
        assertTrue(assertThrows(UserError.class, () -> options("gzip", "all", "some", "none")).getMessage().startsWith("--timeseries some:"));
        assertTrue(assertThrows(UserError.class, () -> options("gzip", "all", "all", "week:region")).getMessage().startsWith("--aggregate week:region:"));
        assertTrue(OutputOptions.parse("auto", "all", "all", "none", 1000, 3500).gzip());
        assertFalse(OutputOptions.parse("auto", "all", "all", "none", 100, 160).gzip());
        assertEquals("first:100", OutputOptions.defaults(1000, 3500).events().toString());
    }
}
