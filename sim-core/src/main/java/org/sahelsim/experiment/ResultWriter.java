package org.sahelsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.UserError;
import org.sahelsim.core.MetricColumns;

/**
 * Writes a study's results into its directory as runs arrive, in run order. The tables stream to
 * hidden {@code .NAME.part} files that are renamed into place when the study ends or is
 * interrupted, so a reader never sees half a file under a final name; the summary, the map and
 * the manifest are written whole, also through a rename. The manifest is written first with
 * {@code complete: false} and rewritten at the end.
 */
public final class ResultWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String TOWNS = "towns.csv";
    public static final String EVENTS = "events.csv";
    public static final String SUMMARY = "summary.json";
    public static final String MAP = "map.png";
    public static final List<String> OUTPUTS = List.of(MANIFEST, TIMESERIES, TOWNS, EVENTS, SUMMARY, MAP);

    static final String TOWNS_HEADER = "run,day,date,town,side,faction";
    static final String EVENTS_HEADER = "run,day,date,event_type,sub_event_type,actor1,actor2,latitude,longitude,priogrid_gid,fatalities,notes";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Draws map.png from the summary. */
    @FunctionalInterface
    public interface Figure {
        void write(Summary summary, OutputStream out) throws IOException;
    }

    private final Path dir;
    private final Map<String, Object> manifest;
    private final Summary summary;
    private final Figure map;
    private Writer timeseries;
    private Writer towns;
    private Writer events;
    private boolean finished;

    /**
     * @param manifest the manifest's fields; this writer adds runsCompleted, complete, endTime
     */
    public ResultWriter(Path dir, Map<String, Object> manifest, Summary summary, Figure map) {
        this.dir = dir;
        this.manifest = new LinkedHashMap<>(manifest);
        this.summary = summary;
        this.map = map;
    }

    /**
     * Refuses an output directory before anything is created: it must be a directory or
     * creatable, writable, and hold no results unless {@code force}.
     */
    public static void checkDirectory(Path dir, boolean force) {
        String shown = "--out " + dir;
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UserError(shown + ": is a file (expected a directory for the results)");
            }
            if (!Files.isWritable(dir)) {
                throw new UserError(shown + ": is not writable (expected a directory you can write to)");
            }
            if (!force) {
                for (String name : OUTPUTS) {
                    if (Files.exists(dir.resolve(name)) || Files.exists(AtomicFiles.partOf(dir.resolve(name)))) {
                        throw new UserError(shown + ": already holds results (" + name
                                + "); pass --force to replace them or choose another --out");
                    }
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

    /** Creates the directory, clears earlier results (checked with --force), writes the manifest and the headers. */
    public void open() {
        try {
            Files.createDirectories(dir);
            for (String name : OUTPUTS) {
                Files.deleteIfExists(dir.resolve(name));
                Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
            }
            manifest.put("runsCompleted", 0);
            manifest.put("complete", false);
            manifest.put("endTime", null);
            writeWhole(MANIFEST, out -> JSON.writeValue(out, manifest));
            timeseries = openPart(TIMESERIES);
            timeseries.write("run,day,date," + String.join(",", MetricColumns.names()) + "\n");
            towns = openPart(TOWNS);
            towns.write(TOWNS_HEADER + "\n");
            events = openPart(EVENTS);
            events.write(EVENTS_HEADER + "\n");
        } catch (IOException e) {
            throw new UserError("--out " + dir + ": cannot write results: " + AtomicFiles.reason(e), e);
        }
    }

    /** Appends one run (the caller hands runs in run order). Ignored once finished. */
    public synchronized void write(RunResult r) {
        if (finished) {
            return;
        }
        try {
            timeseries.write(r.timeseriesRows());
            towns.write(r.townRows());
            events.write(r.eventRows());
        } catch (IOException e) {
            throw new UncheckedIOException("writing run " + r.run() + " to " + dir, e);
        }
        summary.add(r);
    }

    /**
     * Closes the tables and renames them into place, then writes summary.json, map.png and the
     * final manifest. Idempotent: the first call wins (Ctrl-C versus normal end).
     *
     * @param complete whether every requested run was written
     */
    public synchronized void finish(boolean complete) {
        if (finished) {
            return;
        }
        finished = true;
        boolean allWritten = false;
        try {
            closeAndMove(timeseries, TIMESERIES);
            closeAndMove(towns, TOWNS);
            closeAndMove(events, EVENTS);
            writeWhole(SUMMARY, out -> JSON.writeValue(out, summary.toJson()));
            if (map != null && summary.runs() > 0) {
                writeWhole(MAP, out -> map.write(summary, out));
            }
            allWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("finishing the results in " + dir, e);
        } finally {
            // the manifest last, whatever failed before it, so that it tells the truth about the directory
            manifest.put("runsCompleted", summary.runs());
            manifest.put("complete", complete && allWritten);
            manifest.put("endTime", Instant.now().toString());
            try {
                writeWhole(MANIFEST, out -> JSON.writeValue(out, manifest));
            } catch (IOException e) {
                if (allWritten) {
                    throw new UncheckedIOException("writing " + MANIFEST + " in " + dir, e);
                }
            }
        }
    }

    public Path directory() {
        return dir;
    }

    private Writer openPart(String name) throws IOException {
        OutputStream out = Files.newOutputStream(AtomicFiles.partOf(dir.resolve(name)));
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 18);
    }

    private void closeAndMove(Writer w, String name) throws IOException {
        if (w != null) {
            w.close();
            move(AtomicFiles.partOf(dir.resolve(name)), dir.resolve(name));
        }
    }

    private void writeWhole(String name, AtomicFiles.Body body) throws IOException {
        AtomicFiles.write(dir.resolve(name), body);
    }

    private static void move(Path from, Path to) throws IOException {
        AtomicFiles.move(from, to);
    }
}
