package org.sahelsim.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.StudyDirs;
import org.sahelsim.experiment.StudyLock;
import org.sahelsim.experiment.calibrate.AbcSmc;
import org.sahelsim.experiment.calibrate.CalibrationRunner;
import org.sahelsim.experiment.calibrate.CalibrationSpec;
import org.sahelsim.experiment.calibrate.CalibrationSpecLoader;
import org.sahelsim.experiment.calibrate.ModelSimulation;
import org.sahelsim.experiment.sweep.ModelRuns;
import org.sahelsim.experiment.sweep.ScenarioText;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sahel calibrate SPEC}: ABC-SMC calibration of rule parameters on documented facts (docs/CALIBRATION.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        header = "ABC-SMC calibration of rule parameters on documented facts.",
        description = {"Estimates the parameters of a calibration spec (scenarios/calibration/*.json) by sequential Monte Carlo",
            "approximate Bayesian computation (docs/CALIBRATION.md). Writes posterior.csv, generations.csv, calibration.json,",
            "posterior.png, checkpoint.json and manifest.json into DIR."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SPEC", description = "Calibration spec (.json), e.g. scenarios/calibration/serval-2013.json.")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<spec>-<timestamp>/).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--budget", paramLabel = "N", description = "Most model runs in all; a generation that would pass it is not started or finished.")
    Long budget;

    @Option(names = "--resume", description = "Continue the calibration in DIR from its last complete generation.")
    boolean resume;

    @Option(names = "--force", description = "Replace results already in DIR.")
    boolean force;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (threads of this JVM, default) or spark (embedded local[T], or --master URL).")
    String engineName;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (spark engine only).")
    String master;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        if (threads < 0) {
            throw new UserError("--threads " + threads + ": expected 0 (all cores) or a positive number");
        }
        if (budget != null && budget < 1) {
            throw new UserError("--budget " + budget + ": expected a positive number of runs");
        }
        if (master != null && !"spark".equals(engineName)) {
            throw new UserError("--master is for --engine spark only");
        }
        if (resume && out == null) {
            throw new UserError("--resume needs --out DIR (the directory of the calibration to continue)");
        }
        Engine.Factory factory = Engine.named(engineName);
        Scenario[] scenario = new Scenario[1];
        CalibrationSpec spec = CalibrationSpecLoader.load(specFile, p -> scenario[0] = new ScenarioText(p.toString(), ScenarioFiles.read(p)).get());
        long cap = budget == null ? Long.MAX_VALUE : budget;
        if (cap < (long) spec.population() * spec.replications()) {
            throw new UserError("--budget " + cap + ": less than one generation needs (population " + spec.population()
                    + " x replications " + spec.replications() + " = " + (long) spec.population() * spec.replications() + " runs)");
        }
        if (out != null) {
            CalibrationRunner.checkDirectory(out, force, resume);
        }
        try (Engine engine = factory.create(threads, master)) {
            Path dir = out != null ? StudyDirs.createOrKeep(out) : StudyDirs.createUnique(StudyDirs.defaultFor(spec.name()));
            try (StudyLock lock = StudyLock.acquire(dir)) {
                return calibrate(spec, scenario[0], dir, engine, lock, cap);
            }
        }
    }

    private int calibrate(CalibrationSpec spec, Scenario scenario, Path dir, Engine engine, StudyLock lock, long cap) {
        String text = ScenarioFiles.read(spec.scenarioFile());
        ScenarioText source = new ScenarioText(spec.scenarioFile().toString(), text);
        ModelSimulation calibration = new ModelSimulation(source, new ModelRuns(), spec.keys(), spec.fitted(), spec.days(), spec.replications());
        ModelSimulation predictive = new ModelSimulation(source, new ModelRuns(), spec.keys(), spec.targets(), spec.predictiveDays(), 1);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("specFile", specFile.toString());
        manifest.put("specSha256", spec.sha256());
        manifest.put("scenario", scenario.name());
        manifest.put("scenarioSha256", ScenarioFiles.sha256(spec.scenarioFile()));
        manifest.put("startDate", scenario.startDate().toString());
        manifest.put("sahelsimVersion", SahelCli.version());
        manifest.put("gitCommit", ScenarioFiles.gitCommit());
        manifest.put("engine", engine.describe());
        manifest.put("budget", cap == Long.MAX_VALUE ? null : cap);
        manifest.put("startTime", Instant.now().toString());
        manifest.put("resumed", resume);
        CalibrationRunner runner = new CalibrationRunner(spec, calibration, predictive,
                CalibrationRunner.defaultsOf(spec, RuleSet.CATALOG.defaults().withAll(scenario.parameters())), dir, manifest);
        long started = System.nanoTime();
        AbcSmc.State state;
        try (ProgressBar bar = Terminal.stderrIsTerminal() ? new ProgressBarBuilder().setTaskName("calibrate")
                .setInitialMax(cap == Long.MAX_VALUE ? -1 : cap).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .showSpeed().continuousUpdate().build() : null) {
            Thread hook = new Thread(() -> {
                runner.interrupt();
                lock.close();
                System.err.println(System.lineSeparator() + "sahel: interrupted; the generations finished so far are in " + dir
                        + "; continue with: sahel calibrate " + specFile + " --out " + dir + " --resume");
                System.err.flush();
            }, "sahel-calibrate-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                state = runner.run(engine, resume, cap, new CalibrationRunner.Progress() {
                    @Override
                    public void simulated(long simulations, int generation, double epsilon) {
                        if (bar != null) {
                            bar.stepTo(simulations);
                            bar.setExtraMessage(" generation " + generation + (Double.isInfinite(epsilon) ? ", prior"
                                    : String.format(Locale.ROOT, ", epsilon %.3g", epsilon)));
                        }
                    }

                    @Override
                    public void predictive(int done, int total) {
                        if (bar != null) {
                            bar.setExtraMessage(" posterior predictive " + done + "/" + total);
                        }
                    }
                });
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook is running
                }
            }
        }
        var o = command.commandLine().getOut();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (state.population() == null) {
            o.println("calibrate " + spec.name() + ": stopped (" + state.stopped() + ") before generation 0 was complete; nothing to report in " + dir);
            o.flush();
            return 1;
        }
        boolean complete = !"interrupted".equals(state.stopped());
        o.println(String.format(Locale.ROOT, "calibrate %s: %d generations, final epsilon %.4g, %d simulations in %.0f s; stopped: %s; %s",
                spec.name(), state.generations().size(), state.epsilon(), state.simulations(), seconds, state.stopped(), dir));
        if (complete) {
            o.println("posterior medians and 90% intervals, the posterior-predictive fit of every target: " + dir.resolve(CalibrationRunner.CALIBRATION));
        }
        o.flush();
        return complete ? 0 : 1;
    }
}
