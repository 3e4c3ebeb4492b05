package org.sahelsim.experiment.calibrate;

import org.sahelsim.experiment.StudyDirs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.AtomicFiles;
import org.sahelsim.experiment.Csv;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.EnvironmentFailure;
import org.sahelsim.experiment.Seeds;

/**
 * Runs a calibration into a directory. After every generation {@code checkpoint.json} (the whole
 * state, exact), {@code posterior.csv} and {@code generations.csv} are replaced atomically; when
 * the calibration stops, the posterior-predictive runs are made and {@code calibration.json},
 * {@code posterior.png} and {@code manifest.json} are written. {@code --resume} restarts from the
 * checkpoint: the generation that was running is run again from its start, and since every draw
 * derives from (seed, generation, proposal), the files end byte-identical to those of an
 * uninterrupted calibration (the manifest's times and flags aside).
 */
public final class CalibrationRunner {
    public static final String POSTERIOR = "posterior.csv";
    public static final String GENERATIONS = "generations.csv";
    public static final String CALIBRATION = "calibration.json";
    public static final String FIGURE = "posterior.png";
    public static final String MANIFEST = "manifest.json";
    public static final String CHECKPOINT = "checkpoint.json";
    public static final List<String> OUTPUTS = List.of(POSTERIOR, GENERATIONS, CALIBRATION, FIGURE, MANIFEST, CHECKPOINT);

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Told of progress on the terminal. */
    public interface Progress {
        void simulated(long simulations, int generation, double epsilon);

        void predictive(int done, int total);
    }

    private final CalibrationSpec spec;
    private final Engine.Task<Proposal, Simulated> calibrationTask;
    private final Engine.Task<Proposal, Simulated> predictiveTask;
    private final Map<String, Double> defaults;
    private final Path dir;
    private final Map<String, Object> manifest;
    private final AbcSmc abc;
    private volatile boolean interrupted;

    /**
     * @param calibrationTask simulates a proposal's replications, measuring the calibration targets ({@link CalibrationSpec#fitted()}) over {@code days}
     * @param predictiveTask  simulates one run measuring every target over {@code predictiveDays}
     * @param defaults        the calibrated parameters' values without calibration (the scenario's or the catalogue's), for the comparison in calibration.json
     */
    public CalibrationRunner(CalibrationSpec spec, Engine.Task<Proposal, Simulated> calibrationTask,
                             Engine.Task<Proposal, Simulated> predictiveTask, Map<String, Double> defaults, Path dir,
                             Map<String, Object> manifest) {
        this.spec = spec;
        this.calibrationTask = calibrationTask;
        this.predictiveTask = predictiveTask;
        this.defaults = defaults;
        this.dir = dir;
        this.manifest = new LinkedHashMap<>(manifest);
        List<Target> fitted = spec.fitted();
        this.abc = new AbcSmc(new AbcSmc.Settings(spec.priors(), spec.population(), spec.replications(), spec.generations(),
                spec.minEpsilon(), spec.quantile(), spec.minAcceptanceRate(), spec.seed()),
                fitted.stream().mapToDouble(Target::value).toArray(), fitted.stream().mapToDouble(Target::scale).toArray());
    }

    /** The default parameter values of a spec's keys in a parameter set. */
    public static Map<String, Double> defaultsOf(CalibrationSpec spec, Parameters base) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : spec.keys()) {
            m.put(k, base.get(k));
        }
        return m;
    }

    /** Refuses an output directory before anything is written (as sweep does: {@link StudyDirs#checkOut}). */
    public static void checkDirectory(Path dir, boolean force, boolean resume) {
        StudyDirs.checkOut(dir, force, resume, OUTPUTS, CHECKPOINT, "calibration");
    }

    /** Stops the calibration soon (Ctrl-C): the last complete generation's files stay, and --resume continues. */
    public void interrupt() {
        interrupted = true;
        abc.abort();
    }

    /**
     * Runs (or continues) the calibration and writes every output.
     *
     * @return the final state (its {@code stopped} says why)
     */
    public AbcSmc.State run(Engine engine, boolean resume, long budget, Progress progress) {
        AbcSmc.State from = null;
        try {
            Files.createDirectories(dir);
            if (resume) {
                from = readCheckpoint();
            } else {
                for (String name : OUTPUTS) {
                    Files.deleteIfExists(dir.resolve(name));
                }
            }
            manifest.put("complete", false);
            writeManifest(null);
        } catch (IOException e) {
            throw failure(dir, e);
        }
        AbcSmc.State state = abc.run(engine, calibrationTask, from, budget, new AbcSmc.Listener() {
            @Override
            public void simulated(long simulations, int generation, double epsilon) {
                progress.simulated(simulations, generation, epsilon);
            }

            @Override
            public void generationDone(AbcSmc.State s) {
                writeGeneration(s);
            }
        });
        if (state.population() == null) {
            writeManifestQuietly(state);
            return state;
        }
        if (interrupted || "interrupted".equals(state.stopped())) {
            writeManifestQuietly(state);
            return state;
        }
        writeGeneration(state);
        Predictive predictive = predictive(engine, state, progress);
        if (predictive == null) {
            writeManifestQuietly(new AbcSmc.State(state.generations(), state.population(), state.simulations(), "interrupted"));
            return new AbcSmc.State(state.generations(), state.population(), state.simulations(), "interrupted");
        }
        Path at = dir;
        try {
            at = dir.resolve(CALIBRATION);
            byte[] summary = JSON.writeValueAsBytes(summary(state, predictive));
            AtomicFiles.write(at, out -> out.write(summary));
            at = dir.resolve(FIGURE);
            AtomicFiles.write(at, out -> PosteriorFigure.write(spec, state.population(), out));
            manifest.put("complete", true);
            writeManifest(state);
        } catch (IOException e) {
            throw failure(at, e);
        }
        return state;
    }

    private void writeManifestQuietly(AbcSmc.State state) {
        try {
            writeManifest(state);
        } catch (IOException e) {
            throw failure(dir.resolve(MANIFEST), e);
        }
    }

    // ---------------------------------------------------------------- per generation

    private void writeGeneration(AbcSmc.State s) {
        Path at = dir.resolve(CHECKPOINT);
        try {
            byte[] checkpoint = JSON.writeValueAsBytes(checkpoint(s));
            // the posterior and the table first: the checkpoint, written last, is what --resume trusts
            at = dir.resolve(POSTERIOR);
            AtomicFiles.write(at, out -> out.write(posteriorCsv(s.population()).getBytes(StandardCharsets.UTF_8)));
            at = dir.resolve(GENERATIONS);
            AtomicFiles.write(at, out -> out.write(generationsCsv(s).getBytes(StandardCharsets.UTF_8)));
            at = dir.resolve(CHECKPOINT);
            AtomicFiles.write(at, out -> out.write(checkpoint));
        } catch (IOException e) {
            throw failure(at, e);
        }
    }

    String posteriorCsv(AbcSmc.Population p) {
        StringBuilder sb = new StringBuilder();
        sb.append("particle,").append(String.join(",", spec.keys())).append(",weight,distance\n");
        for (int i = 0; i < p.weights().length; i++) {
            sb.append(i);
            for (int d = 0; d < spec.priors().size(); d++) {
                sb.append(',');
                Csv.number(sb, spec.priors().get(d).value(p.internal()[i][d]));
            }
            sb.append(',');
            Csv.number(sb, p.weights()[i]);
            sb.append(',');
            Csv.number(sb, p.distances()[i]);
            sb.append('\n');
        }
        return sb.toString();
    }

    static String generationsCsv(AbcSmc.State s) {
        StringBuilder sb = new StringBuilder("generation,epsilon,accepted,proposals,simulations,acceptance_rate,effective_sample_size\n");
        for (AbcSmc.Generation g : s.generations()) {
            sb.append(g.generation()).append(',');
            if (Double.isInfinite(g.epsilon())) {
                sb.append("inf");
            } else {
                Csv.number(sb, g.epsilon());
            }
            sb.append(',').append(g.accepted()).append(',').append(g.proposals()).append(',').append(g.simulations()).append(',');
            Csv.number(sb, g.acceptanceRate());
            sb.append(',');
            Csv.number(sb, g.effectiveSampleSize());
            sb.append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- checkpoint

    private ObjectNode checkpoint(AbcSmc.State s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("specSha256", spec.sha256());
        // the runs of complete generations only: an unfinished generation is run again by --resume
        root.put("simulations", s.generations().get(s.generations().size() - 1).simulations());
        ArrayNode gens = root.putArray("generations");
        for (AbcSmc.Generation g : s.generations()) {
            ObjectNode o = gens.addObject();
            o.put("generation", g.generation());
            o.put("epsilon", Double.toString(g.epsilon()));
            o.put("accepted", g.accepted());
            o.put("proposals", g.proposals());
            o.put("simulations", g.simulations());
            o.put("acceptanceRate", Double.toString(g.acceptanceRate()));
            o.put("effectiveSampleSize", Double.toString(g.effectiveSampleSize()));
        }
        ArrayNode particles = root.putArray("particles");
        AbcSmc.Population p = s.population();
        for (int i = 0; i < p.weights().length; i++) {
            ObjectNode o = particles.addObject();
            ArrayNode z = o.putArray("internal");
            for (double v : p.internal()[i]) {
                z.add(Double.toString(v));
            }
            o.put("weight", Double.toString(p.weights()[i]));
            o.put("distance", Double.toString(p.distances()[i]));
        }
        return root;
    }

    private AbcSmc.State readCheckpoint() throws IOException {
        Path file = dir.resolve(CHECKPOINT);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserError(file + ": not a checkpoint this program wrote (" + e.getOriginalMessage() + ")");
        }
        if (!spec.sha256().equals(root.path("specSha256").asText())) {
            throw new UserError(file + ": was written for another version of the spec (its SHA-256 differs); "
                    + "start a new calibration with --force or another --out");
        }
        List<AbcSmc.Generation> gens = new ArrayList<>();
        for (JsonNode o : root.get("generations")) {
            gens.add(new AbcSmc.Generation(o.get("generation").asInt(), Double.parseDouble(o.get("epsilon").asText()),
                    o.get("accepted").asInt(), o.get("proposals").asLong(), o.get("simulations").asLong(),
                    Double.parseDouble(o.get("acceptanceRate").asText()), Double.parseDouble(o.get("effectiveSampleSize").asText())));
        }
        JsonNode ps = root.get("particles");
        double[][] internal = new double[ps.size()][];
        double[] w = new double[ps.size()];
        double[] d = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            JsonNode o = ps.get(i);
            internal[i] = new double[o.get("internal").size()];
            for (int k = 0; k < internal[i].length; k++) {
                internal[i][k] = Double.parseDouble(o.get("internal").get(k).asText());
            }
            w[i] = Double.parseDouble(o.get("weight").asText());
            d[i] = Double.parseDouble(o.get("distance").asText());
        }
        return new AbcSmc.State(gens, new AbcSmc.Population(internal, w, d), root.get("simulations").asLong(), null);
    }

    // ---------------------------------------------------------------- posterior predictive

    /** Per target, the values of the predictive runs, and of the same runs at the default parameters. */
    private record Predictive(double[][] posterior, double[][] defaults) {}

    private Predictive predictive(Engine engine, AbcSmc.State state, Progress progress) {
        int n = spec.predictive();
        long drawStream = Seeds.forRun(spec.seed(), 1_000_001);
        long simStream = Seeds.forRun(spec.seed(), 1_000_002);
        double[] weights = state.population().weights();
        double[] cumulative = new double[weights.length];
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            cumulative[i] = c;
        }
        List<Proposal> inputs = new ArrayList<>(2 * n);
        double[] base = spec.keys().stream().mapToDouble(defaults::get).toArray();
        for (int k = 0; k < n; k++) {
            double u = new Well19937c(Seeds.forRun(drawStream, k)).nextDouble() * c;
            int i = Arrays.binarySearch(cumulative, u);
            i = Math.min(i >= 0 ? i : -i - 1, weights.length - 1);
            double[] values = new double[spec.priors().size()];
            for (int d = 0; d < values.length; d++) {
                values[d] = spec.priors().get(d).value(state.population().internal()[i][d]);
            }
            long seed = Seeds.forRun(simStream, k);
            inputs.add(new Proposal(2 * k, values, seed));
            inputs.add(new Proposal(2 * k + 1, base, seed)); // the same seed at the defaults: a paired comparison
        }
        int t = spec.targets().size();
        double[][] post = new double[t][n];
        double[][] def = new double[t][n];
        int[] done = {0};
        engine.run(predictiveTask, inputs, r -> {
            int k = r.index() / 2;
            double[][] into = r.index() % 2 == 0 ? post : def;
            for (int j = 0; j < t; j++) {
                into[j][k] = r.summaries()[j];
            }
            done[0]++;
            progress.predictive(done[0], inputs.size());
        });
        return done[0] < inputs.size() || interrupted ? null : new Predictive(post, def);
    }

    // ---------------------------------------------------------------- calibration.json

    private ObjectNode summary(AbcSmc.State state, Predictive predictive) {
        ObjectNode root = JSON.createObjectNode();
        root.put("spec", spec.name());
        root.put("description", spec.description());
        root.put("scenario", spec.scenarioFile().getFileName().toString());
        root.put("seed", spec.seed());
        root.put("population", spec.population());
        root.put("replications", spec.replications());
        root.put("days", spec.days());
        root.put("predictiveDays", spec.predictiveDays());
        root.put("predictiveRuns", spec.predictive());
        root.put("generations", state.generations().size());
        root.put("finalEpsilon", state.epsilon());
        root.put("simulations", state.simulations());
        root.put("stopped", state.stopped());
        ObjectNode params = root.putObject("parameters");
        AbcSmc.Population p = state.population();
        for (int d = 0; d < spec.priors().size(); d++) {
            Prior prior = spec.priors().get(d);
            double[] v = new double[p.weights().length];
            for (int i = 0; i < v.length; i++) {
                v[i] = prior.value(p.internal()[i][d]);
            }
            ObjectNode o = params.putObject(prior.key());
            o.put("prior", prior.kind().id());
            o.putArray("range").add(prior.lo()).add(prior.hi());
            o.put("default", defaults.get(prior.key()));
            o.put("median", round(AbcSmc.weightedQuantile(v, p.weights(), 0.5)));
            o.put("q05", round(AbcSmc.weightedQuantile(v, p.weights(), 0.05)));
            o.put("q95", round(AbcSmc.weightedQuantile(v, p.weights(), 0.95)));
            double mean = 0;
            for (int i = 0; i < v.length; i++) {
                mean += p.weights()[i] * v[i];
            }
            o.put("mean", round(mean));
        }
        ArrayNode targets = root.putArray("targets");
        double[] sq = new double[2];
        int[] count = new int[2];
        double[] sqDefault = new double[2];
        for (int j = 0; j < spec.targets().size(); j++) {
            Target t = spec.targets().get(j);
            ObjectNode o = targets.addObject();
            o.put("name", t.name());
            o.put("type", t.kind().id());
            if (t.town() != null) {
                o.put("town", t.town());
                o.put("side", t.side().id());
            }
            o.put("documented", t.documented());
            o.put("documentedValue", t.value());
            o.put("scale", t.scale());
            o.put("heldOut", t.heldOut());
            o.put("source", t.source());
            double[] post = predictive.posterior()[j];
            double[] def = predictive.defaults()[j];
            ObjectNode pp = o.putObject("posteriorPredictive");
            describe(pp, post, t);
            ObjectNode dd = o.putObject("atDefaults");
            describe(dd, def, t);
            double z = (mean(post) - t.value()) / t.scale();
            double zd = (mean(def) - t.value()) / t.scale();
            o.put("missInScales", round(z));
            o.put("missInScalesAtDefaults", round(zd));
            int k = t.heldOut() ? 1 : 0;
            sq[k] += z * z;
            sqDefault[k] += zd * zd;
            count[k]++;
        }
        ObjectNode fit = root.putObject("fit");
        fit.put("about", "root mean square of (predictive mean - documented) / scale over the targets; lower is better");
        fit.put("calibrationTargets", round(Math.sqrt(sq[0] / Math.max(1, count[0]))));
        fit.put("calibrationTargetsAtDefaults", round(Math.sqrt(sqDefault[0] / Math.max(1, count[0]))));
        if (count[1] > 0) {
            fit.put("heldOutTargets", round(Math.sqrt(sq[1] / count[1])));
            fit.put("heldOutTargetsAtDefaults", round(Math.sqrt(sqDefault[1] / count[1])));
        }
        return root;
    }

    private void describe(ObjectNode o, double[] v, Target t) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        o.put("mean", round(mean(v)));
        o.put("q05", round(quantile(sorted, 0.05)));
        o.put("median", round(quantile(sorted, 0.5)));
        o.put("q95", round(quantile(sorted, 0.95)));
        int within = 0;
        int censored = 0;
        for (double x : v) {
            if (Math.abs(x - t.value()) <= t.scale()) {
                within++;
            }
            if (t.kind() == Target.Kind.CONTROL_DATE && x > spec.predictiveDays()) {
                censored++;
            }
        }
        o.put("shareWithinScale", round((double) within / v.length));
        if (t.kind() == Target.Kind.CONTROL_DATE) {
            o.put("shareNever", round((double) censored / v.length));
            o.put("medianDate", censoredDate(quantile(sorted, 0.5)));
        }
    }

    private String censoredDate(double day) {
        if (day > spec.predictiveDays()) {
            return "never (by day " + spec.predictiveDays() + ")";
        }
        return dateOf((int) Math.round(day));
    }

    private String dateOf(int day) {
        Object start = manifest.get("startDate");
        return start == null ? "day " + day : java.time.LocalDate.parse(start.toString()).plusDays(day - 1L).toString();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return Math.round(v * 1e6) / 1e6;
    }

    // ---------------------------------------------------------------- manifest

    private void writeManifest(AbcSmc.State state) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        if (state != null) {
            m.put("generations", state.generations().size());
            m.put("simulations", state.simulations());
            m.put("stopped", state.stopped());
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String name : List.of(POSTERIOR, GENERATIONS, CALIBRATION, FIGURE)) {
            Path f = dir.resolve(name);
            if (Files.exists(f)) {
                hashes.put(name, org.sahelsim.experiment.Sha256.hex(f));
            }
        }
        m.put("sha256", hashes);
        byte[] bytes = JSON.writeValueAsBytes(m);
        AtomicFiles.write(dir.resolve(MANIFEST), out -> out.write(bytes));
    }

    private static EnvironmentFailure failure(Path at, IOException e) {
        return new EnvironmentFailure(at + ": " + AtomicFiles.reason(e), e);
    }
}
