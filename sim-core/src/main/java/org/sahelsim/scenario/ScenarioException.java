package org.sahelsim.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.sahelsim.core.UserError;

/** A scenario file that cannot be used: every problem found in it, in file order. */
public final class ScenarioException extends UserError {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
