package org.sahelsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the sahel command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        CommandLine cl = SahelCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs a command that must fail on bad input: exit 2, exactly one line on stderr, no stack
     * trace, nothing on stdout and nothing written to {@code out} (passed as --out). Returns the line.
     */
    static String refused(java.nio.file.Path out, String... args) {
        String[] withOut = new String[args.length + 2];
        System.arraycopy(args, 0, withOut, 0, args.length);
        withOut[args.length] = "--out";
        withOut[args.length + 1] = out.toString();
        CliRun r = of(withOut);
        org.junit.jupiter.api.Assertions.assertEquals(2, r.exitCode(), r.err());
        org.junit.jupiter.api.Assertions.assertEquals(1, r.errLines(), r.err());
        org.junit.jupiter.api.Assertions.assertFalse(r.err().contains("Exception"), r.err());
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(out), "nothing may be written for bad input");
        org.junit.jupiter.api.Assertions.assertEquals("", r.out());
        return r.err().trim();
    }

    long errLines() {
        return err.lines().count();
    }
}
