package org.sahelsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.SahelCli;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.LocalEngine;
import org.sahelsim.experiment.sweep.ModelRuns;
import org.sahelsim.experiment.sweep.ScenarioText;
import org.sahelsim.experiment.sweep.SweepJob;
import org.sahelsim.experiment.sweep.SweepRow;
import org.sahelsim.experiment.sweep.SweepRun;
import org.sahelsim.experiment.sweep.SweepRunner;
import org.sahelsim.experiment.sweep.SweepSpec;
import org.sahelsim.experiment.sweep.SweepSpecLoader;

/** The Spark engine on local[2] computes exactly the local engine's rows, in the same order. */
class SparkEngineTest {
    static final Path SCENARIO = Path.of("../sim-core/src/test/resources/scenarios/test-small.json").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path spec() throws IOException {
        Path p = tmp.resolve("spark-small.json");
        Files.writeString(p, """
                {"scenario": "%s", "seed": 11, "days": 20, "design": "sobol", "baseSamples": 4, "replications": 2,
                 "parameters": [{"key": "airStrikes.sortieFactor", "range": [0.2, 3]},
                                {"key": "recruitment.foreignInflowPerDay", "range": [0, 40]}],
                 "outputs": [{"name": "konna_gov", "type": "firstControlDay", "town": "Konna", "side": "government"},
                             {"name": "fighters", "type": "metric", "metrics": ["fighters_ANSAR_DINE", "fighters_MUJAO"]}]}
                """.formatted(SCENARIO));
        return p;
    }

    private static List<SweepRow> rows(Engine engine, SweepJob job, List<SweepRun> runs) {
        List<SweepRow> out = new ArrayList<>();
        try (engine) {
            engine.run(job, runs, out::add);
        }
        return out;
    }

    @Test
    void sparkLocal2MatchesTheLocalEngineRowForRow() throws IOException {
        Path specFile = spec();
        SweepSpec spec = SweepSpecLoader.load(specFile, p -> 20);
        String text = Files.readString(spec.scenarioFile());
        SweepJob job = new SweepJob(new ScenarioText(spec.scenarioFile().toString(), text), new ModelRuns(), spec);
        List<SweepRun> runs = SweepRunner.plan(spec);

        List<SweepRow> local = rows(new LocalEngine(2), job, runs);
        List<SweepRow> spark = rows(new SparkEngine(0, "local[2]"), job, runs);
        assertEquals(runs.size(), spark.size());
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(runs.get(i).index(), spark.get(i).run().index(), "run order");
            assertEquals(local.get(i).run().seed(), spark.get(i).run().seed());
            assertArrayEquals(local.get(i).outputs(), spark.get(i).outputs(), "row " + i);
        }

        // and through the command line: the same files byte for byte
        Path a = tmp.resolve("local");
        Path b = tmp.resolve("spark");
        assertEquals(0, SahelCli.execute("sweep", specFile.toString(), "--out", a.toString(), "--threads", "1"));
        assertEquals(0, SahelCli.execute("sweep", specFile.toString(), "--engine", "spark", "--master", "local[2]", "--out", b.toString()));
        for (String f : List.of(SweepRunner.RESULTS, SweepRunner.POINTS, SweepRunner.SENSITIVITY)) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    @Test
    void aMonteCarloStudyOnSparkWritesTheLocalEnginesFilesByteForByte() throws IOException {
        Path a = tmp.resolve("run-local");
        Path b = tmp.resolve("run-spark");
        String scenario = SCENARIO.toString();
        assertEquals(0, SahelCli.execute("run", scenario, "--runs", "6", "--days", "15", "--seed", "9", "--threads", "1",
                "--out", a.toString()));
        assertEquals(0, SahelCli.execute("run", scenario, "--runs", "6", "--days", "15", "--seed", "9", "--engine", "spark",
                "--master", "local[2]", "--out", b.toString()));
        for (String f : List.of("timeseries.csv", "towns.csv", "events.csv", "events-aggregated.csv", "fatalities-by-year.csv",
                "summary.json", "map.png")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertTrue(Files.readString(b.resolve("manifest.json")).contains("\"engine\" : \"spark, master local[2]"));
    }

    @Test
    void aGzipSampledStudyOnSparkWritesTheLocalEnginesFilesByteForByte() throws IOException {
        Path a = tmp.resolve("gz-local");
        Path b = tmp.resolve("gz-spark");
        String scenario = SCENARIO.toString();
        String[] flags = {"--compress", "gzip", "--events", "every:2", "--timeseries", "first:3", "--aggregate", "month:cell"};
        List<String> local = new java.util.ArrayList<>(List.of("run", scenario, "--runs", "6", "--days", "15", "--seed", "9",
                "--threads", "1", "--out", a.toString()));
        local.addAll(List.of(flags));
        List<String> spark = new java.util.ArrayList<>(List.of("run", scenario, "--runs", "6", "--days", "15", "--seed", "9",
                "--engine", "spark", "--master", "local[2]", "--out", b.toString()));
        spark.addAll(List.of(flags));
        assertEquals(0, SahelCli.execute(local.toArray(String[]::new)));
        assertEquals(0, SahelCli.execute(spark.toArray(String[]::new)));
        for (String f : List.of("timeseries.csv.gz", "towns.csv.gz", "events.csv.gz", "events-aggregated.csv.gz",
                "fatalities-by-year.csv", "summary.json", "map.png")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void badOrUnreachableMastersAreOneLineWithoutADirectory() {
        java.io.StringWriter err = new java.io.StringWriter();
        var cl = SahelCli.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        Path out = tmp.resolve("never");
        // a port nothing listens on: closed right after binding it
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(1, cl.execute("run", SCENARIO.toString(), "--runs", "1", "--engine", "spark",
                "--master", "spark://127.0.0.1:" + port, "--out", out.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("sahel: Spark master spark://127.0.0.1:" + port + ": cannot connect"), err.toString());
        assertFalse(Files.exists(out));

        java.io.StringWriter err2 = new java.io.StringWriter();
        var cl2 = SahelCli.commandLine();
        cl2.setErr(new java.io.PrintWriter(err2, true));
        assertEquals(2, cl2.execute("run", SCENARIO.toString(), "--engine", "spark", "--master", "sparky//x", "--out", out.toString()));
        assertTrue(err2.toString().contains("expected a Spark master URL"), err2.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void theApplicationJarIsFoundNextToTheModuleJarOrItsAbsenceExplained() throws IOException {
        Path target = tmp.resolve("target");
        Path classes = Files.createDirectories(target.resolve("classes"));
        org.sahelsim.core.UserError e = org.junit.jupiter.api.Assertions.assertThrows(org.sahelsim.core.UserError.class,
                () -> SparkEngine.applicationJar(classes));
        assertTrue(e.getMessage().contains("mvn -B -DskipTests package"), e.getMessage());
        Path jar = Files.writeString(target.resolve(SparkEngine.APP_JAR), "not read here");
        assertEquals(jar, SparkEngine.applicationJar(classes));
        assertEquals(jar, SparkEngine.applicationJar(target.resolve("sim-spark-0.1.0.jar")));
    }
}
