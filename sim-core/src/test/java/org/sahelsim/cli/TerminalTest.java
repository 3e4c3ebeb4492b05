package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void theLaunchersWordDecidesWhenItGaveOne() {
        // sahel run X > out.txt in a terminal: no console for the JVM, but stderr is watched
        assertTrue(Terminal.stderrIsTerminal("true", false));
        // sahel run X 2> log.txt: the JVM may see a console, but the bar would go to the log
        assertFalse(Terminal.stderrIsTerminal("false", true));
    }

    @Test
    void withoutTheLauncherTheConsoleDecides() {
        // java -jar, spark-submit, tests
        assertTrue(Terminal.stderrIsTerminal(null, true));
        assertFalse(Terminal.stderrIsTerminal(null, false));
        assertFalse(Terminal.stderrIsTerminal("", false));
    }

    @Test
    void testsRunWithoutABar() {
        assertNull(System.getProperty(Terminal.STDERR_TTY_PROPERTY));
        assertFalse(Terminal.stderrIsTerminal(), "surefire's JVM has no console: CI output stays free of bars");
    }
}
