package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.sweep.ScenarioText;
import org.sahelsim.experiment.sweep.SweepSpecLoader;
import org.sahelsim.scenario.Escape;
import org.sahelsim.scenario.InputFile;
import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Problem;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel validate FILE...}: every problem of every file, one line each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario files and sweep specs, one line per problem.",
        description = {"Checks scenario files against the scenario schema and the map, and sweep specs against the sweep",
            "schema and the parameter catalogue. Prints 'FILE: valid', or one line per problem:",
            "FILE:LINE:COLUMN: JSON-pointer: what is wrong and what is expected (a sweep spec: its first problem).",
            "The shipped schemas themselves are skipped with a note; any other JSON Schema is refused.",
            "Exit code 0 when every file is valid, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files, sweep specs (.json) or names of shipped scenarios.")
    List<String> files;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG);
        boolean allValid = true;
        for (String f : files) {
            Path file = ScenarioFiles.resolve(f);
            String shown = Escape.printable(file.toString());
            String text;
            try {
                text = InputFile.read(file, "a scenario or sweep spec .json file");
            } catch (InputFile.Refused r) {
                err.println(r.problem());
                allValid = false;
                continue;
            }
            JsonNode root = tree(text);
            String shippedSchema = shippedSchema(text);
            if (shippedSchema != null) {
                out.println(shown + ": skipped (" + shippedSchema + ", not a scenario or sweep spec)");
                continue;
            }
            if (root != null && root.isObject() && root.path("$schema").asText("").matches("https?://json-schema\\.org/.*")) {
                err.println(shown + ":1:1: /$schema: a JSON Schema other than SahelSim's (expected a scenario or a sweep spec)");
                allValid = false;
                continue;
            }
            if (isSweepSpec(root)) {
                try {
                    SweepSpecLoader.load(file, p -> new ScenarioText(p.toString(), read(p)).get().days());
                    out.println(shown + ": valid (sweep spec)");
                } catch (ScenarioException e) {
                    e.problems().forEach(err::println);
                    allValid = false;
                } catch (UserError e) {
                    err.println(Escape.printable(e.getMessage()));
                    allValid = false;
                }
                continue;
            }
            ScenarioLoader.Result r = loader.check(file.toString(), text);
            if (r.valid()) {
                out.println(shown + ": valid");
            } else {
                allValid = false;
                for (Problem p : r.problems()) {
                    err.println(p);
                }
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : SahelCli.EXIT_USER_ERROR;
    }

    private static String read(Path p) {
        try {
            return InputFile.read(p, "a scenario .json file");
        } catch (InputFile.Refused r) {
            throw new UserError(r.problem().toString());
        }
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException | RuntimeException e) {
            return null; // the loader reports the syntax error with its place
        }
    }

    /** A sweep spec names its schema, or has the fields only a spec has. */
    private static boolean isSweepSpec(JsonNode root) {
        return root != null && root.isObject() && (root.path("$schema").asText("").endsWith("sweep.schema.json")
                || root.has("design") || root.has("replications") || root.has("outputs"));
    }

    /** Which shipped schema a file is, byte for byte (ignoring line ends), or null. */
    private static String shippedSchema(String text) {
        String t = text.replace("\r\n", "\n").strip();
        for (String[] s : new String[][] {{ScenarioLoader.SCHEMA_RESOURCE, "the scenario JSON Schema"},
                {SweepSpecLoader.SCHEMA_RESOURCE, "the sweep spec JSON Schema"}}) {
            try (InputStream in = ValidateCommand.class.getResourceAsStream(s[0])) {
                if (in != null && new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\r\n", "\n").strip().equals(t)) {
                    return s[1];
                }
            } catch (IOException e) {
                // not comparable: treat as an ordinary file
            }
        }
        return null;
    }
}
