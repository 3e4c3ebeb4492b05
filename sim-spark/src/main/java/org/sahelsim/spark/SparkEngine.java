package org.sahelsim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.EnvironmentFailure;
import org.sahelsim.experiment.InOrder;

/**
 * The engine {@code spark}: inputs are grouped into a few partitions per core (a Spark task costs
 * about 10 ms, a run far more, so a handful of runs per task keeps the overhead small while
 * leaving enough tasks to balance the load), evaluated on the executors, and collected batch by
 * batch in input order (two batches in flight), so rows stream to disk and an interrupted study
 * keeps the finished batches.
 *
 * <p>Without a master URL it starts Spark embedded ({@code local[T]}, or {@code local[*]}), unless
 * {@code spark-submit} already set {@code spark.master}. On a cluster the executors need SahelSim's
 * classes: under spark-submit the application jar travels by itself ({@code spark.jars}); started
 * otherwise (./sahel with {@code --master spark://...}), the engine ships {@code sahelsim-spark.jar}
 * (SahelSim and its libraries without Spark) the same way.
 */
public final class SparkEngine implements Engine {
    /** Partitions per core in a batch, and batches' runs per partition at most. */
    static final int PARTITIONS_PER_CORE = 3;
    static final int MAX_RUNS_PER_PARTITION = 8;
    /** The shaded jar of sim-spark (see its pom): what executors need of SahelSim. */
    static final String APP_JAR = "sahelsim-spark.jar";
    /** Overrides where the application jar is ({@code -Dsahel.spark.appJar=PATH}). */
    static final String APP_JAR_PROPERTY = "sahel.spark.appJar";

    private final JavaSparkContext spark;
    private final String master;
    private volatile boolean aborted;

    public SparkEngine(int threads, String masterUrl) {
        SparkConf conf = new SparkConf().setAppName("sahelsim"); // also reads spark.* set by spark-submit
        if (masterUrl != null) {
            checkMaster(masterUrl);
            conf.setMaster(masterUrl);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + (threads > 0 ? Integer.toString(threads) : "*") + "]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        String m = conf.get("spark.master");
        if (m.startsWith("spark://")) {
            probe(m); // an unreachable master is what to report first, before anything else is looked for
        }
        if (m.startsWith("local")) {
            // embedded: nothing listens beyond this machine
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else if (conf.get("spark.jars", "").isBlank()) {
            // not under spark-submit: ship SahelSim to the executors as spark-submit would
            conf.set("spark.jars", applicationJar().toUri().toString());
        }
        this.master = m;
        try {
            this.spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new EnvironmentFailure("Spark master " + m + ": cannot start the application (" + firstLine(e) + ")", e);
        }
        spark.setLogLevel("WARN");
        if (!m.startsWith("local")) {
            awaitExecutors(Long.getLong(EXECUTOR_WAIT_PROPERTY, 120));
        }
    }

    /** Seconds to wait for the first executor of a cluster ({@code -Dsahel.spark.executorWaitSeconds}). */
    static final String EXECUTOR_WAIT_PROPERTY = "sahel.spark.executorWaitSeconds";

    /**
     * A standalone master that does not answer makes Spark retry for a minute and then fail with
     * stack traces: try its address first, and say in one line what is wrong.
     */
    static void probe(String url) {
        for (String hostPort : url.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new UserError("--master " + url + ": the port is not a number (expected spark://HOST:PORT)");
            }
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(host, port), 10_000);
                return; // one master of the list answers
            } catch (java.io.IOException e) {
                if (!hostPort.equals(url.substring(url.lastIndexOf(',') + 1)) && url.contains(",")) {
                    continue;
                }
                throw new EnvironmentFailure("Spark master " + url + ": cannot connect to " + host + ":" + port + " ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
            }
        }
    }

    /** Waits until the cluster gives the application an executor; none within the time is a failure. */
    private void awaitExecutors(long seconds) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (spark.sc().getExecutorMemoryStatus().size() < 2) { // the driver counts as one
            if (spark.sc().isStopped()) {
                throw new EnvironmentFailure("Spark master " + master + ": the application was stopped before it got an executor "
                        + "(see the Spark messages above)");
            }
            if (System.nanoTime() > deadline) {
                spark.stop();
                throw new EnvironmentFailure("Spark master " + master + ": no executor joined within " + seconds
                        + " s (no worker, or none with the cores and memory asked for: spark.executor.memory)");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Refuses what cannot be a Spark master URL before Spark tries to connect. */
    static void checkMaster(String url) {
        if (!url.matches("local(\\[(\\*|[1-9][0-9]{0,3})(,[0-9]{1,4})?\\])?|(spark|yarn|k8s|mesos)(://\\S+)?")) {
            throw new UserError("--master " + url + ": expected a Spark master URL, e.g. spark://127.0.0.1:7077 or local[4]");
        }
    }

    /**
     * The jar that carries SahelSim to the executors: {@code -Dsahel.spark.appJar}, else the jar
     * this class comes from when it is the shaded one, else {@code sahelsim-spark.jar} next to it
     * (sim-spark/target, where the build puts both).
     */
    static Path applicationJar() {
        String given = System.getProperty(APP_JAR_PROPERTY);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p)) {
                throw new UserError("-D" + APP_JAR_PROPERTY + "=" + given + ": no such file (expected " + APP_JAR + ")");
            }
            return p.toAbsolutePath();
        }
        Path code;
        try {
            code = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            throw new UserError("cannot tell where SahelSim's classes come from, so cannot ship them to the executors; "
                    + "submit " + APP_JAR + " with spark-submit instead");
        }
        return applicationJar(code);
    }

    /** The application jar for classes loaded from {@code code} (a jar or a classes directory). */
    static Path applicationJar(Path code) {
        if (Files.isRegularFile(code) && carriesTheCli(code)) {
            return code;
        }
        Path sibling = code.getParent() == null ? null : code.getParent().resolve(APP_JAR);
        if (sibling != null && Files.isRegularFile(sibling)) {
            return sibling;
        }
        throw new UserError("--master: the executors need SahelSim's jar and " + APP_JAR + " is not next to " + code
                + "; build it with 'mvn -B -DskipTests package' (it lands in sim-spark/target) or submit it with spark-submit");
    }

    private static boolean carriesTheCli(Path jar) {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getEntry("org/sahelsim/cli/SahelCli.class") != null && j.getEntry("org/sahelsim/spark/SparkEngine.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public <I extends Serializable, O extends Serializable> void run(Task<I, O> task, List<I> inputs, Consumer<O> sink) {
        int cores = Math.max(1, spark.defaultParallelism());
        int partitions = cores * PARTITIONS_PER_CORE;
        // two batches in flight: while the driver writes one, the cores are busy with the next,
        // and the tail of one batch overlaps the start of the next
        int[] submitted = {0};
        try {
            InOrder.drain(2, () -> {
                if (submitted[0] >= inputs.size()) {
                    return null;
                }
                int perPartition = Math.max(1, Math.min(MAX_RUNS_PER_PARTITION, (inputs.size() - submitted[0]) / partitions));
                int batch = Math.min(inputs.size() - submitted[0], partitions * perPartition);
                List<I> slice = new ArrayList<>(inputs.subList(submitted[0], submitted[0] + batch));
                submitted[0] += batch;
                return spark.parallelize(slice, Math.min(partitions, batch)).map(task::apply).collectAsync();
            }, results -> { // partition order, so input order
                for (O r : results) {
                    if (aborted) {
                        return;
                    }
                    sink.accept(r);
                }
            }, () -> aborted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            if (!aborted) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new TaskFailure("a run failed on Spark (master " + master + "): " + firstLine(cause), cause);
            }
        } catch (RuntimeException e) {
            if (spark.sc().isStopped() && !aborted) { // e.g. the master went away and Spark gave up
                throw new EnvironmentFailure("Spark master " + master + ": the application was stopped (" + firstLine(e) + ")", e);
            }
            throw e; // the sink's own failures (a full disk...) pass unchanged
        }
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(t.getClass().getName());
    }

    @Override
    public void abort() {
        aborted = true;
        spark.sc().cancelAllJobs();
    }

    @Override
    public String describe() {
        return "spark, master " + master + ", default parallelism " + spark.defaultParallelism();
    }

    @Override
    public void close() {
        spark.stop();
    }

    /** Found by {@link java.util.ServiceLoader} when this jar is on the classpath. */
    public static final class Factory implements Engine.Factory {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public Engine create(int threads, String master) {
            return new SparkEngine(threads, master);
        }
    }
}
