package org.sahelsim.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.sahelsim.core.UserError;

/**
 * Where the runs of a study are computed: threads of this JVM ({@code local}) or a Spark cluster
 * ({@code spark}, from the sim-spark jar). Monte Carlo studies ({@code sahel run}) and sweeps
 * ({@code sahel sweep}) both hand their runs to an engine as a serialisable {@link Task} and a list
 * of inputs; the engine hands the results back on the calling thread strictly in input order,
 * so what is written does not depend on the engine or on the number of workers.
 */
public interface Engine extends AutoCloseable {
    /** A pure function of one input that can travel to another JVM (a Spark executor). */
    @FunctionalInterface
    interface Task<I, O> extends Serializable {
        O apply(I input);
    }

    /** A task failed: a bug (or a broken cluster), reported with its cause. */
    final class TaskFailure extends RuntimeException {
        public TaskFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Evaluates {@code task} on every input, calling {@code sink} for each result in input order;
     * returns early after {@link #abort}. A failing task throws: a {@link RuntimeException} the
     * task threw (local engine) or a {@link TaskFailure}.
     */
    <I extends Serializable, O extends Serializable> void run(Task<I, O> task, List<I> inputs, Consumer<O> sink);

    /** Asks a running {@link #run} to stop handing out work and return soon. */
    void abort();

    /** What the manifest records about the engine (name, threads, master...). */
    String describe();

    @Override
    default void close() {}

    /**
     * Makes engines by name; the local engine is built in, others (spark) are found with
     * {@link ServiceLoader} when their jar is on the classpath.
     */
    interface Factory {
        String name();

        /**
         * @param threads worker threads (0 = all cores)
         * @param master  engine-specific address (Spark master URL), or null
         */
        Engine create(int threads, String master);
    }

    /** The factory of an engine name, or a {@link UserError} that says which engines exist. */
    static Factory named(String name) {
        if ("local".equals(name)) {
            return new LocalEngine.Factory();
        }
        List<String> known = new ArrayList<>(List.of("local"));
        for (Factory f : ServiceLoader.load(Factory.class)) {
            if (f.name().equals(name)) {
                return f;
            }
            known.add(f.name());
        }
        if ("spark".equals(name)) {
            throw new UserError("--engine spark: the Spark engine is not on the classpath; run through ./sahel, "
                    + "which builds and loads sim-spark for --engine spark, or add sim-spark's jar and Spark to the classpath");
        }
        throw new UserError("--engine " + name + ": unknown engine (expected local or spark)");
    }
}
