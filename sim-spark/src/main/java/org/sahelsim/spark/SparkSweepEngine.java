package org.sahelsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.sahelsim.experiment.InOrder;
import org.sahelsim.experiment.sweep.SweepEngine;
import org.sahelsim.experiment.sweep.SweepJob;
import org.sahelsim.experiment.sweep.SweepRow;
import org.sahelsim.experiment.sweep.SweepRun;

/**
 * The sweep engine {@code spark}: runs are grouped into a few partitions per core (a Spark task
 * costs about 10 ms, a run far more, so a handful of runs per task keeps the overhead small while
 * leaving enough tasks to balance the load), evaluated on the executors, and collected batch by
 * batch in run order (two batches in flight), so rows stream to disk and an interrupted sweep
 * keeps the finished batches.
 *
 * <p>Without a master URL it starts Spark embedded ({@code local[T]}, or {@code local[*]}), unless
 * {@code spark-submit} already set {@code spark.master}.
 */
public final class SparkSweepEngine implements SweepEngine {
    /** Partitions per core in a batch, and batches' runs per partition at most. */
    static final int PARTITIONS_PER_CORE = 3;
    static final int MAX_RUNS_PER_PARTITION = 8;

    private final JavaSparkContext spark;
    private final String master;
    private volatile boolean aborted;

    public SparkSweepEngine(int threads, String masterUrl) {
        SparkConf conf = new SparkConf().setAppName("sahelsim-sweep"); // also reads spark.* set by spark-submit
        if (masterUrl != null) {
            conf.setMaster(masterUrl);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + (threads > 0 ? Integer.toString(threads) : "*") + "]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // embedded: nothing listens beyond this machine
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        this.master = conf.get("spark.master");
        this.spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
    }

    @Override
    public void run(SweepJob job, List<SweepRun> runs, Consumer<SweepRow> sink) {
        int cores = Math.max(1, spark.defaultParallelism());
        int partitions = cores * PARTITIONS_PER_CORE;
        // two batches in flight: while the driver writes one, the cores are busy with the next,
        // and the tail of one batch overlaps the start of the next
        int[] submitted = {0};
        try {
            InOrder.drain(2, () -> {
                if (submitted[0] >= runs.size()) {
                    return null;
                }
                int perPartition = Math.max(1, Math.min(MAX_RUNS_PER_PARTITION, (runs.size() - submitted[0]) / partitions));
                int batch = Math.min(runs.size() - submitted[0], partitions * perPartition);
                List<SweepRun> slice = new ArrayList<>(runs.subList(submitted[0], submitted[0] + batch));
                submitted[0] += batch;
                return spark.parallelize(slice, Math.min(partitions, batch)).map(job::evaluate).collectAsync();
            }, rows -> { // partition order, so run order
                for (SweepRow row : rows) {
                    if (aborted) {
                        return;
                    }
                    sink.accept(row);
                }
            }, () -> aborted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            if (!aborted) {
                throw new IllegalStateException("a sweep run failed on Spark: " + e.getCause(), e.getCause());
            }
        }
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
    public static final class Factory implements SweepEngine.Factory {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public SweepEngine create(int threads, String master) {
            return new SparkSweepEngine(threads, master);
        }
    }
}
