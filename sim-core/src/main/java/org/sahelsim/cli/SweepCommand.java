package org.sahelsim.cli;

import org.sahelsim.core.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sahelsim.experiment.EnvironmentFailure;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.StudyDirs;
import org.sahelsim.experiment.StudyLock;
import org.sahelsim.experiment.sweep.ModelRuns;
import org.sahelsim.experiment.sweep.OutputSpec;
import org.sahelsim.experiment.sweep.ScenarioText;
import org.sahelsim.experiment.sweep.SweepJob;
import org.sahelsim.experiment.sweep.SweepRunner;
import org.sahelsim.experiment.sweep.SweepSpec;
import org.sahelsim.experiment.sweep.SweepSpecLoader;
import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel sweep SPEC}: a parameter sweep or Sobol sensitivity analysis (docs/SWEEPS.md). */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Parameter sweep or Sobol sensitivity analysis from a spec file.",
        description = {"Runs a parameter sweep or a Sobol sensitivity analysis described by a spec file (docs/SWEEPS.md).",
            "Writes results.csv, points.csv, sensitivity.json and sensitivity.csv (sobol) and manifest.json into DIR;",
            "for a sobol design, prints the indices with their intervals, noise shares and reliability flags."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SPEC", description = "Sweep spec (.json), e.g. scenarios/sweeps/kidal-air-redoubt.json.")
    Path specFile;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (threads of this JVM, default) or spark (embedded local[T], or --master URL).")
    String engineName;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Worker threads (default: all cores); for spark without --master, local[T].")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<spec>-<timestamp>/).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted sweep in DIR: keep the rows on disk, run the rest.")
    boolean resume;

    @Option(names = "--force", description = "Replace results already in DIR.")
    boolean force;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (spark engine only), e.g. spark://host:7077.")
    String master;

    @Option(names = "--no-summary", description = "Do not print the Sobol indices (sobol designs) after the sweep; they are in sensitivity.csv/json.")
    boolean quiet;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        if (threads < 0) {
            throw new UserError("--threads " + threads + ": expected 0 (all cores) or a positive number");
        }
        if (master != null && !"spark".equals(engineName)) {
            throw new UserError("--master is for --engine spark only");
        }
        Engine.Factory factory = Engine.named(engineName);
        if (resume && out == null) {
            throw new UserError("--resume needs --out DIR (the directory of the sweep to continue)");
        }
        Path scenarioFile;
        Scenario[] scenario = new Scenario[1];
        SweepSpec spec = SweepSpecLoader.load(specFile, p -> {
            scenario[0] = new ScenarioText(p.toString(), ScenarioFiles.read(p)).get();
            return scenario[0].days();
        });
        scenarioFile = spec.scenarioFile();
        if (scenario[0] == null) {
            scenario[0] = new ScenarioText(scenarioFile.toString(), ScenarioFiles.read(scenarioFile)).get();
        }
        checkTowns(spec);
        if (out != null) {
            SweepRunner.checkDirectory(out, force, resume);
        }
        // nothing has been written so far
        // the engine first: a cluster that cannot be reached leaves no directory behind
        try (Engine engine = factory.create(threads, master)) {
            Path dir = out != null ? StudyDirs.createOrKeep(out) : StudyDirs.createUnique(StudyDirs.defaultFor(spec.name()));
            try (StudyLock lock = StudyLock.acquire(dir)) {
                if (out != null) {
                    SweepRunner.checkDirectory(dir, force, resume); // a study that started after our check
                }
                return sweep(spec, scenario[0], scenarioFile, dir, engine, lock);
            }
        }
    }

    private int sweep(SweepSpec spec, Scenario scenario0, Path scenarioFile, Path dir, Engine engine, StudyLock lock) {
        Scenario[] scenario = {scenario0};

        SweepJob job = new SweepJob(new ScenarioText(scenarioFile.toString(), ScenarioFiles.read(scenarioFile)), new ModelRuns(), spec);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("specFile", specFile.toString());
        manifest.put("scenario", scenario[0].name());
        manifest.put("scenarioSha256", ScenarioFiles.sha256(scenarioFile));
        manifest.put("baseScenarios", ScenarioFiles.bases(scenario[0]));
        manifest.put("sahelsimVersion", SahelCli.version());
        manifest.put("gitCommit", ScenarioFiles.gitCommit());
        manifest.put("startTime", Instant.now().toString());
        manifest.put("resumed", resume);
        SweepRunner runner = new SweepRunner(spec, job, dir, manifest);
        int total = runner.plan().size();

        boolean complete;
        try (ProgressBar bar = Terminal.stderrIsTerminal() ? new ProgressBarBuilder().setTaskName("sweep")
                     .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                     .showSpeed().continuousUpdate().build() : null) {
            Thread hook = new Thread(() -> {
                try {
                    runner.interrupt();
                } catch (EnvironmentFailure f) {
                    System.err.println("sahel: " + f.getMessage());
                }
                lock.close();
                System.err.println(System.lineSeparator() + "sahel: interrupted; " + runner.runsWritten() + " of " + total
                        + " runs are in " + dir + " (manifest.json: complete false); continue with: sahel sweep " + specFile
                        + " --out " + dir + " --resume");
                System.err.flush();
            }, "sahel-sweep-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                complete = runner.run(engine, resume, done -> {
                    if (bar != null) {
                        bar.stepTo(done);
                    }
                });
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is finishing the files
                }
            }
        }
        var o = command.commandLine().getOut();
        o.println("sweep " + spec.name() + ": " + total + " runs (" + (runner.plan().get(total - 1).point() + 1)
                + " points x " + spec.replications() + " replications, " + spec.design().id() + " design) "
                + (complete ? "complete" : "INCOMPLETE") + " in " + dir);
        if (complete && runner.sensitivityReport() != null && !quiet) {
            for (String line : runner.sensitivityReport().summary()) {
                o.println(line);
            }
        }
        o.flush();
        return complete ? 0 : 1;
    }

    private static void checkTowns(SweepSpec spec) {
        MapGeography map = MapGeography.mali();
        for (OutputSpec o : spec.outputs()) {
            String town = o instanceof OutputSpec.FirstControlDay f ? f.town() : o instanceof OutputSpec.Holds h ? h.town() : null;
            if (town != null && !map.hasTown(town)) {
                throw new UserError("output '" + o.name() + "': unknown town '" + town + "' (see the towns of 'sahel map' / docs/SCENARIOS.md)");
            }
        }
    }
}
