package org.sahelsim.cli;

import java.io.PrintWriter;
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
import org.sahelsim.core.Parameters;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.ModelEngine;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.compare.Comparison;
import org.sahelsim.experiment.compare.ComparisonWriter;
import org.sahelsim.experiment.compare.DifferenceFigure;
import org.sahelsim.experiment.compare.PairedRunner;
import org.sahelsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sahel compare}: paired Monte Carlo runs of two scenarios (common random numbers: pair i
 * runs both with the seed {@code sahel run} gives run i) and the paired differences with their
 * intervals. Everything the user gave is checked before anything is created.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Paired runs of two scenarios on the same seeds: what differs.",
        description = {"Paired runs of two scenarios on the same seeds, and their differences with 95%% intervals.",
            "Pair i runs BASE and VARIANT with the seed of run i of 'sahel run'. Writes differences.csv,",
            "town-differences.csv, events-by-type.csv, differences.png and manifest.json (see docs/OUTPUTS.md).",
            "Results do not depend on --threads."})
final class CompareCommand implements Callable<Integer> {
    static final int MAX_PAIRS = 100_000;
    static final int MAX_TOWNS_SHOWN = 15;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "BASE",
            description = "The reference scenario: a file, or the name of a shipped scenario (see 'sahel list').")
    String baseArg;

    @picocli.CommandLine.Parameters(index = "1", paramLabel = "VARIANT",
            description = "The scenario compared with it (may be BASE itself with --set-variant). Same startDate as BASE.")
    String variantArg;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "Pairs of runs (default ${DEFAULT-VALUE}, at least 2).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed (default ${DEFAULT-VALUE}); pair i uses SplitMix64 output i+1 of S for both runs.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--days", paramLabel = "D",
            description = "Days to simulate in both (default: the scenarios' 'days'; needed when they differ).")
    Integer days;

    static final int DEFAULT_EVERY = 10;

    @Option(names = "--every", paramLabel = "K",
            description = "differences.csv reports days K, 2K, 3K... and the last day (default 10, or D when shorter).")
    Integer every;

    @Option(names = "--set", paramLabel = "rule.param=value",
            description = "Overrides a rule parameter in both scenarios; repeatable. See 'sahel params'.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--set-base", paramLabel = "rule.param=value",
            description = "Overrides a rule parameter in BASE only, after --set; repeatable.")
    List<String> baseSets = new ArrayList<>();

    @Option(names = "--set-variant", paramLabel = "rule.param=value",
            description = "Overrides a rule parameter in VARIANT only, after --set; repeatable.")
    List<String> variantSets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: results/compare-<base>-vs-<variant>-<yyyyMMdd-HHmmss>/).")
    Path out;

    @Option(names = "--force", description = "Replace comparison results already in DIR.")
    boolean force;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A calibration's posterior.csv: pair i draws its values of the calibrated parameters from it with its seed; both runs of a pair draw the same.")
    Path posteriorFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();

        Path baseFile = ScenarioFiles.resolve(baseArg);
        Scenario base = ScenarioFiles.loadOrReport(baseFile, err);
        if (base == null) {
            return SahelCli.EXIT_USER_ERROR;
        }
        Path variantFile = ScenarioFiles.resolve(variantArg);
        Scenario variant = ScenarioFiles.loadOrReport(variantFile, err);
        if (variant == null) {
            return SahelCli.EXIT_USER_ERROR;
        }
        if (!base.startDate().equals(variant.startDate())) {
            // day d must be the same calendar date in both, or a paired difference mixes seasons and events
            throw new UserError(variantFile + ": starts on " + variant.startDate() + " but " + baseFile + " on "
                    + base.startDate() + " (expected two scenarios with the same startDate)");
        }
        if (runs < 2 || runs > MAX_PAIRS) {
            throw new UserError("--runs " + runs + ": expected a number of pairs from 2 to " + MAX_PAIRS
                    + " (an interval needs at least 2)");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threadCount = threads == null ? cores : threads;
        if (threadCount < 1 || threadCount > 1024) {
            throw new UserError("--threads " + threadCount + ": expected 1 to 1024 (this machine has " + cores + " cores)");
        }
        int dayCount;
        if (days != null) {
            dayCount = days;
            if (dayCount < 1 || dayCount > RunCommand.MAX_DAYS) {
                throw new UserError("--days " + dayCount + ": expected 1 to " + RunCommand.MAX_DAYS);
            }
        } else if (base.days() != variant.days()) {
            // silently cutting the longer one would hide what is compared: the user says how long
            throw new UserError(variantFile + ": runs " + variant.days() + " days but " + baseFile + " " + base.days()
                    + " (expected the same length; pass --days D, e.g. --days " + Math.min(base.days(), variant.days()) + ")");
        } else {
            dayCount = base.days();
        }
        int stride = every == null ? Math.min(DEFAULT_EVERY, dayCount) : every;
        if (stride < 1 || stride > dayCount) {
            throw new UserError("--every " + stride + ": expected a stride in days from 1 to " + dayCount + " (the run's length)");
        }
        Parameters baseParameters = parameters(base, baseSets, "--set-base");
        Parameters variantParameters = parameters(variant, variantSets, "--set-variant");
        Path dir = out != null ? out : Path.of("results", "compare-" + base.name() + "-vs-" + variant.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ComparisonWriter.checkDirectory(dir, force);
        org.sahelsim.experiment.calibrate.Posterior posterior = null;
        if (posteriorFile != null) {
            posterior = org.sahelsim.experiment.calibrate.Posterior.read(posteriorFile);
            for (List<String> list : List.of(sets, baseSets, variantSets)) {
                for (String a : list) {
                    String key = a.contains("=") ? a.substring(0, a.indexOf('=')).trim() : a;
                    if (posterior.keys().contains(key)) {
                        throw new UserError(a + ": " + key + " is drawn from --posterior " + posteriorFile + "; give one or the other");
                    }
                }
            }
        }

        // nothing has been written so far; from here on the comparison runs
        int[] reportDays = reportDays(dayCount, stride);
        Map<String, Object> manifest = manifest(base, baseFile, baseParameters, variant, variantFile, variantParameters,
                dayCount, threadCount, stride, reportDays);
        if (posterior != null) {
            manifest.put("posterior", posteriorFile.toAbsolutePath().normalize().toString());
            manifest.put("posteriorSha256", posterior.sha256());
        }
        Comparison comparison = new Comparison(base.name(), variant.name(), base.startDate(), dayCount, reportDays);
        ComparisonWriter writer = new ComparisonWriter(dir, manifest, comparison);
        PairedRunner runner = new PairedRunner(posterior == null ? new ModelEngine() : new org.sahelsim.experiment.calibrate.PosteriorRuns(posterior).engine(), new PairedRunner.Arm(base, baseParameters),
                new PairedRunner.Arm(variant, variantParameters), dayCount, seed, runs, threadCount);
        writer.open();
        Thread onInterrupt = new Thread(() -> {
            runner.abort();
            writer.finish(false);
            System.err.println(System.lineSeparator() + "sahel: interrupted; " + comparison.pairs() + " of " + runs
                    + " pairs are in " + dir + " (manifest.json: complete false)");
        }, "sahel-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int done;
        try (ProgressBar bar = progressBar()) {
            done = runner.run(p -> {
                comparison.add(p);
                if (bar != null) {
                    bar.step();
                }
            });
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and writes the files
            }
        }
        writer.finish(done == runs);
        comparison.printTable(stdout, MAX_TOWNS_SHOWN);
        stdout.println();
        stdout.println("results: " + dir);
        stdout.flush();
        return 0;
    }

    /**
     * The scenario's parameters with --set, then the flags of one side. Each flag of that side is
     * checked on its own first, so that a bad one is reported under its own name.
     */
    private Parameters parameters(Scenario scenario, List<String> sideSets, String flag) {
        for (String s : sideSets) {
            try {
                ParameterOverrides.resolve(scenario, List.of(s));
            } catch (UserError e) {
                String m = e.getMessage();
                throw new UserError(m.startsWith("--set ") ? flag + m.substring("--set".length()) : m, e);
            }
        }
        List<String> all = new ArrayList<>(sets);
        all.addAll(sideSets);
        return ParameterOverrides.resolve(scenario, all);
    }

    /** K, 2K, 3K... up to D, and D itself. */
    static int[] reportDays(int dayCount, int every) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int d = every; d <= dayCount; d += every) {
            set.add(d);
        }
        set.add(dayCount);
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private Map<String, Object> manifest(Scenario base, Path baseFile, Parameters baseParameters, Scenario variant,
                                         Path variantFile, Parameters variantParameters, int dayCount, int threadCount,
                                         int stride, int[] reportDays) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", "compare");
        m.put("commandLine", commandLine());
        m.put("base", arm(base, baseFile, baseParameters, baseSets));
        m.put("variant", arm(variant, variantFile, variantParameters, variantSets));
        Map<String, Object> differing = new LinkedHashMap<>();
        Map<String, Double> bp = baseParameters.asMap();
        Map<String, Double> vp = variantParameters.asMap();
        for (String key : new TreeSet<>(bp.keySet())) {
            if (!bp.get(key).equals(vp.get(key))) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("base", bp.get(key));
                pair.put("variant", vp.get(key));
                differing.put(key, pair);
            }
        }
        m.put("parameterDifferences", differing);
        m.put("commandLineOverrides", sets);
        m.put("startDate", base.startDate().toString());
        m.put("days", dayCount);
        m.put("pairs", runs);
        m.put("baseSeed", seed);
        m.put("seedDerivation", "pair i (0-based) runs BASE and VARIANT with output i+1 of SplitMix64 seeded with baseSeed,"
                + " the seed of run i in 'sahel run'");
        long[] seeds = new long[runs];
        for (int i = 0; i < runs; i++) {
            seeds[i] = Seeds.forRun(seed, i);
        }
        m.put("runSeeds", seeds);
        m.put("every", stride);
        m.put("reportDays", reportDays);
        m.put("figureMetrics", DifferenceFigure.HEADLINE);
        m.put("threads", threadCount);
        m.put("sahelsimVersion", SahelCli.version());
        m.put("gitCommit", ScenarioFiles.gitCommit());
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("startTime", Instant.now().toString());
        return m;
    }

    private static Map<String, Object> arm(Scenario s, Path file, Parameters parameters, List<String> ownSets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.name());
        m.put("title", s.title());
        m.put("scenarioFile", file.toAbsolutePath().normalize().toString());
        m.put("scenarioSha256", ScenarioFiles.sha256(file));
        m.put("baseScenarios", ScenarioFiles.bases(s));
        m.put("scenarioDays", s.days());
        m.put("parameters", parameters.asMap());
        m.put("overrides", parameters.overrides());
        m.put("ownOverrides", ownSets);
        return m;
    }

    /** The arguments as given after 'sahel', for the manifest. */
    private List<String> commandLine() {
        List<String> args = new ArrayList<>(List.of("sahel"));
        if (spec.commandLine().getParseResult() != null) {
            args.addAll(spec.commandLine().getParseResult().originalArgs());
        }
        return args;
    }

    /** A progress bar with ETA on stderr, only when the user is watching it on a terminal. */
    private ProgressBar progressBar() {
        if (!Terminal.stderrIsTerminal()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("pairs").setInitialMax(runs).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }
}
