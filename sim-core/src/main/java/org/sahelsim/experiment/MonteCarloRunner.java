package org.sahelsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/**
 * Runs N replications of a scenario on an {@link Engine} and hands their results to a sink
 * strictly in run order, whatever order they finish in: run i gets seed {@link Seeds#forRun}(base,
 * i), and the sink sees run 0, 1, 2... so everything written is byte-identical for any engine and
 * number of workers. The engines keep a small window of runs in flight, so memory does not grow
 * with N.
 */
public final class MonteCarloRunner {
    /** Thrown out of {@link #run} when a replication fails: a bug, so it keeps its cause. */
    public static final class RunFailure extends RuntimeException {
        RunFailure(int run, long seed, Throwable cause) {
            super("run " + run + " (seed " + seed + ") failed: " + cause, cause);
        }
    }

    private final MonteCarloJob job;
    private final int runs;
    private final Engine engine;
    private volatile boolean aborted;

    /** A study on {@code threads} threads of this JVM. */
    public MonteCarloRunner(RunEngine model, Scenario scenario, Parameters parameters, int days, int[] summaryDays,
                            long baseSeed, int runs, int threads) {
        this(new MonteCarloJob(() -> scenario, () -> model, parameters, days, summaryDays, baseSeed), runs,
                new LocalEngine(threads));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
    }

    public MonteCarloRunner(MonteCarloJob job, int runs, Engine engine) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be positive");
        }
        this.job = job;
        this.runs = runs;
        this.engine = engine;
    }

    /** Stops handing out runs; {@link #run} returns after the run it is waiting for. */
    public void abort() {
        aborted = true;
        engine.abort();
    }

    /** Runs everything; see {@link #run(int, Consumer)}. */
    public int run(Consumer<RunResult> sink) {
        return run(0, sink);
    }

    /**
     * Runs {@code from} .. N-1 (the earlier ones are on disk already: a resumed study), calling
     * {@code sink} once per run in run order on the calling thread.
     *
     * @return the number of runs handed to the sink (N - from unless aborted)
     */
    public int run(int from, Consumer<RunResult> sink) {
        List<Integer> todo = new ArrayList<>(runs - from);
        for (int i = from; i < runs; i++) {
            todo.add(i);
        }
        int[] delivered = {0};
        if (aborted || todo.isEmpty()) {
            return 0;
        }
        engine.run(job, todo, r -> {
            if (!aborted) {
                sink.accept(r);
                delivered[0]++;
            }
        });
        return delivered[0];
    }
}
