package org.sahelsim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.core.UserError;

/**
 * Writes a study's results into its directory as runs arrive, in run order. The tables stream to
 * hidden {@code .NAME.part} files that are renamed into place when the study ends or is
 * interrupted, so a reader never sees half a file under a final name; the summary, the map and
 * the manifest are written whole, also through a rename. The manifest is written first with
 * {@code complete: false} and rewritten at the end.
 *
 * <p>After each run the tables are flushed and one line is appended to the journal
 * {@code .resume.jsonl}: the run's summary numbers and the length of each table after it. A line
 * in the journal is therefore a run complete in every table, whatever kills the process; {@link
 * #resume} cuts the tables back to the last journalled run and rebuilds the summary from the
 * journal, so a resumed study ends byte-identical to an uninterrupted one. The journal is deleted
 * when the study is complete.
 *
 * <p>An I/O failure (disk full...) ends the study with an {@link EnvironmentFailure} naming the
 * file and the system's reason; nothing incomplete is renamed to a final name, the tables stay as
 * part files for {@code --resume}, and the manifest says {@code complete: false} with the reason
 * when it can still be written.
 */
public final class ResultWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String TOWNS = "towns.csv";
    public static final String EVENTS = "events.csv";
    public static final String SUMMARY = "summary.json";
    public static final String MAP = "map.png";
    public static final String AGGREGATE = "events-aggregated.csv";
    public static final String BY_YEAR = "fatalities-by-year.csv";
    public static final String JOURNAL = ".resume.jsonl";
    public static final List<String> OUTPUTS = List.of(MANIFEST, TIMESERIES, TOWNS, EVENTS, SUMMARY, MAP);
    /** Every file name a study may write (tables plain or gzip), for --force and the check for earlier results. */
    public static final List<String> ALL_NAMES = List.of(MANIFEST, TIMESERIES, TOWNS, EVENTS, AGGREGATE,
            TIMESERIES + ".gz", TOWNS + ".gz", EVENTS + ".gz", AGGREGATE + ".gz", BY_YEAR, DisplacementTable.FILE, SUMMARY, MAP);

    static final String TOWNS_HEADER = "run,day,date,town,side,faction";
    static final String EVENTS_HEADER = "run,day,date,event_type,sub_event_type,actor1,actor2,latitude,longitude,priogrid_gid,fatalities,notes";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper LINE = new ObjectMapper();

    /** Draws map.png from the summary. */
    @FunctionalInterface
    public interface Figure {
        void write(Summary summary, OutputStream out) throws IOException;
    }

    private final Path dir;
    private final Map<String, Object> manifest;
    private final Summary summary;
    private final Figure map;
    private final OutputOptions options;
    private final FatalitiesByYear byYear;
    /** The tables' kinds (TIMESERIES...) and their file names as written (.csv or .csv.gz). */
    private final List<String> kinds;
    private final List<String> names;
    private final int count;
    private final OutputStream[] tables;
    private final long[] offsets;
    private OutputStream journal;
    private final DisplacementTable displacement = new DisplacementTable();
    private boolean finished;

    /**
     * @param manifest the manifest's fields; this writer adds runsCompleted, complete, endTime
     */
    public ResultWriter(Path dir, Map<String, Object> manifest, Summary summary, Figure map) {
        this(dir, manifest, summary, map, OutputOptions.EVERYTHING_PLAIN, null);
    }

    /**
     * @param options what the tables record and whether they are gzip (the runs handed to {@link
     *                #write} were recorded with the same options)
     * @param byYear  collects fatalities-by-year.csv; null for none
     */
    public ResultWriter(Path dir, Map<String, Object> manifest, Summary summary, Figure map, OutputOptions options,
                        FatalitiesByYear byYear) {
        this.dir = dir;
        this.manifest = new LinkedHashMap<>(manifest);
        this.summary = summary;
        this.map = map;
        this.options = options;
        this.byYear = byYear;
        List<String> k = new ArrayList<>(List.of(TIMESERIES, TOWNS, EVENTS));
        if (options.aggregate().enabled()) {
            k.add(AGGREGATE);
        }
        this.kinds = List.copyOf(k);
        List<String> n = new ArrayList<>();
        for (String kind : kinds) {
            n.add(options.fileName(kind));
        }
        this.names = List.copyOf(n);
        this.count = kinds.size();
        this.tables = new OutputStream[count];
        this.offsets = new long[count];
    }

    String header(int t) {
        return switch (kinds.get(t)) {
            case TIMESERIES -> "run,day,date," + String.join(",", MetricColumns.names());
            case TOWNS -> TOWNS_HEADER;
            case AGGREGATE -> "run,period," + (options.aggregate().unit() == OutputOptions.Aggregate.Unit.REGION
                    ? "region" : "priogrid_gid") + ",event_type,events,fatalities";
            default -> EVENTS_HEADER;
        };
    }

    /** The bytes of a table's text as written: plain, or one gzip member (members concatenate into one gzip file). */
    private byte[] encode(String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (!options.gzip() || b.length == 0) {
            return b;
        }
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream(b.length / 6 + 64);
        // the JDK writes a fixed gzip header (no time stamp, no name): the same text gives the same bytes
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bos, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            gz.write(b);
        }
        return bos.toByteArray();
    }

    /** The first bytes of a table's text, decompressed when it is gzip. */
    private String textStart(Path file, int length) throws IOException {
        try (var raw = Files.newInputStream(file);
             var in = options.gzip() ? new java.util.zip.GZIPInputStream(raw) : raw) {
            byte[] head = in.readNBytes(length);
            return new String(head, StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            return "";
        }
    }

    /** Whether a directory holds any result of a study (final or part files). */
    public static String resultIn(Path dir) {
        for (String name : ALL_NAMES) {
            if (Files.exists(dir.resolve(name)) || Files.exists(AtomicFiles.partOf(dir.resolve(name)))) {
                return name;
            }
        }
        return Files.exists(dir.resolve(JOURNAL)) ? JOURNAL : null;
    }

    /**
     * Refuses an output directory before anything is created: it must be a directory or
     * creatable, writable, and hold no results unless {@code force}.
     */
    public static void checkDirectory(Path dir, boolean force) {
        String shown = "--out " + dir;
        if (dir.toString().isEmpty()) {
            throw new UserError("--out \"\": expected a directory name (an empty one would write into the working directory)");
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UserError(shown + ": is a file (expected a directory for the results)");
            }
            if (!Files.isWritable(dir)) {
                throw new UserError(shown + ": is not writable (expected a directory you can write to)");
            }
            if (!force) {
                String found = resultIn(dir);
                if (found != null) {
                    throw new UserError(shown + ": already holds results (" + found
                            + "); choose another --out, continue them with --resume " + dir + " or replace them with --force");
                }
            }
            return;
        }
        Path ancestor = dir.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            throw new UserError(shown + ": cannot be created (no existing parent directory)");
        }
        if (!Files.isDirectory(ancestor)) {
            throw new UserError(shown + ": cannot be created because " + ancestor + " is a file (expected a directory path)");
        }
        if (!Files.isWritable(ancestor)) {
            throw new UserError(shown + ": cannot be created because " + ancestor + " is not writable");
        }
    }

    /** Clears earlier results (checked with --force), writes the manifest, the headers and an empty journal. */
    public synchronized void open() {
        Path at = dir;
        try {
            Files.createDirectories(dir);
            for (String name : ALL_NAMES) {
                Files.deleteIfExists(dir.resolve(name));
                Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
            }
            for (String name : SnapshotFiles.names(dir)) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir.resolve(JOURNAL));
            manifest.put("runsCompleted", 0);
            manifest.put("complete", false);
            manifest.put("endTime", null);
            at = dir.resolve(MANIFEST);
            writeWhole(MANIFEST, out -> JSON.writeValue(out, manifest));
            for (int t = 0; t < count; t++) {
                at = AtomicFiles.partOf(dir.resolve(names.get(t)));
                tables[t] = open(at, false);
                byte[] h = encode(header(t) + "\n");
                tables[t].write(h);
                tables[t].flush();
                offsets[t] = h.length;
            }
            at = AtomicFiles.partOf(dir.resolve(DisplacementTable.FILE));
            displacement.open(dir);
            at = dir.resolve(JOURNAL);
            journal = open(at, false);
        } catch (IOException e) {
            throw failure(at, e);
        }
    }

    /**
     * Takes up an interrupted study in this directory: keeps every run the journal records as
     * complete, cuts the tables after the last of them (a torn row or a run written after it is
     * dropped), feeds the kept runs to the summary, and reopens the tables for appending.
     * Checks everything before changing anything.
     *
     * @return the number of runs kept (the next run to compute)
     */
    public synchronized int resume(int runs) {
        Path journalFile = dir.resolve(JOURNAL);
        List<JsonNode> kept = new ArrayList<>();
        long journalEnd = 0;
        try {
            if (!Files.exists(journalFile)) {
                throw new UserError("--resume " + dir + ": no " + JOURNAL + " here (a complete study, one from an older "
                        + "SahelSim, or not a study directory); nothing to resume");
            }
            byte[] bytes = Files.readAllBytes(journalFile);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != '\n') {
                    continue;
                }
                JsonNode line;
                try {
                    line = LINE.readTree(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    line = null;
                }
                if (line == null || line.path("run").asInt(-1) != kept.size() || !line.path("offsets").isArray()) {
                    throw new UserError(journalFile + ":" + (kept.size() + 1) + ": not the journal of run " + kept.size()
                            + " (edited or damaged); use --force to start again");
                }
                kept.add(line);
                start = i + 1;
                journalEnd = i + 1;
            }
            if (kept.size() > runs) {
                throw new UserError(journalFile + ": records " + kept.size() + " runs, more than the study's " + runs
                        + "; use --force to start again");
            }
            // the tables: the part file while a study streams, the final file after Ctrl-C
            Path[] sources = new Path[count];
            long[] cut = new long[count];
            for (int t = 0; t < count; t++) {
                Path finalFile = dir.resolve(names.get(t));
                Path part = AtomicFiles.partOf(finalFile);
                sources[t] = Files.exists(part) ? part : Files.exists(finalFile) ? finalFile : null;
            }
            // a run is kept only if every table holds all its rows
            while (!kept.isEmpty()) {
                JsonNode last = kept.get(kept.size() - 1);
                boolean whole = true;
                if (last.get("offsets").size() != count) {
                    throw new UserError(journalFile + ": records " + last.get("offsets").size() + " tables, not the "
                            + count + " of this study's outputs (a study of an older SahelSim); use --force to start again");
                }
                for (int t = 0; t < count; t++) {
                    cut[t] = last.get("offsets").get(t).asLong();
                    whole &= sources[t] != null && Files.size(sources[t]) >= cut[t];
                }
                if (whole) {
                    break;
                }
                kept.remove(kept.size() - 1);
            }
            if (!kept.isEmpty()) {
                for (int t = 0; t < count; t++) {
                    String h = header(t) + "\n";
                    if (!h.equals(textStart(sources[t], h.getBytes(StandardCharsets.UTF_8).length))) {
                        throw new UserError(sources[t] + ":1: not the header of " + names.get(t)
                                + " (edited file or another program's); use --force to start again");
                    }
                }
            }
            // checked: take the files over
            journalEnd = kept.isEmpty() ? 0 : offsetAfterLine(bytes, kept.size());
            for (String name : List.of(SUMMARY, MAP, BY_YEAR)) {
                Files.deleteIfExists(dir.resolve(name));
                Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
            }
            for (int t = 0; t < count; t++) {
                Path finalFile = dir.resolve(names.get(t));
                Path part = AtomicFiles.partOf(finalFile);
                if (kept.isEmpty() || sources[t] == null) {
                    Files.deleteIfExists(finalFile);
                    tables[t] = open(part, false);
                    byte[] h = encode(header(t) + "\n");
                    tables[t].write(h);
                    tables[t].flush();
                    offsets[t] = h.length;
                    continue;
                }
                if (sources[t].equals(finalFile)) {
                    AtomicFiles.move(finalFile, part);
                } else {
                    Files.deleteIfExists(finalFile);
                }
                try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    ch.truncate(cut[t]);
                }
                tables[t] = open(part, true);
                offsets[t] = cut[t];
            }
            try (FileChannel ch = FileChannel.open(journalFile, StandardOpenOption.WRITE)) {
                ch.truncate(journalEnd);
            }
            journal = open(journalFile, true);
            displacement.resume(dir, kept.size());
        } catch (IOException e) {
            throw failure(dir, e);
        }
        for (JsonNode line : kept) {
            RunResult r = displacement.restored(fromJournal(line));
            summary.add(r);
            if (byYear != null) {
                byYear.add(r.yearly());
            }
        }
        manifest.put("runsCompleted", summary.runs());
        manifest.put("complete", false);
        manifest.put("endTime", null);
        try {
            writeWhole(MANIFEST, out -> JSON.writeValue(out, manifest));
        } catch (IOException e) {
            throw failure(dir.resolve(MANIFEST), e);
        }
        return kept.size();
    }

    private static long offsetAfterLine(byte[] bytes, int lines) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == lines) {
                return i + 1;
            }
        }
        return bytes.length;
    }

    /** Appends one run (the caller hands runs in run order). Ignored once finished. */
    public synchronized void write(RunResult r) {
        if (finished) {
            return;
        }
        String[] rows = {r.timeseriesRows(), r.townRows(), r.eventRows(), r.aggregateRows()};
        Path at = dir;
        try {
            for (int t = 0; t < count; t++) {
                at = AtomicFiles.partOf(dir.resolve(names.get(t)));
                byte[] b = encode(rows[t]);
                tables[t].write(b);
                tables[t].flush(); // in the file before the journal says the run is complete
                offsets[t] += b.length;
            }
            at = AtomicFiles.partOf(dir.resolve(DisplacementTable.FILE));
            if (options.events().includes(r.run())) { // displacement.csv samples runs as events.csv does
                displacement.write(r);
            }
            at = dir.resolve(JOURNAL);
            journal.write((LINE.writeValueAsString(toJournal(r)) + "\n").getBytes(StandardCharsets.UTF_8));
            journal.flush();
        } catch (IOException e) {
            throw failure(at, e);
        }
        summary.add(r);
        if (byYear != null) {
            byYear.add(r.yearly());
        }
    }

    /**
     * Closes the tables, writes summary.json and map.png, renames everything into place, then
     * writes the final manifest. Idempotent: the first call wins (Ctrl-C versus normal end).
     *
     * @param complete whether every requested run was written
     */
    public synchronized void finish(boolean complete) {
        if (finished) {
            return;
        }
        finished = true;
        Path at = dir;
        try {
            for (int t = 0; t < count; t++) {
                at = AtomicFiles.partOf(dir.resolve(names.get(t)));
                if (tables[t] != null) {
                    tables[t].close();
                }
            }
            at = dir.resolve(JOURNAL);
            if (journal != null) {
                journal.close();
            }
            // everything to its part file first: on a failure nothing is renamed
            at = AtomicFiles.partOf(dir.resolve(SUMMARY));
            AtomicFiles.writePart(dir.resolve(SUMMARY), out -> JSON.writeValue(out, summary.toJson()));
            if (byYear != null) {
                at = AtomicFiles.partOf(dir.resolve(BY_YEAR));
                AtomicFiles.writePart(dir.resolve(BY_YEAR), out -> out.write(byYear.csv().getBytes(StandardCharsets.UTF_8)));
            }
            boolean withMap = map != null && summary.runs() > 0;
            if (withMap) {
                at = AtomicFiles.partOf(dir.resolve(MAP));
                AtomicFiles.writePart(dir.resolve(MAP), out -> map.write(summary, out));
            }
            for (String name : names) {
                at = dir.resolve(name);
                if (Files.exists(AtomicFiles.partOf(dir.resolve(name)))) {
                    AtomicFiles.move(AtomicFiles.partOf(dir.resolve(name)), dir.resolve(name));
                }
            }
            if (byYear != null) {
                at = dir.resolve(BY_YEAR);
                AtomicFiles.move(AtomicFiles.partOf(dir.resolve(BY_YEAR)), dir.resolve(BY_YEAR));
            }
            at = dir.resolve(DisplacementTable.FILE);
            displacement.finish();
            at = dir.resolve(SUMMARY);
            AtomicFiles.move(AtomicFiles.partOf(dir.resolve(SUMMARY)), dir.resolve(SUMMARY));
            if (withMap) {
                at = dir.resolve(MAP);
                AtomicFiles.move(AtomicFiles.partOf(dir.resolve(MAP)), dir.resolve(MAP));
            }
            manifest.put("runsCompleted", summary.runs());
            manifest.put("complete", complete);
            manifest.put("endTime", Instant.now().toString());
            at = dir.resolve(MANIFEST);
            writeWhole(MANIFEST, out -> JSON.writeValue(out, manifest));
            if (complete) {
                Files.deleteIfExists(dir.resolve(JOURNAL)); // nothing left to resume
            }
        } catch (IOException e) {
            finished = false; // let failure() record it
            throw failure(at, e);
        }
    }

    /**
     * An I/O failure: stops writing, keeps the tables as part files (--resume can continue them
     * once the cause is fixed), removes half-written summary and map, and records the failure in
     * the manifest if the disk still takes it.
     */
    private EnvironmentFailure failure(Path file, IOException e) {
        String reason = AtomicFiles.reason(e);
        if (!finished) {
            finished = true;
            for (OutputStream o : tables) {
                closeQuietly(o);
            }
            closeQuietly(journal);
            displacement.close();
            for (String name : List.of(SUMMARY, MAP, MANIFEST, BY_YEAR)) {
                try {
                    Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
                } catch (IOException ignored) {
                    // the disk is failing: what is left is hidden and named .part
                }
            }
            manifest.put("runsCompleted", summary.runs());
            manifest.put("complete", false);
            manifest.put("endTime", Instant.now().toString());
            manifest.put("failure", file + ": " + reason);
            try {
                writeWhole(MANIFEST, out -> JSON.writeValue(out, manifest));
            } catch (IOException | RuntimeException ignored) {
                // the manifest written at the start says complete: false
                try {
                    Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(MANIFEST)));
                } catch (IOException alsoIgnored) {
                    // nothing more can be done
                }
            }
        }
        return new EnvironmentFailure(file + ": " + reason + " (" + summary.runs() + " runs are complete in " + dir
                + "; once fixed, continue with: sahel run --resume " + dir + ")", e);
    }

    private static void closeQuietly(OutputStream o) {
        if (o != null) {
            try {
                o.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    public Path directory() {
        return dir;
    }

    private static OutputStream open(Path file, boolean append) throws IOException {
        OutputStream out = append
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)
                : Files.newOutputStream(file);
        return new BufferedOutputStream(out, 1 << 18);
    }

    private void writeWhole(String name, AtomicFiles.Body body) throws IOException {
        AtomicFiles.write(dir.resolve(name), body);
    }

    /** The journal line of a run: its summary numbers and the tables' lengths after it. */
    private ObjectNode toJournal(RunResult r) {
        ObjectNode n = LINE.createObjectNode();
        n.put("run", r.run());
        n.put("seed", r.seed());
        ArrayNode off = n.putArray("offsets");
        for (long o : offsets) {
            off.add(o);
        }
        ArrayNode days = n.putArray("metricsAtDays");
        for (double[] day : r.metricsAtDays()) {
            ArrayNode a = days.addArray();
            for (double v : day) {
                if (Double.isNaN(v)) {
                    a.addNull();
                } else {
                    a.add(v);
                }
            }
        }
        if (!r.yearly().isEmpty()) {
            ObjectNode years = n.putObject("yearly");
            r.yearly().forEach((year, counts) -> {
                ArrayNode a = years.putArray(Integer.toString(year));
                for (int c : counts) {
                    a.add(c);
                }
            });
        }
        ObjectNode end = n.putObject("endControl");
        r.endControl().forEach((town, side) -> end.put(town, side.name()));
        ObjectNode first = n.putObject("firstGovernmentDay");
        r.firstGovernmentDay().forEach(first::put);
        if (r.presence() != null) {
            ArrayNode cells = n.putArray("presenceCells");
            ArrayNode values = n.putArray("presenceValues");
            n.put("presenceLength", r.presence().length);
            double[] p = r.presence();
            for (int c = 0; c < p.length; c++) {
                if (p[c] != 0) {
                    cells.add(c);
                    values.add(p[c]);
                }
            }
        }
        return n;
    }

    /** A run as the summary needs it, from its journal line (the table rows are on disk already). */
    private static RunResult fromJournal(JsonNode n) {
        JsonNode days = n.path("metricsAtDays");
        double[][] metrics = new double[days.size()][];
        for (int d = 0; d < days.size(); d++) {
            JsonNode a = days.get(d);
            metrics[d] = new double[a.size()];
            for (int k = 0; k < a.size(); k++) {
                metrics[d][k] = a.get(k).isNull() ? Double.NaN : a.get(k).doubleValue();
            }
        }
        Map<String, Side> end = new LinkedHashMap<>();
        n.path("endControl").fields().forEachRemaining(e -> end.put(e.getKey(), Side.valueOf(e.getValue().asText())));
        Map<String, Integer> first = new LinkedHashMap<>();
        n.path("firstGovernmentDay").fields().forEachRemaining(e -> first.put(e.getKey(), e.getValue().intValue()));
        double[] presence = null;
        if (n.has("presenceLength")) {
            presence = new double[n.get("presenceLength").intValue()];
            JsonNode cells = n.get("presenceCells");
            JsonNode values = n.get("presenceValues");
            for (int i = 0; i < cells.size(); i++) {
                presence[cells.get(i).intValue()] = values.get(i).doubleValue();
            }
        }
        java.util.TreeMap<Integer, int[]> yearly = new java.util.TreeMap<>();
        n.path("yearly").fields().forEachRemaining(e -> {
            int[] c = new int[e.getValue().size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = e.getValue().get(i).intValue();
            }
            yearly.put(Integer.parseInt(e.getKey()), c);
        });
        return new RunResult(n.path("run").intValue(), n.path("seed").longValue(), "", "", "", metrics, end, first, presence,
                "", yearly, null);
    }
}
