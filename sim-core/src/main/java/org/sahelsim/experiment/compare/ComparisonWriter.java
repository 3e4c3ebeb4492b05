package org.sahelsim.experiment.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.AtomicFiles;
import org.sahelsim.experiment.ResultWriter;

/**
 * Writes a comparison's files when it ends (or is interrupted), each through a hidden part file
 * and a rename, the manifest last so that it tells the truth about the others.
 */
public final class ComparisonWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String DIFFERENCES = "differences.csv";
    public static final String TOWNS = "town-differences.csv";
    public static final String EVENTS = "events-by-type.csv";
    public static final String FIGURE = "differences.png";
    public static final List<String> OUTPUTS = List.of(MANIFEST, DIFFERENCES, TOWNS, EVENTS, FIGURE);

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;
    private final Map<String, Object> manifest;
    private final Comparison comparison;
    private boolean finished;

    public ComparisonWriter(Path dir, Map<String, Object> manifest, Comparison comparison) {
        this.dir = dir;
        this.manifest = new LinkedHashMap<>(manifest);
        this.comparison = comparison;
    }

    /**
     * Refuses an output directory before anything is created: the checks of {@code sahel run}
     * (a directory or creatable, writable), and no comparison files in it unless {@code force}.
     */
    public static void checkDirectory(Path dir, boolean force) {
        // force=true: run's check of its own file names does not apply; ours follows
        ResultWriter.checkDirectory(dir, true);
        if (!Files.isDirectory(dir)) {
            return;
        }
        // a study of 'sahel run' shares the name manifest.json: --force must not overwrite its manifest
        for (String name : List.of(ResultWriter.TIMESERIES, ResultWriter.SUMMARY)) {
            if (Files.exists(dir.resolve(name))) {
                throw new UserError("--out " + dir + ": holds the results of 'sahel run' (" + name
                        + "); choose another --out for the comparison");
            }
        }
        if (force) {
            return;
        }
        for (String name : OUTPUTS) {
            if (Files.exists(dir.resolve(name)) || Files.exists(AtomicFiles.partOf(dir.resolve(name)))) {
                throw new UserError("--out " + dir + ": already holds results (" + name
                        + "); pass --force to replace them or choose another --out");
            }
        }
    }

    /** Creates the directory and clears earlier comparison files (checked with --force); nothing else is touched. */
    public void open() {
        try {
            Files.createDirectories(dir);
            for (String name : OUTPUTS) {
                Files.deleteIfExists(dir.resolve(name));
                Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
            }
        } catch (IOException e) {
            throw new UserError("--out " + dir + ": cannot write results: " + AtomicFiles.reason(e), e);
        }
    }

    /**
     * Writes every file from the pairs added so far. Idempotent: the first call wins (Ctrl-C
     * versus the normal end).
     *
     * @param complete whether every requested pair was run
     */
    public synchronized void finish(boolean complete) {
        if (finished) {
            return;
        }
        finished = true;
        comparison.freeze();
        if (comparison.pairs() == 0) {
            return; // interrupted before the first pair: nothing to report, and nothing half-written
        }
        boolean allWritten = false;
        try {
            text(DIFFERENCES, comparison.differencesCsv());
            text(TOWNS, comparison.townsCsv());
            text(EVENTS, comparison.eventsCsv());
            AtomicFiles.write(dir.resolve(FIGURE), out -> DifferenceFigure.write(comparison, out));
            allWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the comparison to " + dir, e);
        } finally {
            manifest.put("pairsCompleted", comparison.pairs());
            manifest.put("complete", complete && allWritten);
            manifest.put("endTime", Instant.now().toString());
            try {
                AtomicFiles.write(dir.resolve(MANIFEST), out -> JSON.writeValue(out, manifest));
            } catch (IOException e) {
                if (allWritten) {
                    throw new UncheckedIOException("writing " + MANIFEST + " in " + dir, e);
                }
            }
        }
    }

    private void text(String name, String content) throws IOException {
        AtomicFiles.write(dir.resolve(name), out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
