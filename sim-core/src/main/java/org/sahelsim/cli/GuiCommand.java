package org.sahelsim.cli;

import org.sahelsim.core.UserError;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.sahelsim.gui.SahelWithUI;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sim.display.Console;

/** {@code sahel gui SCENARIO}: MASON's Console with the map of Mali, live charts and the parameters. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        header = "Watch a run on the map of Mali in MASON's Console.",
        description = {"Opens MASON's Console on a scenario: press play to watch it unfold on the map of Mali.",
            "Layers (Layers menu of the map), live charts (Displays tab), parameters (Model tab; they apply from the next play).",
            "Stop and play again for the next replication (the seed goes up by one). Needs a display.",
            "Example: sahel gui serval-2013 --seed 7 --set airStrikes.detectionProbability=0.5"})
public final class GuiCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(paramLabel = "SCENARIO", description = "Scenario file (.json) or name of a shipped scenario.")
    String scenarioArg;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the first run, 0..2147483647 (default ${DEFAULT-VALUE}); the Console adds one at each stop.")
    long seed;

    @Option(names = "--set", paramLabel = "rule.param=value",
            description = "Override a rule parameter (repeatable); see 'sahel params'. Also editable in the Model tab.")
    List<String> sets = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path file = ScenarioFiles.resolve(scenarioArg);
        Scenario scenario = ScenarioFiles.loadOrReport(file, err);
        if (scenario == null) {
            return SahelCli.EXIT_USER_ERROR;
        }
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            // MASON's Console keeps seeds as 32-bit integers and would wrap a larger one
            throw new UserError("gui: --seed " + seed + ": expected 0 to " + Integer.MAX_VALUE);
        }
        Parameters parameters = ParameterOverrides.resolve(scenario, sets);
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("gui: no display available (DISPLAY is not set or Java runs headless); "
                    + "use 'sahel run' for results without a screen");
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                SahelWithUI gui = new SahelWithUI(scenario, parameters, seed);
                Console console = new Console(gui);
                console.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        closed.countDown();
                    }
                });
                console.setVisible(true);
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            failure.set(e.getCause());
        }
        Throwable t = failure.get();
        if (t instanceof AWTError || t instanceof HeadlessException) {
            throw new UserError("gui: cannot open a window on display '" + System.getenv("DISPLAY") + "': " + t.getMessage());
        }
        if (t != null) {
            throw new IllegalStateException("the GUI failed to start", t);
        }
        closed.await();
        return 0;
    }
}
