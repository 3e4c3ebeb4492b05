package org.sahelsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a small text input (a scenario, a sweep spec) defensively: only a regular file (not a
 * device such as /dev/zero, a FIFO that would block for ever, or a directory), at most a size cap
 * checked before reading and again while reading, and strict UTF-8 with the line and column of
 * the first byte that is not.
 */
public final class InputFile {
    /** Scenario and spec files are a few kilobytes; 4 MiB is far beyond any real one. */
    public static final long MAX_BYTES = 4L << 20;

    /** What went wrong, as a {@link Problem} (line 0 when it concerns the whole file). */
    public static final class Refused extends Exception {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private InputFile() {}

    /**
     * The text of {@code file}, without a leading byte-order mark.
     *
     * @param kind what the file should be, for messages ("a scenario .json file")
     */
    public static String read(Path file, String kind) throws Refused {
        String shown = file.toString();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class); // follows symbolic links
        } catch (NoSuchFileException e) {
            throw refused(shown, "no such file (expected " + kind + ")");
        } catch (AccessDeniedException e) {
            throw refused(shown, "cannot be read: permission denied");
        } catch (IOException e) {
            throw refused(shown, "cannot be read: " + reason(e));
        }
        if (a.isDirectory()) {
            throw refused(shown, "is a directory (expected " + kind + ")");
        }
        if (!a.isRegularFile()) {
            throw refused(shown, "is not a regular file (a device, a FIFO or a socket; expected " + kind + ")");
        }
        if (a.size() > MAX_BYTES) {
            throw refused(shown, "is " + a.size() + " bytes, more than the " + (MAX_BYTES >> 20) + " MiB an input file may have (expected "
                    + kind + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // a file that grows while read is cut here
        } catch (AccessDeniedException e) {
            throw refused(shown, "cannot be read: permission denied");
        } catch (IOException e) {
            throw refused(shown, "cannot be read: " + reason(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(shown, "is more than the " + (MAX_BYTES >> 20) + " MiB an input file may have (expected " + kind + ")");
        }
        return decode(shown, bytes);
    }

    /** Strict UTF-8; the first malformed byte is reported at its line and column. */
    public static String decode(String shown, byte[] bytes) throws Refused {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            throw new Refused(new Problem(shown, line, column, "",
                    String.format("byte 0x%02X is not UTF-8 text (expected a JSON file in UTF-8)", bytes[at] & 0xff)));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Refused refused(String shown, String message) {
        return new Refused(new Problem(shown, 0, 0, "", message));
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
