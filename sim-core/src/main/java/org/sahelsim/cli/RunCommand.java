package org.sahelsim.cli;

import org.sahelsim.core.UserError;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
        description = {"Runs N replications of a scenario in parallel and writes manifest.json, timeseries.csv, towns.csv,",
            "events.csv, summary.json and map.png (see docs/OUTPUTS.md). Results do not depend on --threads."})
final class RunCommand implements Callable<Integer> {
    static final int MAX_RUNS = 1_000_000;
    static final int MAX_DAYS = 3650;
    static final int[] DEFAULT_SUMMARY_DAYS = {7, 14, 30, 60, 90, 180, 365, 730, 1095};

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Scenario file, or the name of a shipped scenario (see 'sahel list').")
    String scenarioArg;

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

    @Option(names = "--force", description = "Replace results already in DIR.")
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

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (spark engine only), e.g. spark://host:7077.")
    String master;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();

        if (master != null && !"spark".equals(engineName)) {
            throw new UserError("--master is for --engine spark only");
        }
        Engine.Factory factory = Engine.named(engineName);
        Path file = ScenarioFiles.resolve(scenarioArg);
        Scenario scenario = ScenarioFiles.loadOrReport(file, err);
        if (scenario == null) {
            return SahelCli.EXIT_USER_ERROR;
        }
        String scenarioText = ScenarioFiles.read(file);
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UserError("--runs " + runs + ": expected a number of replications from 1 to " + MAX_RUNS);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threadCount = threads == null ? cores : threads;
        if (threadCount < 1 || threadCount > 1024) {
            throw new UserError("--threads " + threadCount + ": expected 1 to 1024 (this machine has " + cores + " cores)");
        }
        int dayCount = days == null ? scenario.days() : days;
        if (dayCount < 1 || dayCount > MAX_DAYS) {
            throw new UserError("--days " + dayCount + ": expected 1 to " + MAX_DAYS);
        }
        Parameters parameters = ParameterOverrides.resolve(scenario, sets);
        int[] reportDays = reportDays(dayCount);
        int[] snapshotDays = snapshotDays(dayCount);
        Path dir = out != null ? out : Path.of("results", scenario.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultWriter.checkDirectory(dir, force);

        // nothing has been written so far; from here on the study runs
        Map<String, Object> manifest = manifest(scenario, file, parameters, dayCount, threadCount, reportDays);
        MonteCarloJob job = new MonteCarloJob(new ScenarioText(file.toString(), scenarioText), new ModelRuns(), parameters,
                dayCount, reportDays, seed);
        Engine engine = factory.create(threads == null ? 0 : threadCount, master);
        manifest.put("engine", engine.describe());
        MonteCarloRunner runner = new MonteCarloRunner(job, runs, engine);
        Summary summary = new Summary(scenario, reportDays, dayCount);
        ResultWriter writer = new ResultWriter(dir, manifest, summary, new StudyMap(MaliMap.get()));
        writer.open();
        Thread onInterrupt = new Thread(() -> {
            runner.abort();
            writer.finish(false);
            System.err.println(System.lineSeparator() + "sahel: interrupted; " + summary.runs() + " of " + runs
                    + " runs are complete in " + dir + " (manifest.json: complete false)");
        }, "sahel-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int done;
        try (ProgressBar bar = progressBar()) {
            done = runner.run(r -> {
                writer.write(r);
                if (bar != null) {
                    bar.step();
                }
            });
        } finally {
            engine.close();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and finishes the files
            }
        }
        writer.finish(done == runs);
        if (snapshotDays.length > 0 && done == runs) {
            List<Path> pictures = RunSnapshots.write(scenario, parameters, Seeds.forRun(seed, 0), dayCount, snapshotDays,
                    dir, SnapshotRenderer.DEFAULT_WIDTH_PX);
            err.println("sahel: " + pictures.size() + " snapshot(s) of run 0 written to " + dir);
            err.flush();
        }
        summary.printTable(stdout);
        stdout.println();
        stdout.println("results: " + dir);
        stdout.flush();
        return 0;
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

    private Map<String, Object> manifest(Scenario scenario, Path file, Parameters parameters, int dayCount,
                                         int threadCount, int[] reportDays) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario.name());
        m.put("title", scenario.title());
        m.put("scenarioFile", file.toAbsolutePath().normalize().toString());
        m.put("scenarioSha256", ScenarioFiles.sha256(file));
        m.put("startDate", scenario.startDate().toString());
        m.put("days", dayCount);
        m.put("runs", runs);
        m.put("baseSeed", seed);
        m.put("seedDerivation", "run i (0-based) uses output i+1 of SplitMix64 seeded with baseSeed");
        m.put("threads", threadCount);
        m.put("summaryDays", reportDays);
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
    private ProgressBar progressBar() {
        if (!Terminal.stderrIsTerminal()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("runs").setInitialMax(runs).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }
}
