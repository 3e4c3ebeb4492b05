package org.sahelsim.experiment.compare;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.sahelsim.core.Parameters;
import org.sahelsim.experiment.InOrder;
import org.sahelsim.experiment.RunEngine;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.scenario.Scenario;

/**
 * Runs N pairs (base, variant) on T threads. Pair i runs both scenarios with the seed that
 * {@code sahel run} gives run i ({@link Seeds#forRun}(base seed, i)): common random numbers, so
 * run i of the base here is run i of {@code sahel run BASE --seed S}, and the same for the
 * variant. Pairs reach the sink strictly in pair order, so what is computed from them does not
 * depend on T.
 */
public final class PairedRunner {
    /** One pair: the same seed, two scenarios. */
    public record Pair(int index, long seed, RunOutcome base, RunOutcome variant) {}

    /** A run failed: a bug, so it keeps its cause. */
    public static final class PairFailure extends RuntimeException {
        PairFailure(int pair, long seed, String which, Throwable cause) {
            super("pair " + pair + " (seed " + seed + "), " + which + " run failed: " + cause, cause);
        }
    }

    /** One side of the comparison: a scenario with the parameters it runs with. */
    public record Arm(Scenario scenario, Parameters parameters) {}

    private final RunEngine engine;
    private final Arm base;
    private final Arm variant;
    private final int days;
    private final long baseSeed;
    private final int pairs;
    private final int threads;
    private volatile boolean aborted;

    public PairedRunner(RunEngine engine, Arm base, Arm variant, int days, long baseSeed, int pairs, int threads) {
        if (pairs < 1 || threads < 1 || days < 1) {
            throw new IllegalArgumentException("pairs, threads and days must be positive");
        }
        this.engine = engine;
        this.base = base;
        this.variant = variant;
        this.days = days;
        this.baseSeed = baseSeed;
        this.pairs = pairs;
        this.threads = threads;
    }

    /** Stops handing out pairs; {@link #run} returns after the pair it is waiting for. */
    public void abort() {
        aborted = true;
    }

    /**
     * Runs every pair, calling {@code sink} once per pair in pair order on the calling thread.
     *
     * @return the number of pairs handed to the sink (N unless aborted)
     */
    public int run(Consumer<Pair> sink) {
        int[] delivered = {0};
        try {
            InOrder.onThreads(threads, "sahel-compare-", pairs, this::runPair, p -> {
                sink.accept(p);
                delivered[0]++;
            }, () -> aborted);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PairFailure f) {
                throw f;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            // nothing more to hand over
        }
        return delivered[0];
    }

    private Pair runPair(int i) {
        long seed = Seeds.forRun(baseSeed, i);
        return new Pair(i, seed, runOne(i, seed, base, "base"), runOne(i, seed, variant, "variant"));
    }

    private RunOutcome runOne(int i, long seed, Arm arm, String which) {
        OutcomeRecorder recorder = new OutcomeRecorder(i, seed, days);
        try {
            engine.run(arm.scenario(), arm.parameters(), seed, days, recorder);
        } catch (RuntimeException | Error e) {
            throw new PairFailure(i, seed, which, e);
        }
        return recorder.outcome();
    }
}
