package org.sahelsim.experiment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.sahelsim.model.Parameters;
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
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sahel-run-" + threadNumber.incrementAndGet());
            t.setDaemon(true); // Ctrl-C must not wait for runs in progress
            return t;
        });
        int window = 4 * threads;
        Deque<Future<RunResult>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        int delivered = 0;
        try {
            while (delivered < runs && !aborted) {
                while (submitted < runs && inFlight.size() < window) {
                    int run = submitted++;
                    inFlight.addLast(pool.submit(() -> runOne(run)));
                }
                RunResult r;
                try {
                    r = inFlight.removeFirst().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RunFailure f) {
                        throw f;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (CancellationException e) {
                    break;
                }
                if (aborted) {
                    break;
                }
                sink.accept(r);
                delivered++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return delivered;
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
