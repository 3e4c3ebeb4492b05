package org.sahelsim.experiment;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files that appear whole or not at all: content goes to a hidden {@code .NAME.part} next to the
 * target and is renamed into place, so a crash never leaves half a file under a final name.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * What went wrong with a file, for a one-line message: the file system's own words, which
     * Java's exceptions hold apart from the path (whose message is often the path alone).
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            if (f instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (f instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            if (f instanceof FileAlreadyExistsException) {
                return "a file of that name is in the way";
            }
            return "cannot write " + f.getFile();
        }
        return e.getMessage();
    }

    /** The hidden file that {@code target} is written to before its rename. */
    public static Path partOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /** Writes {@code target} through its part file and a rename. */
    public static void write(Path target, Body body) throws IOException {
        writePart(target, body);
        move(partOf(target), target);
    }

    /**
     * Writes the part file of {@code target} (not renamed); a failure deletes it, so no half
     * file is left behind under any name.
     */
    public static void writePart(Path target, Body body) throws IOException {
        Path part = partOf(target);
        try {
            writeTo(part, body);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    private static void writeTo(Path part, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(part)) {
            body.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // Jackson closes the stream it is given; the try block closes the file
                }
            });
        }
    }

    /** Renames atomically where the file system can, replacing the target. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
