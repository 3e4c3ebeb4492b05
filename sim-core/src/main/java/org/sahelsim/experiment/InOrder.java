package org.sahelsim.experiment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Results of concurrent tasks handed over strictly in the order the tasks were started, whatever
 * order they finish in, with at most a window of tasks in flight or waiting: what is written is
 * the same for any number of workers, and memory does not grow with the number of tasks. The
 * Monte Carlo runner, the local sweep engine and the Spark sweep engine share this.
 */
public final class InOrder {
    private InOrder() {}

    /**
     * Runs {@code task(0) .. task(count-1)} on {@code threads} daemon threads named
     * {@code threadName + k} (Ctrl-C must not wait for tasks in progress), a window of 4 per
     * thread, calling {@code sink} with each result in task order on the calling thread, until
     * all are handed over or {@code aborted} says stop. Interruption of the calling thread stops
     * it too (the interrupt flag is kept).
     *
     * @throws ExecutionException a task failed; its cause is what the task threw
     * @throws CancellationException a task was cancelled
     */
    public static <T> void onThreads(int threads, String threadName, int count, IntFunction<T> task, Consumer<T> sink,
                                     BooleanSupplier aborted) throws ExecutionException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int[] submitted = {0};
        try {
            drain(4 * threads, () -> {
                if (submitted[0] >= count) {
                    return null;
                }
                int i = submitted[0]++;
                return pool.submit(() -> task.apply(i));
            }, sink, aborted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Starts tasks with {@code next} (null when there are no more) while fewer than
     * {@code window} are in flight, and hands the result of the oldest to {@code sink} once it is
     * done, until every result is handed over or {@code aborted} says stop; it is asked before
     * each hand-over, so a result that arrives after the abort is dropped. Tasks still in flight
     * when it returns or throws are cancelled.
     *
     * @throws ExecutionException a task failed; its cause is what the task threw
     * @throws CancellationException a task was cancelled
     */
    public static <T> void drain(int window, Supplier<? extends Future<T>> next, Consumer<T> sink, BooleanSupplier aborted)
            throws InterruptedException, ExecutionException {
        Deque<Future<T>> inFlight = new ArrayDeque<>();
        boolean more = true;
        try {
            while (!aborted.getAsBoolean()) {
                while (more && inFlight.size() < window) {
                    Future<T> f = next.get();
                    if (f == null) {
                        more = false;
                    } else {
                        inFlight.addLast(f);
                    }
                }
                if (inFlight.isEmpty()) {
                    return;
                }
                T result = inFlight.removeFirst().get();
                if (aborted.getAsBoolean()) {
                    return;
                }
                sink.accept(result);
            }
        } finally {
            for (Future<T> f : inFlight) {
                f.cancel(true);
            }
        }
    }
}
