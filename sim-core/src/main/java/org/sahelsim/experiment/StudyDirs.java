package org.sahelsim.experiment;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.sahelsim.core.UserError;

/** Default output directories: {@code results/<name>-<yyyyMMdd-HHmmss>}, never one that exists. */
public final class StudyDirs {
    private StudyDirs() {}

    /** The default directory's name, before {@link #createUnique} makes it unique. */
    public static Path defaultFor(String name) {
        return Path.of("results", name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /**
     * Creates {@code base}, or {@code base-2}, {@code base-3}... whichever does not exist yet; the
     * creation is atomic, so two studies started in the same second get different directories.
     */
    public static Path createUnique(Path base) {
        try {
            Path parent = base.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            for (int i = 1; i < 10_000; i++) {
                Path candidate = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
                try {
                    Files.createDirectory(candidate);
                    return candidate;
                } catch (FileAlreadyExistsException e) {
                    // taken: the next suffix
                }
            }
        } catch (IOException e) {
            throw new EnvironmentFailure(base + ": cannot create the results directory: " + AtomicFiles.reason(e), e);
        }
        throw new UserError(base + ": 10,000 directories of that name exist; choose --out");
    }

    /** Creates a directory given with --out (checked before), or keeps it when it exists. */
    public static Path createOrKeep(Path dir) {
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new EnvironmentFailure(dir + ": cannot create the results directory: " + AtomicFiles.reason(e), e);
        }
    }

    /**
     * Refuses an output directory before anything is written (sweep and calibrate): it must be a
     * directory or creatable and writable; results already there (final or part files of
     * {@code outputs}) need {@code --force} (replace) or {@code --resume} (continue).
     *
     * @param resumeMarker a file that must exist to resume there, or null
     * @param study        what a resumed directory holds (e.g. "calibration"), said when it is missing; null: not checked here
     */
    public static void checkOut(Path dir, boolean force, boolean resume, java.util.List<String> outputs,
                                String resumeMarker, String study) {
        String shown = "--out " + dir;
        if (dir.toString().isEmpty()) {
            throw new UserError("--out \"\": expected a directory name (an empty one would write into the working directory)");
        }
        if (force && resume) {
            throw new UserError("--force and --resume exclude each other (replace the results, or continue them)");
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UserError(shown + ": is a file (expected a directory for the results)");
            }
            if (!Files.isWritable(dir)) {
                throw new UserError(shown + ": is not writable (expected a directory you can write to)");
            }
            if (!force && !resume) {
                for (String name : outputs) {
                    if (Files.exists(dir.resolve(name)) || Files.exists(AtomicFiles.partOf(dir.resolve(name)))) {
                        throw new UserError(shown + ": already holds results (" + name
                                + "); pass --resume to continue them, --force to replace them, or choose another --out");
                    }
                }
            }
            if (resume && resumeMarker != null && !Files.exists(dir.resolve(resumeMarker))) {
                throw new UserError(shown + ": holds no " + resumeMarker + " to resume from (no generation was finished there)");
            }
            return;
        }
        if (resume && study != null) {
            throw new UserError(shown + ": does not exist (expected the directory of the " + study + " to continue)");
        }
        Path ancestor = dir.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null || !Files.isDirectory(ancestor)) {
            throw new UserError(shown + ": cannot be created (" + (ancestor == null ? "no existing parent" : ancestor + " is a file") + ")");
        }
        if (!Files.isWritable(ancestor)) {
            throw new UserError(shown + ": cannot be created because " + ancestor + " is not writable");
        }
    }
}
