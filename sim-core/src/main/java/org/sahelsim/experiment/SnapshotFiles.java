package org.sahelsim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The snapshot pictures of a study directory ({@code snapshot-<day>.png}, and their part files). */
public final class SnapshotFiles {
    private static final Pattern NAME = Pattern.compile("\\.?snapshot-[0-9]+\\.png(\\.part)?");

    private SnapshotFiles() {}

    /** Names of the snapshot files (and part files) in {@code dir}; none when it cannot be listed. */
    public static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
