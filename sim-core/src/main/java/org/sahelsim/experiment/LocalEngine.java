package org.sahelsim.experiment;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The default engine: a fixed pool of threads in this JVM. A window of a few tasks per thread is
 * in flight; results are handed over in input order as soon as their predecessors are done, so
 * rows stream to disk and memory does not grow with the study.
 */
public final class LocalEngine implements Engine {
    private final int threads;
    private volatile boolean aborted;

    public LocalEngine(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public <I extends Serializable, O extends Serializable> void run(Task<I, O> task, List<I> inputs, Consumer<O> sink) {
        try {
            InOrder.onThreads(threads, "sahel-worker-", inputs.size(), i -> task.apply(inputs.get(i)), sink, () -> aborted);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new TaskFailure("a run failed: " + e.getCause(), e.getCause());
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

    public int threads() {
        return threads;
    }

    /** The built-in factory of the {@code local} engine. */
    public static final class Factory implements Engine.Factory {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public Engine create(int threads, String master) {
            return new LocalEngine(threads);
        }
    }
}
