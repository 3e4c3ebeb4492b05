package org.sahelsim.cli;

/** Whether the user watches stderr, so that a progress bar there is seen rather than logged. */
final class Terminal {
    /** Set by the {@code sahel} launcher from {@code [ -t 2 ]}: "true" when stderr is a terminal. */
    static final String STDERR_TTY_PROPERTY = "sahel.stderr.tty";

    private Terminal() {}

    /**
     * The launcher's answer when it gave one: the JVM's own test ({@code System.console()})
     * needs stdout to be a terminal too, and so loses the bar of {@code sahel run X > out.txt}.
     * Without the property (tests, spark-submit, java -jar) the console decides.
     */
    static boolean stderrIsTerminal() {
        return stderrIsTerminal(System.getProperty(STDERR_TTY_PROPERTY), System.console() != null);
    }

    static boolean stderrIsTerminal(String launcherSays, boolean jvmHasConsole) {
        if (launcherSays == null || launcherSays.isBlank()) {
            return jvmHasConsole;
        }
        return Boolean.parseBoolean(launcherSays.trim());
    }
}
