package org.sahelsim.experiment.sweep;

import org.sahelsim.experiment.StudyDirs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.function.IntConsumer;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.AtomicFiles;
import org.sahelsim.experiment.Csv;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.EnvironmentFailure;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.Stats;

/**
 * Runs a sweep into a directory: {@code results.csv} streams row by row in run order (through
 * {@code .results.csv.part} while the sweep runs), then {@code points.csv}, {@code sensitivity.json}
 * (sobol designs) and {@code manifest.json} are written whole. Because rows are written in run
 * order, the rows on disk after any interruption are a prefix of the final file, and
 * {@code --resume} continues after the last complete row: the finished file is byte-identical to
 * that of an uninterrupted sweep.
 */
public final class SweepRunner {
    public static final String RESULTS = "results.csv";
    public static final String POINTS = "points.csv";
    public static final String SENSITIVITY = "sensitivity.json";
    public static final String SENSITIVITY_CSV = "sensitivity.csv";
    public static final String MANIFEST = "manifest.json";
    public static final List<String> OUTPUTS = List.of(RESULTS, POINTS, SENSITIVITY, SENSITIVITY_CSV, MANIFEST);

    /** Bootstrap resamples and confidence level of the Sobol indices' intervals. */
    public static final int BOOTSTRAP_RESAMPLES = SensitivityReport.BOOTSTRAP_RESAMPLES;
    public static final double CONFIDENCE = SensitivityReport.CONFIDENCE;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SweepSpec spec;
    private final SweepJob job;
    private final Path dir;
    private final Map<String, Object> manifest;
    private final List<SweepRun> plan;
    private final String header;
    private volatile Engine engine;
    private volatile boolean finished;
    private Writer results;
    private final List<double[]> outputs = new ArrayList<>();
    private volatile SensitivityReport report;

    /**
     * @param manifest the manifest's fields from the caller (version, command...); the runner adds
     *                 the spec, the design and the completion fields
     */
    public SweepRunner(SweepSpec spec, SweepJob job, Path dir, Map<String, Object> manifest) {
        this.spec = spec;
        this.job = job;
        this.dir = dir;
        this.manifest = new LinkedHashMap<>(manifest);
        this.plan = plan(spec);
        this.header = "point,replication,seed," + String.join(",", spec.factorKeys()) + ","
                + String.join(",", spec.outputNames());
    }

    /** Every run of the sweep, in results.csv order: points in design order, replications within. */
    public static List<SweepRun> plan(SweepSpec spec) {
        List<double[]> points = DesignGenerator.points(spec);
        List<SweepRun> runs = new ArrayList<>(points.size() * spec.replications());
        for (int p = 0; p < points.size(); p++) {
            // "independent": every (point, replication) its own stream; "common": replication r uses
            // the same stream at every point (common random numbers), so that differences between
            // points come from the parameters rather than from the dice. Either way, nested
            // derivation: adding replications keeps the seeds of the earlier ones.
            long pointSeed = spec.commonRandomNumbers() ? spec.seed() : Seeds.forRun(spec.seed(), p);
            for (int r = 0; r < spec.replications(); r++) {
                runs.add(new SweepRun(runs.size(), p, r, Seeds.forRun(pointSeed, r), points.get(p)));
            }
        }
        return runs;
    }

    public List<SweepRun> plan() {
        return plan;
    }

    /** Refuses an output directory before anything is written ({@link StudyDirs#checkOut}). */
    public static void checkDirectory(Path dir, boolean force, boolean resume) {
        StudyDirs.checkOut(dir, force, resume, OUTPUTS, null, null);
    }

    /**
     * Runs what is not yet on disk and writes everything.
     *
     * @param resume   continue the rows on disk (after checking they come from this spec)
     * @param progress told the number of finished runs (including those found on disk) after each row
     * @return true when the sweep is complete; false when it was aborted
     */
    public boolean run(Engine engine, boolean resume, IntConsumer progress) {
        this.engine = engine;
        int done;
        try {
            Files.createDirectories(dir);
            done = resume ? reopen() : 0;
            if (!resume) {
                for (String name : OUTPUTS) {
                    Files.deleteIfExists(dir.resolve(name));
                    Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
                }
                results = openResults(false);
                results.write(header + "\n");
                results.flush();
            }
            writeManifest(false);
        } catch (IOException e) {
            throw failure(dir, e);
        }
        progress.accept(done);
        engine.run(job, plan.subList(done, plan.size()), row -> {
            if (finished) {
                return;
            }
            append(row);
            progress.accept(outputs.size());
        });
        boolean complete = outputs.size() == plan.size();
        finish(complete);
        return complete;
    }

    /** Stops the sweep (Ctrl-C): the rows written so far are kept and the manifest says complete: false. */
    public void interrupt() {
        Engine e = engine;
        if (e != null) {
            e.abort();
        }
        finish(false);
    }

    private synchronized void append(SweepRow row) {
        if (finished) {
            return;
        }
        StringBuilder sb = new StringBuilder(128);
        prefix(sb, row.run());
        for (double v : row.outputs()) {
            sb.append(',');
            Csv.number(sb, v);
        }
        sb.append('\n');
        try {
            results.write(sb.toString());
            results.flush(); // a row on disk is a row that --resume will not run again
        } catch (IOException e) {
            throw failure(AtomicFiles.partOf(dir.resolve(RESULTS)), e);
        }
        outputs.add(row.outputs());
    }

    /** point,replication,seed,values... of a run: what identifies its row. */
    private static void prefix(StringBuilder sb, SweepRun run) {
        sb.append(run.point()).append(',').append(run.replication()).append(',').append(run.seed());
        for (double v : run.values()) {
            sb.append(',');
            Csv.number(sb, v);
        }
    }

    private synchronized void finish(boolean complete) {
        if (finished) {
            return;
        }
        finished = true;
        Path at = dir;
        try {
            if (results != null) {
                at = AtomicFiles.partOf(dir.resolve(RESULTS));
                results.close();
            }
            if (complete) {
                // both to part files first: on a failure nothing is renamed
                at = AtomicFiles.partOf(dir.resolve(POINTS));
                AtomicFiles.writePart(dir.resolve(POINTS), out -> out.write(pointsCsv().getBytes(StandardCharsets.UTF_8)));
                if (spec.design() == Design.SOBOL) {
                    SensitivityReport r = new SensitivityReport(spec, outputs);
                    at = AtomicFiles.partOf(dir.resolve(SENSITIVITY));
                    AtomicFiles.writePart(dir.resolve(SENSITIVITY), out -> JSON.writeValue(out, r.json()));
                    at = AtomicFiles.partOf(dir.resolve(SENSITIVITY_CSV));
                    AtomicFiles.writePart(dir.resolve(SENSITIVITY_CSV), out -> out.write(r.csv().getBytes(StandardCharsets.UTF_8)));
                    report = r;
                }
            }
            if (results != null) {
                at = dir.resolve(RESULTS);
                AtomicFiles.move(AtomicFiles.partOf(dir.resolve(RESULTS)), dir.resolve(RESULTS));
            }
            if (complete) {
                at = dir.resolve(POINTS);
                AtomicFiles.move(AtomicFiles.partOf(dir.resolve(POINTS)), dir.resolve(POINTS));
                if (spec.design() == Design.SOBOL) {
                    at = dir.resolve(SENSITIVITY);
                    AtomicFiles.move(AtomicFiles.partOf(dir.resolve(SENSITIVITY)), dir.resolve(SENSITIVITY));
                    at = dir.resolve(SENSITIVITY_CSV);
                    AtomicFiles.move(AtomicFiles.partOf(dir.resolve(SENSITIVITY_CSV)), dir.resolve(SENSITIVITY_CSV));
                }
            }
            at = dir.resolve(MANIFEST);
            writeManifest(complete);
        } catch (IOException e) {
            finished = false;
            throw failure(at, e);
        }
    }

    /**
     * An I/O failure (disk full...): stops the sweep, keeps results.csv as its part file for
     * --resume, removes half-written files, records the failure in the manifest if the disk still
     * takes it, and says so on one line.
     */
    private EnvironmentFailure failure(Path file, IOException e) {
        String reason = AtomicFiles.reason(e);
        Engine en = engine;
        if (en != null) {
            en.abort();
        }
        if (!finished) {
            finished = true;
            if (results != null) {
                try {
                    results.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            for (String name : List.of(POINTS, SENSITIVITY, SENSITIVITY_CSV, MANIFEST)) {
                try {
                    Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(name)));
                } catch (IOException ignored) {
                    // what is left is hidden and named .part
                }
            }
            manifest.put("failure", file + ": " + reason);
            try {
                writeManifest(false);
            } catch (IOException | RuntimeException ignored) {
                try {
                    Files.deleteIfExists(AtomicFiles.partOf(dir.resolve(MANIFEST)));
                } catch (IOException alsoIgnored) {
                    // nothing more can be done
                }
            }
        }
        return new EnvironmentFailure(file + ": " + reason + " (" + outputs.size() + " of " + plan.size()
                + " runs are in " + dir + "; once fixed, continue with --out " + dir + " --resume)", e);
    }

    public int runsWritten() {
        return outputs.size();
    }

    private void writeManifest(boolean complete) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep", spec.name());
        m.put("specSha256", spec.sha256());
        m.put("scenarioFile", spec.scenarioFile().toString());
        m.put("design", spec.design().id());
        m.put("factors", spec.factorKeys());
        m.put("outputs", spec.outputNames());
        m.put("points", plan.isEmpty() ? 0 : plan.get(plan.size() - 1).point() + 1);
        m.put("replications", spec.replications());
        m.put("seeds", spec.commonRandomNumbers() ? "common" : "independent");
        m.put("runs", plan.size());
        m.put("days", spec.days());
        m.put("baseSeed", spec.seed());
        m.put("engine", engine == null ? null : engine.describe());
        m.put("baseParameters", job.baseParameters().asMap());
        m.putAll(manifest);
        m.put("runsCompleted", outputs.size());
        m.put("complete", complete);
        m.put("endTime", complete || finished ? Instant.now().toString() : null);
        AtomicFiles.write(dir.resolve(MANIFEST), out -> JSON.writeValue(out, m));
    }

    private Writer openResults(boolean append) throws IOException {
        var out = Files.newOutputStream(AtomicFiles.partOf(dir.resolve(RESULTS)), StandardOpenOption.CREATE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Takes up the rows of an interrupted sweep: results.csv (after Ctrl-C) or its part file
     * (after kill -9). A torn last line is cut off; every complete line must be the row this spec
     * plans at that position, else the directory belongs to another sweep. Returns the rows kept.
     */
    private int reopen() throws IOException {
        Path finalFile = dir.resolve(RESULTS);
        Path part = AtomicFiles.partOf(finalFile);
        Path manifestFile = dir.resolve(MANIFEST);
        if (Files.exists(manifestFile)) {
            JsonNode old;
            try {
                old = JSON.readTree(manifestFile.toFile());
            } catch (IOException e) {
                throw new UserError(manifestFile + ": unreadable manifest (" + e.getMessage().lines().findFirst().orElse("")
                        + "); use --force to start again");
            }
            if (!spec.sha256().equals(old.path("specSha256").asText())) {
                throw new UserError("--out " + dir + ": holds results of a different spec (SHA-256 differs); "
                        + "use --force to replace them or choose another --out");
            }
        }
        // the part file is the newer when both exist (kill -9 while streaming after an earlier Ctrl-C)
        Path source = Files.exists(part) ? part : Files.exists(finalFile) ? finalFile : null;
        if (source == null) {
            results = openResults(false);
            results.write(header + "\n");
            results.flush();
            return 0;
        }
        byte[] bytes = Files.readAllBytes(source);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--; // a torn row: cut it, it will be run again
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        int complete = lines.length == 0 ? 0 : lines.length - 1; // split leaves "" after the final \n
        if (complete == 0 || !lines[0].equals(header)) {
            if (complete == 0) {
                end = 0;
            } else {
                throw new UserError(dir.resolve(RESULTS) + ": header differs from this spec's; use --force to start again");
            }
        }
        int rows = Math.max(0, complete - 1);
        if (rows > plan.size()) {
            throw new UserError(dir.resolve(RESULTS) + ": holds more rows than this spec has runs; use --force to start again");
        }
        int nOut = spec.outputs().size();
        for (int i = 0; i < rows; i++) {
            String line = lines[i + 1];
            StringBuilder expected = new StringBuilder();
            prefix(expected, plan.get(i));
            expected.append(',');
            String[] rest = line.startsWith(expected.toString()) ? line.substring(expected.length()).split(",", -1) : null;
            if (rest == null || rest.length != nOut) {
                throw new UserError(dir.resolve(RESULTS) + ":" + (i + 2) + ": not the row this spec plans there "
                        + "(changed spec or edited file); use --force to start again");
            }
            double[] values = new double[nOut];
            try {
                for (int j = 0; j < nOut; j++) {
                    values[j] = rest[j].isEmpty() ? Double.NaN : Double.parseDouble(rest[j]);
                }
            } catch (NumberFormatException e) {
                throw new UserError(dir.resolve(RESULTS) + ":" + (i + 2) + ": an output is not a number ("
                        + e.getMessage() + "); use --force to start again");
            }
            outputs.add(values);
        }
        // checked: now take the rows over (nothing was changed before this point)
        if (source == finalFile) {
            AtomicFiles.move(finalFile, part);
        } else {
            Files.deleteIfExists(finalFile);
        }
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.truncate(end);
        }
        results = openResults(true);
        if (end == 0) {
            results.write(header + "\n");
            results.flush();
        }
        return rows;
    }

    /** Per point: its values, then mean, sd and 95% CI of the mean of each output over replications. */
    private String pointsCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append("point,").append(String.join(",", spec.factorKeys())).append(",replications");
        for (String name : spec.outputNames()) {
            sb.append(',').append(name).append("_mean,").append(name).append("_sd,")
                    .append(name).append("_ci95_low,").append(name).append("_ci95_high");
        }
        sb.append('\n');
        int reps = spec.replications();
        int nOut = spec.outputs().size();
        for (int start = 0; start < plan.size(); start += reps) {
            SweepRun first = plan.get(start);
            sb.append(first.point());
            for (double v : first.values()) {
                sb.append(',');
                Csv.number(sb, v);
            }
            sb.append(',').append(reps);
            for (int o = 0; o < nOut; o++) {
                double[] v = new double[reps];
                for (int r = 0; r < reps; r++) {
                    v[r] = outputs.get(start + r)[o];
                }
                Stats.Description d = Stats.describe(v);
                for (double x : new double[] {d.mean(), d.sd(), d.ci95Low(), d.ci95High()}) {
                    sb.append(',');
                    Csv.number(sb, x);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The Sobol analysis of a complete sobol sweep (null before the sweep completes, or for other designs). */
    public SensitivityReport sensitivityReport() {
        return report;
    }
}
