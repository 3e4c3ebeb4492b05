package org.sahelsim.experiment.sweep;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.sahelsim.experiment.InOrder;

/**
 * The default engine: a fixed pool of threads in this JVM. A window of a few runs per thread is
 * in flight; rows are handed over in run order as soon as their predecessors are done, so rows
 * stream to disk and memory does not grow with the sweep.
 */
public final class LocalSweepEngine implements SweepEngine {
    private final int threads;
    private volatile boolean aborted;

    public LocalSweepEngine(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void run(SweepJob job, List<SweepRun> runs, Consumer<SweepRow> sink) {
        try {
            InOrder.onThreads(threads, "sahel-sweep-", runs.size(), i -> job.evaluate(runs.get(i)), sink, () -> aborted);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep run failed: " + e.getCause(), e.getCause());
        } catch (CancellationException e) {
            // nothing more to hand over
        }
    }

    @Override
    public void abort() {
        aborted = true;
    }

    @Override
    public String describe() {
        return "local, " + threads + " threads";
    }

    /** The built-in factory of the {@code local} engine. */
    public static final class Factory implements SweepEngine.Factory {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public SweepEngine create(int threads, String master) {
            return new LocalSweepEngine(threads);
        }
    }
}
