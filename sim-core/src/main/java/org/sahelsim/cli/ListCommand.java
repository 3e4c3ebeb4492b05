package org.sahelsim.cli;

import org.sahelsim.core.UserError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel list}: the shipped scenarios and their one-line titles. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List the shipped scenarios with their titles.",
        description = "Lists the scenarios in scenarios/ (of the working directory and of the SahelSim checkout) with their titles.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> dirs = ScenarioFiles.scenarioDirs();
        if (dirs.isEmpty()) {
            throw new UserError("no scenarios/ directory here or in the SahelSim checkout (expected scenarios/*.json)");
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path dir : dirs) {
            List<Path> files = ScenarioFiles.scenariosIn(dir);
            out.println(dir + ":");
            if (files.isEmpty()) {
                out.println("  (no scenarios)");
            }
            int width = files.stream().mapToInt(p -> p.getFileName().toString().length() - 5).max().orElse(0);
            for (Path f : files) {
                String name = f.getFileName().toString();
                name = name.substring(0, name.length() - ".json".length());
                String title;
                try {
                    JsonNode n = mapper.readTree(f.toFile());
                    title = n != null && n.path("title").isTextual() ? n.get("title").asText()
                            : "(no title: see 'sahel validate " + f + "')";
                } catch (IOException e) {
                    title = "(unreadable: see 'sahel validate " + f + "')";
                }
                out.println("  " + name + " ".repeat(width - name.length() + 2) + title);
            }
        }
        out.flush();
        return 0;
    }
}
