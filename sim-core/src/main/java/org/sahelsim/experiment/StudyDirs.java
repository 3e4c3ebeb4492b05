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
}
