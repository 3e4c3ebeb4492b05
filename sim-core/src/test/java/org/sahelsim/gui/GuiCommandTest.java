package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sahelsim.cli.SahelCli;
import picocli.CommandLine;

/** {@code sahel gui} refuses bad input with one line and exit code 2, before any window opens. */
class GuiCommandTest {
    record Result(int code, String err) {}

    static Result gui(String... args) {
        CommandLine cl = SahelCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "gui";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Result(cl.execute(all), err.toString());
    }

    static void assertOneLine(Result r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void aMissingScenarioFileIsOneLine() {
        assertOneLine(gui("no-such-scenario.json"), "no such file");
    }

    @Test
    void anUnknownParameterIsOneLine() {
        assertOneLine(gui("../scenarios/serval-2013.json", "--set", "airStrikes.noSuchThing=3"), "unknown parameter");
    }

    @Test
    void aValueOutsideItsRangeIsOneLine() {
        assertOneLine(gui("../scenarios/serval-2013.json", "--set", "airStrikes.detectionProbability=5"), "outside its range");
    }

    @Test
    void aSeedTheConsoleCannotHoldIsOneLine() {
        assertOneLine(gui("../scenarios/serval-2013.json", "--seed", "99999999999"), "--seed");
    }

    @Test
    void withoutADisplayTheCommandSaysSo() {
        // surefire runs tests with java.awt.headless=true: exactly the situation of a server without a screen
        assertOneLine(gui("../scenarios/serval-2013.json"), "no display available");
    }
}
