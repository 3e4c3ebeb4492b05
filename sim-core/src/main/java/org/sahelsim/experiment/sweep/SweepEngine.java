package org.sahelsim.experiment.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Evaluates the runs of a sweep somewhere (threads of this JVM, a Spark cluster) and hands the
 * rows back on the calling thread, strictly in the order of {@code runs}, so that what is written
 * does not depend on the engine.
 */
public interface SweepEngine extends AutoCloseable {
    /** Evaluates {@code runs}, calling {@code sink} for each in list order; returns early after {@link #abort}. */
    void run(SweepJob job, List<SweepRun> runs, Consumer<SweepRow> sink);

    /** Asks a running {@link #run} to stop handing out work and return soon. */
    void abort();

    /** What the manifest records about the engine (name, threads, master...). */
    String describe();

    @Override
    default void close() {}

    /**
     * Makes engines by name; the local engine is built in, others (spark) are found with
     * {@link java.util.ServiceLoader} when their jar is on the classpath.
     */
    interface Factory {
        String name();

        /**
         * @param threads worker threads (0 = all cores)
         * @param master  engine-specific address (Spark master URL), or null
         */
        SweepEngine create(int threads, String master);
    }
}
