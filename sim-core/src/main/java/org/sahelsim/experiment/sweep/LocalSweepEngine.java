package org.sahelsim.experiment.sweep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sahel-sweep-" + n.incrementAndGet());
            t.setDaemon(true); // Ctrl-C must not wait for runs in progress
            return t;
        });
        Deque<Future<SweepRow>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        try {
            while (!aborted && (submitted < runs.size() || !inFlight.isEmpty())) {
                while (submitted < runs.size() && inFlight.size() < 4 * threads) {
                    SweepRun run = runs.get(submitted++);
                    inFlight.addLast(pool.submit(() -> job.evaluate(run)));
                }
                SweepRow row;
                try {
                    row = inFlight.removeFirst().get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a sweep run failed: " + e.getCause(), e.getCause());
                } catch (CancellationException e) {
                    break;
                }
                if (!aborted) {
                    sink.accept(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
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
