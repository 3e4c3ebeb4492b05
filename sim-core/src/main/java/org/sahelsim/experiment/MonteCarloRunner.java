package org.sahelsim.experiment;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.sahelsim.core.Parameters;
import org.sahelsim.scenario.Scenario;

/**
 * Runs N replications of a scenario on T threads and hands their results to a sink strictly in
 * run order, whatever order they finish in: run i gets seed {@link Seeds#forRun}(base, i), and
 * the sink sees run 0, 1, 2... so everything written is byte-identical for any T. At most a small
 * window of runs (4 per thread) is in flight or waiting, so memory does not grow with N.
 */
public final class MonteCarloRunner {
    /** Thrown out of {@link #run} when a replication fails: a bug, so it keeps its cause. */
    public static final class RunFailure extends RuntimeException {
        RunFailure(int run, long seed, Throwable cause) {
            super("run " + run + " (seed " + seed + ") failed: " + cause, cause);
        }
    }

    private final RunEngine engine;
    private final Scenario scenario;
    private final Parameters parameters;
    private final int days;
    private final int[] summaryDays;
    private final long baseSeed;
    private final int runs;
    private final int threads;
    private volatile boolean aborted;

    public MonteCarloRunner(RunEngine engine, Scenario scenario, Parameters parameters, int days, int[] summaryDays,
                            long baseSeed, int runs, int threads) {
        if (runs < 1 || threads < 1 || days < 1) {
            throw new IllegalArgumentException("runs, threads and days must be positive");
        }
        this.engine = engine;
        this.scenario = scenario;
        this.parameters = parameters;
        this.days = days;
        this.summaryDays = summaryDays.clone();
        this.baseSeed = baseSeed;
        this.runs = runs;
        this.threads = threads;
    }

    /** Stops handing out runs; {@link #run} returns after the run it is waiting for. */
    public void abort() {
        aborted = true;
    }

    /**
     * Runs everything, calling {@code sink} once per run in run order on the calling thread.
     *
     * @return the number of runs handed to the sink (N unless aborted)
     */
    public int run(Consumer<RunResult> sink) {
        int[] delivered = {0};
        try {
            InOrder.onThreads(threads, "sahel-run-", runs, this::runOne, r -> {
                sink.accept(r);
                delivered[0]++;
            }, () -> aborted);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RunFailure f) {
                throw f;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            // nothing more to hand over
        }
        return delivered[0];
    }

    private RunResult runOne(int run) {
        long seed = Seeds.forRun(baseSeed, run);
        RunRecorder recorder = new RunRecorder(run, seed, summaryDays);
        try {
            engine.run(scenario, parameters, seed, days, recorder);
        } catch (RuntimeException | Error e) {
            throw new RunFailure(run, seed, e);
        }
        return recorder.result();
    }
}
