package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.core.UserError;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sahelsim.experiment.StudyMap;
import org.sahelsim.experiment.OutputOptions;
import org.sahelsim.experiment.FatalitiesByYear;
import org.sahelsim.experiment.AtomicFiles;
import org.sahelsim.experiment.EnvironmentFailure;
import org.sahelsim.experiment.StudyDirs;
import org.sahelsim.experiment.StudyLock;
import org.sahelsim.map.MaliMap;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.MonteCarloJob;
import org.sahelsim.experiment.sweep.ModelRuns;
import org.sahelsim.experiment.sweep.ScenarioText;
import org.sahelsim.experiment.MonteCarloRunner;
import org.sahelsim.experiment.ResultWriter;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.Summary;
import org.sahelsim.gui.RunSnapshots;
import org.sahelsim.gui.SnapshotRenderer;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sahel run}: a Monte Carlo study of one scenario. Everything the user gave is checked
 * (scenario, flags, output directory) before anything is created.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Monte Carlo study: N replications of a scenario, with results.",
        description = {"Runs N replications of a scenario in parallel and writes manifest.json, timeseries.csv, towns.csv,",
            "events.csv, events-aggregated.csv, fatalities-by-year.csv, summary.json and map.png (see docs/OUTPUTS.md);",
            "the tables as .csv.gz for long studies (--compress). Results do not depend on --threads."})
final class RunCommand implements Callable<Integer> {
    static final int MAX_RUNS = 1_000_000;
    static final int MAX_DAYS = 3650;
    static final int[] DEFAULT_SUMMARY_DAYS = {7, 14, 30, 60, 90, 180, 365, 730, 1095};

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file, or the name of a shipped scenario (see 'sahel list').")
    String scenarioArg;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the interrupted study in DIR (Ctrl-C, kill -9, full disk): its finished runs are kept, "
                    + "the rest run; the result is byte-identical to an uninterrupted study. Settings come from DIR/manifest.json.")
    Path resumeDir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "Replications (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed (default ${DEFAULT-VALUE}); run i uses SplitMix64 output i+1 of S.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--days", paramLabel = "D", description = "Days to simulate (default: the scenario's 'days').")
    Integer days;

    @Option(names = "--set", paramLabel = "rule.param=value",
            description = "Overrides a rule parameter after the scenario's own overrides; repeatable. See 'sahel params'.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<scenario>-<yyyyMMdd-HHmmss>/).")
    Path out;

    @Option(names = "--force", description = "Replace results already in DIR (and its old snapshots).")
    boolean force;

    @Option(names = "--summary-days", paramLabel = "D1,D2,...", split = ",",
            description = "Days reported in summary.json besides the final day (default 7,14,30,60,90,180,365,730,1095 up to D).")
    List<Integer> summaryDays;

    @Option(names = "--snapshots", paramLabel = "D1,D2,...", split = ",",
            description = "Also draw the map of the first run at these days: snapshot-<day>.png in DIR (see docs/GUI.md).")
    List<Integer> snapshots;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (threads of this JVM, default) or spark (embedded local[T], or --master URL); same results.")
    String engineName;

    @Option(names = "--compress", paramLabel = "auto|gzip|none", defaultValue = "auto",
            description = "Write the tables as .csv.gz (gzip) or .csv (none); auto (default): gzip when runs x days exceeds "
                    + OutputOptions.AUTO_GZIP_RUN_DAYS + ".")
    String compress;

    @Option(names = "--events", paramLabel = "all|none|first:K|every:K", defaultValue = OutputOptions.DEFAULT_EVENTS,
            description = "Runs whose events are written in full to events.csv (default ${DEFAULT-VALUE}: runs 0..99); "
                    + "the aggregate table and fatalities-by-year.csv count every run's events.")
    String eventsSpec;

    @Option(names = "--timeseries", paramLabel = "all|none|first:K|every:K", defaultValue = OutputOptions.DEFAULT_TIMESERIES,
            description = "Runs whose daily rows are written to timeseries.csv (default ${DEFAULT-VALUE}); summary.json covers every run.")
    String timeseriesSpec;

    @Option(names = "--aggregate", paramLabel = "PERIOD:PLACE|none", defaultValue = OutputOptions.DEFAULT_AGGREGATE,
            description = "events-aggregated.csv: events and deaths of every run by day or month and region or cell (PRIO-GRID), "
                    + "and ACLED event type (default ${DEFAULT-VALUE}; none for no table).")
    String aggregateSpec;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (spark engine only), e.g. spark://host:7077.")
    String master;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A calibration's posterior.csv: each run draws its values of the calibrated parameters from it (by weight, from its own seed).")
    Path posteriorFile;

    /** The model the runs use: with the posterior's draws under --posterior. */
    private org.sahelsim.experiment.Source<org.sahelsim.experiment.RunEngine> runModel = new ModelRuns();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (master != null && !"spark".equals(engineName)) {
            throw new UserError("--master is for --engine spark only");
        }
        Engine.Factory factory = Engine.named(engineName);
        int cores = Runtime.getRuntime().availableProcessors();
        int threadCount = threads == null ? cores : threads;
        if (threadCount < 1 || threadCount > 1024) {
            throw new UserError("--threads " + threadCount + ": expected 1 to 1024 (this machine has " + cores + " cores)");
        }
        if (resumeDir != null) {
            return resume(factory, threadCount, err);
        }
        if (scenarioArg == null) {
            throw new UserError("missing SCENARIO: give a scenario file or name (see 'sahel list'), or --resume DIR");
        }
        Path file = ScenarioFiles.resolve(scenarioArg);
        Scenario scenario = ScenarioFiles.loadOrReport(file, err);
        if (scenario == null) {
            return SahelCli.EXIT_USER_ERROR;
        }
        String scenarioText = ScenarioFiles.read(file);
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UserError("--runs " + runs + ": expected a number of replications from 1 to " + MAX_RUNS);
        }
        int dayCount = days == null ? scenario.days() : days;
        if (dayCount < 1 || dayCount > MAX_DAYS) {
            throw new UserError("--days " + dayCount + ": expected 1 to " + MAX_DAYS);
        }
        Parameters parameters = ParameterOverrides.resolve(scenario, sets);
        OutputOptions outputs = OutputOptions.parse(compress, eventsSpec, timeseriesSpec, aggregateSpec, runs, dayCount);
        org.sahelsim.experiment.calibrate.Posterior posterior = posteriorFile == null ? null : usePosterior(posteriorFile, sets);
        int[] reportDays = reportDays(dayCount);
        int[] snapshotDays = snapshotDays(dayCount);
        if (out != null) {
            ResultWriter.checkDirectory(out, force);
        }

        // nothing has been written so far; from here on the study runs
        // the engine first: a cluster that cannot be reached leaves no directory behind
        try (Engine engine = factory.create(threads == null ? 0 : threadCount, master)) {
            Path dir = out != null ? StudyDirs.createOrKeep(out) : StudyDirs.createUnique(StudyDirs.defaultFor(scenario.name()));
            try (StudyLock lock = StudyLock.acquire(dir)) {
                if (!force && ResultWriter.resultIn(dir) != null) { // a study that started after our check
                    ResultWriter.checkDirectory(dir, false);
                }
                Map<String, Object> manifest = manifest(scenario, file, parameters, dayCount, threadCount, reportDays, snapshotDays);
                manifest.put("outputs", outputs.toManifest());
                if (posterior != null) {
                    manifest.put("posterior", posteriorFile.toAbsolutePath().normalize().toString());
                    manifest.put("posteriorSha256", posterior.sha256());
                }
                return study(engine, scenario, new ScenarioText(file.toString(), scenarioText), parameters, dayCount,
                        reportDays, snapshotDays, seed, runs, dir, manifest, false, lock, outputs);
            }
        }
    }

    /** {@code --resume DIR}: the study's settings come from its manifest; the runs on disk are kept. */
    private int resume(Engine.Factory factory, int threadCount, PrintWriter err) {
        for (String o : List.of("--runs", "--seed", "--days", "--set", "--out", "--force", "--summary-days", "--snapshots",
                "--compress", "--events", "--timeseries", "--aggregate")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new UserError("--resume takes the study's settings from " + resumeDir.resolve(ResultWriter.MANIFEST)
                        + "; " + o + " cannot be given with it");
            }
        }
        if (scenarioArg != null) {
            throw new UserError("--resume takes the scenario from " + resumeDir.resolve(ResultWriter.MANIFEST)
                    + "; give no SCENARIO with it");
        }
        if (!Files.isDirectory(resumeDir)) {
            throw new UserError("--resume " + resumeDir + ": no such directory (expected the directory of an interrupted study)");
        }
        Path manifestFile = resumeDir.resolve(ResultWriter.MANIFEST);
        Map<String, Object> manifest;
        try {
            manifest = MANIFEST_READER.readValue(manifestFile.toFile(), new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new UserError(manifestFile + ": not a study's manifest (" + firstLine(e) + "); nothing to resume");
        }
        if (Boolean.TRUE.equals(manifest.get("complete"))) {
            throw new UserError("--resume " + resumeDir + ": the study is complete (manifest.json: complete true); nothing to resume");
        }
        try {
            Path file = Path.of((String) manifest.get("scenarioFile"));
            int n = ((Number) manifest.get("runs")).intValue();
            long base = ((Number) manifest.get("baseSeed")).longValue();
            int dayCount = ((Number) manifest.get("days")).intValue();
            int[] reportDays = ((List<?>) manifest.get("summaryDays")).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
            Object snaps = manifest.get("snapshots");
            int[] snapshotDays = snaps == null ? new int[0] : ((List<?>) snaps).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
            Map<String, Double> values = new LinkedHashMap<>();
            ((Map<?, ?>) manifest.get("parameters")).forEach((k, v) -> values.put((String) k, ((Number) v).doubleValue()));
            if (!Files.isRegularFile(file)) {
                throw new UserError(manifestFile + ": the study's scenario " + file + " is gone; nothing to resume");
            }
            Scenario scenario = ScenarioFiles.loadOrReport(file, err);
            if (scenario == null) {
                return SahelCli.EXIT_USER_ERROR;
            }
            if (!ScenarioFiles.sha256(file).equals(manifest.get("scenarioSha256"))) {
                throw new UserError(file + ": changed since the study started (SHA-256 differs from " + manifestFile
                        + "); resuming would mix two scenarios, so start a new study");
            }
            if (!ScenarioFiles.bases(scenario).equals(manifest.getOrDefault("baseScenarios", List.of()))) {
                throw new UserError(file + ": a scenario it extends changed since the study started (baseScenarios differ from "
                        + manifestFile + "); resuming would mix two scenarios, so start a new study");
            }
            if (n < 1 || n > MAX_RUNS || dayCount < 1 || dayCount > MAX_DAYS || reportDays.length == 0) {
                throw new UserError(manifestFile + ": runs, days or summaryDays out of range; nothing to resume");
            }
            Parameters parameters;
            try {
                parameters = RuleSet.CATALOG.defaults().withAll(values);
            } catch (IllegalArgumentException e) {
                throw new UserError(manifestFile + ": parameters: " + e.getMessage());
            }
            // studies from before the output options wrote every run in plain CSV, without the aggregate table
            Map<?, ?> o = (Map<?, ?>) manifest.get("outputs");
            OutputOptions outputs = o == null ? OutputOptions.EVERYTHING_PLAIN
                    : OutputOptions.parse((String) o.get("compress"), (String) o.get("events"), (String) o.get("timeseries"),
                            (String) o.get("aggregate"), n, dayCount);
            String text = ScenarioFiles.read(file);
            try (Engine engine = factory.create(threads == null ? 0 : threadCount, master);
                 StudyLock lock = StudyLock.acquire(resumeDir)) {
                manifest.put("threads", threadCount);
                manifest.put("resumedAt", Instant.now().toString());
                manifest.remove("failure");
                if (manifest.get("posterior") != null) {
                    org.sahelsim.experiment.calibrate.Posterior p = usePosterior(Path.of((String) manifest.get("posterior")), null);
                    if (!p.sha256().equals(manifest.get("posteriorSha256"))) {
                        throw new UserError(manifest.get("posterior") + ": changed since the study started (SHA-256 differs from "
                                + manifestFile + "); start a new study");
                    }
                }
                return study(engine, scenario, new ScenarioText(file.toString(), text), parameters, dayCount,
                        reportDays, snapshotDays, base, n, resumeDir, manifest, true, lock, outputs);
            }
        } catch (ClassCastException | NullPointerException e) {
            throw new UserError(manifestFile + ": a field is missing or of the wrong type (not written by 'sahel run'); nothing to resume");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MANIFEST_READER = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse("");
    }

    /** Runs (or continues) a study into {@code dir}, which this process has locked. */
    private int study(Engine engine, Scenario scenario, ScenarioText source, Parameters parameters,
                      int dayCount, int[] reportDays, int[] snapshotDays, long baseSeed, int runCount, Path dir,
                      Map<String, Object> manifest, boolean resuming, StudyLock lock, OutputOptions outputs) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        MonteCarloJob job = new MonteCarloJob(source, runModel, parameters, dayCount, reportDays, baseSeed, outputs);
        {
            manifest.put("engine", engine.describe());
            MonteCarloRunner runner = new MonteCarloRunner(job, runCount, engine);
            Summary summary = new Summary(scenario, reportDays, dayCount);
            ResultWriter writer = new ResultWriter(dir, manifest, summary, new StudyMap(MaliMap.get()), outputs,
                    new FatalitiesByYear(scenario.startDate(), dayCount));
            int from = 0;
            if (resuming) {
                from = writer.resume(runCount);
                err.println("sahel: resuming " + dir + ": " + from + " of " + runCount + " runs kept");
                err.flush();
            } else {
                writer.open();
            }
            boolean[] interrupted = {false};
            Thread onInterrupt = new Thread(() -> {
                interrupted[0] = true;
                runner.abort();
                try {
                    writer.finish(false);
                } catch (EnvironmentFailure f) {
                    System.err.println("sahel: " + f.getMessage());
                }
                lock.close();
                // the whole table, here: the JVM ends when this hook does, so the main thread cannot be relied on
                summary.printTable(stdout);
                stdout.println();
                stdout.flush();
                System.err.println(System.lineSeparator() + "sahel: interrupted; " + summary.runs() + " of " + runCount
                        + " runs are complete in " + dir + " (manifest.json: complete false); continue with: sahel run --resume " + dir);
                System.err.flush();
            }, "sahel-interrupt");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            int done;
            try (ProgressBar bar = progressBar(runCount, from)) {
                done = from + runner.run(from, r -> {
                    writer.write(r);
                    if (bar != null) {
                        bar.step();
                    }
                });
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running and finishes the files: wait for it, so that the summary below is not cut
                    waitFor(onInterrupt);
                }
            }
            if (interrupted[0]) {
                waitFor(onInterrupt);
                return SahelCli.EXIT_ENVIRONMENT;
            }
            boolean complete = done == runCount;
            if (complete && snapshotDays.length > 0) {
                // drawn before the final manifest, so that a complete study has its pictures
                List<Path> pictures = RunSnapshots.write(scenario, parameters, Seeds.forRun(baseSeed, 0), dayCount, snapshotDays,
                        dir, SnapshotRenderer.DEFAULT_WIDTH_PX);
                err.println("sahel: " + pictures.size() + " snapshot(s) of run 0 written to " + dir);
                err.flush();
            }
            writer.finish(complete);
            summary.printTable(stdout);
            stdout.println();
            stdout.println("results: " + dir);
            stdout.flush();
            return complete ? 0 : SahelCli.EXIT_ENVIRONMENT;
        }
    }

    private static void waitFor(Thread t) {
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int[] snapshotDays(int dayCount) {
        if (snapshots == null) {
            return new int[0];
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (Integer d : snapshots) {
            if (d == null || d < 1 || d > dayCount) {
                throw new UserError("--snapshots " + d + ": expected days from 1 to " + dayCount + " (the run's length)");
            }
            set.add(d);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] reportDays(int dayCount) {
        TreeSet<Integer> set = new TreeSet<>();
        if (summaryDays == null) {
            for (int d : DEFAULT_SUMMARY_DAYS) {
                if (d < dayCount) {
                    set.add(d);
                }
            }
        } else {
            for (Integer d : summaryDays) {
                if (d == null || d < 1 || d > dayCount) {
                    throw new UserError("--summary-days " + d + ": expected days from 1 to " + dayCount + " (the run's length)");
                }
                set.add(d);
            }
        }
        set.add(dayCount);
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reads --posterior FILE; a --set of a parameter the posterior gives is refused (one of them would be ignored). */
    private org.sahelsim.experiment.calibrate.Posterior usePosterior(Path file, List<String> setArgs) {
        org.sahelsim.experiment.calibrate.Posterior p = org.sahelsim.experiment.calibrate.Posterior.read(file);
        if (setArgs != null) {
            for (String a : setArgs) {
                String key = a.contains("=") ? a.substring(0, a.indexOf('=')).trim() : a;
                if (p.keys().contains(key)) {
                    throw new UserError("--set " + a + ": " + key + " is drawn from --posterior " + file + "; give one or the other");
                }
            }
        }
        runModel = new org.sahelsim.experiment.calibrate.PosteriorRuns(p);
        return p;
    }

    private Map<String, Object> manifest(Scenario scenario, Path file, Parameters parameters, int dayCount,
                                         int threadCount, int[] reportDays, int[] snapshotDays) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario.name());
        m.put("title", scenario.title());
        m.put("scenarioFile", file.toAbsolutePath().normalize().toString());
        m.put("scenarioSha256", ScenarioFiles.sha256(file));
        m.put("baseScenarios", ScenarioFiles.bases(scenario));
        m.put("startDate", scenario.startDate().toString());
        m.put("days", dayCount);
        m.put("runs", runs);
        m.put("baseSeed", seed);
        m.put("seedDerivation", "run i (0-based) uses output i+1 of SplitMix64 seeded with baseSeed");
        m.put("threads", threadCount);
        m.put("summaryDays", reportDays);
        m.put("snapshots", snapshotDays);
        m.put("parameters", parameters.asMap());
        m.put("overrides", parameters.overrides());
        m.put("commandLineOverrides", sets);
        m.put("sahelsimVersion", SahelCli.version());
        m.put("gitCommit", ScenarioFiles.gitCommit());
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("startTime", Instant.now().toString());
        return m;
    }

    /** A progress bar with ETA on stderr, only when the user is watching it on a terminal. */
    private static ProgressBar progressBar(int runCount, int from) {
        if (!Terminal.stderrIsTerminal()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("runs").setInitialMax(runCount).startsFrom(from, java.time.Duration.ZERO).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }
}
