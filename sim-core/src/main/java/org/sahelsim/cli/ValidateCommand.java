package org.sahelsim.cli;

import org.sahelsim.rules.RuleSet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.scenario.MapGeography;
import org.sahelsim.scenario.Problem;
import org.sahelsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel validate FILE...}: every problem of every file, one line each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files against the schema and the map.",
            "Prints 'FILE: valid', or one line per problem: FILE:LINE:COLUMN: JSON-pointer: what is wrong and what is expected.",
            "A JSON Schema among the files (e.g. scenarios/scenario.schema.json) is skipped with a note.",
            "Exit code 0 when every file is valid, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (.json) or names of shipped scenarios.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(MapGeography.mali(), RuleSet.CATALOG);
        boolean allValid = true;
        for (String f : files) {
            Path file = ScenarioFiles.resolve(f);
            if (ScenarioFiles.isJsonSchema(file)) {
                out.println(file + ": skipped (a JSON Schema, not a scenario)");
                continue;
            }
            ScenarioLoader.Result r = loader.check(file);
            if (r.valid()) {
                out.println(file + ": valid");
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
}
