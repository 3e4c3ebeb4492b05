package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import org.sahelsim.core.UserError;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sahelsim.experiment.Sha256;
import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Problem;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioLoader;

/** Where the shipped scenarios are, and which checkout the running code comes from. */
final class ScenarioFiles {
    static final String SCHEMA_FILE = "scenario.schema.json";

    private ScenarioFiles() {}

    /**
     * The checkout the code runs from: the nearest ancestor of the jar (or classes directory)
     * holding .git or the scenarios directory; null when run from elsewhere.
     */
    static Path codeRoot() {
        try {
            Path p = Path.of(SahelCli.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (Path d = p.getParent(); d != null; d = d.getParent()) {
                if (Files.exists(d.resolve(".git")) || Files.isRegularFile(d.resolve("scenarios").resolve(SCHEMA_FILE))) {
                    return d;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // not from a file: no checkout to report
        }
        return null;
    }

    /** scenarios/ of the working directory, then of the checkout the launcher runs from. */
    static List<Path> scenarioDirs() {
        Set<Path> dirs = new LinkedHashSet<>();
        Path cwd = Path.of("scenarios").toAbsolutePath().normalize();
        if (Files.isDirectory(cwd)) {
            dirs.add(cwd);
        }
        Path root = codeRoot();
        if (root != null && Files.isDirectory(root.resolve("scenarios"))) {
            dirs.add(root.resolve("scenarios").toAbsolutePath().normalize());
        }
        return new ArrayList<>(dirs);
    }

    /** The scenario files of a directory, sorted by name (the schema is not a scenario). */
    static List<Path> scenariosIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(SCHEMA_FILE))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A path as given, or a shipped scenario by name ("serval-2013") when no such file exists. */
    static Path resolve(String arg) {
        Path given = Path.of(arg);
        if (Files.exists(given) || arg.contains("/") || arg.contains("\\")) {
            return given;
        }
        String file = arg.endsWith(".json") ? arg : arg + ".json";
        for (Path dir : scenarioDirs()) {
            if (Files.isRegularFile(dir.resolve(file))) {
                return dir.resolve(file);
            }
        }
        return given;
    }

    /** The scenario of a file, or null after printing each of its problems on one line to {@code err}. */
    static Scenario loadOrReport(Path file, PrintWriter err) {
        if (file.toString().isEmpty()) {
            err.println("sahel: SCENARIO is empty (expected a scenario file or the name of a shipped scenario)");
            err.flush();
            return null;
        }
        ScenarioLoader.Result loaded = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG).check(file);
        if (!loaded.valid()) {
            // one line: the first problem (in file order), and how many more 'sahel validate' lists
            List<Problem> all = loaded.problems();
            int more = all.size() - 1;
            err.println(all.get(0) + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "")
                    + "; 'sahel validate' lists them all)" : ""));
            err.flush();
            return null;
        }
        return loaded.scenario();
    }

    /** The text of a file the user gave (already checked by the loader). */
    static String read(Path file) {
        try {
            return org.sahelsim.scenario.InputFile.read(file, "a scenario .json file");
        } catch (org.sahelsim.scenario.InputFile.Refused e) {
            throw new UserError(e.problem().toString());
        }
    }

    /** SHA-256 of a file the user gave, for manifests; a file that cannot be read is the user's error. */
    static String sha256(Path file) {
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * For manifests: the scenarios a branch extends, nearest first, each with its file, SHA-256 and
     * the date the branch leaves it (empty for a scenario that extends none).
     */
    static List<java.util.Map<String, String>> bases(Scenario scenario) {
        List<java.util.Map<String, String>> out = new ArrayList<>();
        for (Scenario.Base b : scenario.bases()) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("name", b.name());
            m.put("file", b.file());
            m.put("sha256", b.sha256());
            m.put("branchDate", b.branchDate().toString());
            out.add(m);
        }
        return out;
    }

    /** The commit of the checkout (with "-dirty" when tracked files changed), or null without git. */
    static String gitCommit() {
        Path root = codeRoot();
        if (root == null) {
            return null;
        }
        String head = git(root, "rev-parse", "HEAD");
        if (head == null) {
            return null;
        }
        String status = git(root, "status", "--porcelain", "--untracked-files=no");
        return status != null && !status.isEmpty() ? head + "-dirty" : head;
    }

    private static String git(Path root, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
