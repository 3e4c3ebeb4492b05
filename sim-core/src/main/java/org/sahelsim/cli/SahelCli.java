package org.sahelsim.cli;

import org.sahelsim.core.UserError;
import org.sahelsim.experiment.EnvironmentFailure;
import org.sahelsim.scenario.Escape;
import org.sahelsim.scenario.ScenarioException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sahel} command. Subcommands only assemble; the work is elsewhere. */
@Command(
        name = "sahel",
        mixinStandardHelpOptions = true,
        versionProvider = SahelCli.Version.class,
        description = "SahelSim: agent-based simulation of the armed conflict in Mali and the Sahel (2013-2022).",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, CalibrateCommand.class, GuiCommand.class, ValidateCommand.class, ListCommand.class,
                ParamsCommand.class, MapCommand.class, CommandLine.HelpCommand.class})
public final class SahelCli implements java.util.concurrent.Callable<Integer> {

    /** Exit code for errors the user caused (bad input, bad flag). */
    public static final int EXIT_USER_ERROR = 2;
    /** Exit code for failures of the machine (disk full, I/O error, unreachable cluster) and interrupted studies. */
    public static final int EXIT_ENVIRONMENT = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage on stderr, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("sahel: missing COMMAND");
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return EXIT_USER_ERROR;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; used by tests without exiting the JVM. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SahelCli());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            while (t != null && !(t instanceof UserError) && !(t instanceof EnvironmentFailure)) {
                t = t.getCause();
            }
            if (t instanceof ScenarioException se) { // one line: the first problem, and how many more
                int more = se.problems().size() - 1;
                commandLine.getErr().println(se.problems().get(0) + (more > 0 ? " (and " + more + " more problem"
                        + (more > 1 ? "s" : "") + "; 'sahel validate' lists them all)" : ""));
                commandLine.getErr().flush();
                return EXIT_USER_ERROR;
            }
            if (t != null) {
                commandLine.getErr().println("sahel: " + Escape.printable(t.getMessage()));
                commandLine.getErr().flush();
                return t instanceof UserError ? EXIT_USER_ERROR : EXIT_ENVIRONMENT;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("sahel " + c.getCommandName() + ": " + Escape.printable(ex.getMessage())
                    + " (see 'sahel " + c.getCommandName() + " --help')");
            return EXIT_USER_ERROR;
        });
        return cl;
    }

    /** Version from the build (filtered resource). */
    public static String version() {
        try (InputStream in = SahelCli.class.getResourceAsStream("/org/sahelsim/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SahelSim " + version()};
        }
    }
}
