package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's fuzz test of scenario input: a generator of malformed scenarios in the families
 * hostile files come in (devices and FIFOs, oversized files, deep nesting, huge numbers and texts,
 * non-standard JSON tokens, control characters, bytes that are not UTF-8, truncation, random byte
 * damage, absurd sizes, wrong types) fed to {@code sahel run} a few hundred times. Every case must
 * end with exactly one line on stderr that names the file, without control characters or a stack
 * trace, exit code 2, within seconds, and nothing written.
 */
class MalformedScenarioFuzzTest {
    static final long SEED = 20260115L;
    static final int RANDOM_CASES = 240;

    @TempDir
    Path tmp;

    record Case(String family, Path file) {}

    private final List<Case> cases = new ArrayList<>();
    private int n;

    private void add(String family, byte[] bytes) throws IOException {
        // named as the scenario it damages, so that what is tested is the damage, not the file name
        Path f = tmp.resolve("case-" + (n++)).resolve("test-small.json");
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        cases.add(new Case(family, f));
    }

    private void add(String family, String text) throws IOException {
        add(family, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String valid() throws IOException {
        return Files.readString(Path.of(RunCommandTest.SMALL));
    }

    /** The fixed families, each with a few variants. */
    private void families() throws Exception {
        String v = valid();
        // special files: a symlink to a device, a FIFO (would block for ever), a directory
        Path zero = tmp.resolve("zero.json");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        cases.add(new Case("device", zero));
        Path fifo = tmp.resolve("fifo.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            cases.add(new Case("fifo", fifo));
        }
        Path dir = tmp.resolve("dir.json");
        Files.createDirectories(dir);
        cases.add(new Case("directory", dir));
        // oversized: 5 MiB of spaces around a valid scenario
        add("oversized", " ".repeat(5 << 20) + v);
        // nesting, numbers, texts
        for (int depth : new int[] {1001, 5000, 100_000}) {
            add("deep nesting", "{\"name\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        }
        add("huge number", "{\"name\": \"x\", \"days\": 1" + "0".repeat(5000) + "}");
        add("huge number", v.replaceFirst("\"days\": *[0-9]+", "\"days\": 1e999999"));
        add("huge number", v.replaceFirst("\"days\": *[0-9]+", "\"days\": 99999999999999999999999"));
        add("huge text", "{\"name\": \"" + "x".repeat(3 << 20) + "\"}");
        add("huge text", v.replaceFirst("\"title\": *\"", "\"title\": \"" + "t".repeat(100_000)));
        // non-standard tokens
        for (String token : new String[] {"NaN", "Infinity", "-Infinity", "+1", "01", ".5", "5.", "0x10", "'x'", "undefined", "True"}) {
            add("non-standard token", v.replaceFirst("\"days\": *[0-9]+", "\"days\": " + token));
        }
        add("comment", "// a scenario\n" + v);
        add("comment", v.replaceFirst("\\{", "{ /* c */"));
        add("trailing comma", v.replaceFirst("\\}\\s*$", ",}"));
        add("single quotes", v.replace("\"name\"", "'name'"));
        add("duplicate field", v.replaceFirst("\\{", "{\"days\": 5, "));
        // control characters in field names and values, raw and escaped
        for (String c : new String[] {"\u001b[31m", "\n", "\r", "\t", "\u0007", "\u2028", "\u202e", "\u0000"}) {
            add("control raw", v.replaceFirst("\\{", "{\"a" + c + "b\": 1, "));
            String esc = c.chars().mapToObj(ch -> String.format("\\u%04x", ch)).reduce("", String::concat);
            add("control escaped", v.replaceFirst("\\{", "{\"a" + esc + "b\": 1, "));
            add("control escaped", v.replaceFirst("\"name\": *\"[^\"]*\"", "\"name\": \"x" + esc + "y\""));
        }
        // not UTF-8
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        for (byte bad : new byte[] {(byte) 0xff, (byte) 0xc3, (byte) 0x80, (byte) 0xe9, (byte) 0xfe}) {
            byte[] c = b.clone();
            c[c.length / 2] = bad;
            add("not UTF-8", c);
        }
        add("UTF-16", v.getBytes(StandardCharsets.UTF_16));
        add("empty", "");
        add("empty", "   \n  ");
        add("not an object", "[]");
        add("not an object", "42");
        add("not an object", "\"scenario\"");
        add("trailing garbage", v + " {}");
        // absurd sizes
        String force = "{\"faction\": \"MUJAO\", \"town\": \"Gao\", \"strength\": 100}";
        add("absurd forces", v.replaceFirst("\"forces\": *\\[", "\"forces\": [" + (force + ",").repeat(50_000)));
        add("absurd units", v.replaceFirst("\"forces\": *\\[", "\"forces\": [" + "{\"faction\": \"MUJAO\", \"town\": \"Gao\", \"strength\": 100000, \"units\": 1000},".repeat(60)));
        add("absurd days", v.replaceFirst("\"days\": *[0-9]+", "\"days\": 2147483647"));
        add("absurd strength", v.replaceFirst("\"strength\": *[0-9]+", "\"strength\": 1000000000000"));
        // wrong types
        add("wrong type", v.replaceFirst("\"days\": *[0-9]+", "\"days\": \"many\""));
        add("wrong type", v.replaceFirst("\"forces\": *\\[", "\"forces\": {\"x\": ["));
        add("wrong type", v.replaceFirst("\"startDate\": *\"[^\"]*\"", "\"startDate\": \"2013-02-30\""));
    }

    /** Random damage to a valid scenario: truncation, deleted, inserted or replaced bytes. */
    private void randomCases() throws Exception {
        byte[] base = valid().getBytes(StandardCharsets.UTF_8);
        Random rnd = new Random(SEED);
        String[] inserts = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "\u00ff", "NaN", "1e400", "-", "null", "\n"};
        List<Function<byte[], byte[]>> mutations = List.of(
                b -> java.util.Arrays.copyOf(b, 1 + rnd.nextInt(b.length - 1)), // truncated
                b -> { // bytes deleted
                    int at = rnd.nextInt(b.length);
                    int len = 1 + rnd.nextInt(Math.min(20, b.length - at));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    return c;
                },
                b -> { // a token inserted
                    int at = rnd.nextInt(b.length);
                    byte[] ins = inserts[rnd.nextInt(inserts.length)].getBytes(StandardCharsets.ISO_8859_1);
                    byte[] c = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(ins, 0, c, at, ins.length);
                    System.arraycopy(b, at, c, at + ins.length, b.length - at);
                    return c;
                },
                b -> { // random bytes replaced
                    byte[] c = b.clone();
                    for (int i = 0, k = 1 + rnd.nextInt(4); i < k; i++) {
                        c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
                    }
                    return c;
                });
        for (int i = 0; i < RANDOM_CASES; i++) {
            add("random damage", mutations.get(i % mutations.size()).apply(base));
        }
    }

    @Test
    void everyMalformedScenarioGetsOneLineExitTwoAndNothingWritten() throws Exception {
        families();
        randomCases();
        int refused = 0;
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Path out = tmp.resolve("out-" + c.file().getParent().getFileName() + "-" + c.file().getFileName());
            long t0 = System.nanoTime();
            // --days 1 --runs 1: a damaged file may still be a valid scenario; then it runs briefly
            CliRun r = CliRun.of("run", c.file().toString(), "--runs", "1", "--days", "1", "--out", out.toString());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            String what = c.family() + " " + c.file() + ": ";
            if (r.exitCode() == 0) {
                accepted++;
                if (!c.family().equals("random damage")) {
                    failures.add(what + "accepted");
                }
                continue;
            }
            refused++;
            String err = r.err();
            if (r.exitCode() != 2) {
                failures.add(what + "exit " + r.exitCode() + ": " + err);
            }
            if (r.errLines() != 1 || !err.endsWith(System.lineSeparator())) {
                failures.add(what + r.errLines() + " lines: " + err);
            }
            if (err.contains("Exception") || err.contains("\tat ") || err.contains("StreamReadConstraints")
                    || err.contains("JsonReadFeature") || err.contains("`")) {
                failures.add(what + "library words or a stack trace: " + err);
            }
            if (!err.contains(c.file().toString())) {
                failures.add(what + "does not name the file: " + err);
            }
            String line = err.strip();
            if (line.chars().anyMatch(ch -> ch < 0x20 || (ch >= 0x7f && ch < 0xa0) || ch == 0x2028 || ch == 0x202e)) {
                failures.add(what + "a control character in the message: " + line);
            }
            if (Files.exists(out)) {
                failures.add(what + "wrote " + out);
            }
            if (ms > 10_000) {
                failures.add(what + "took " + ms + " ms");
            }
        }
        assertTrue(cases.size() >= 300, "a few hundred cases: " + cases.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases failed:\n" + String.join("\n", failures));
        assertTrue(refused > cases.size() / 2, "most damaged files are refused: " + refused + " refused, " + accepted + " accepted");
    }
}
