package org.sahelsim.experiment.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.sahelsim.experiment.Engine;
import org.sahelsim.experiment.Seeds;

/**
 * Sequential Monte Carlo approximate Bayesian computation (ABC-SMC; Toni et al. 2009, with the
 * importance weights and adaptive kernel of Beaumont et al. 2009).
 *
 * <p>Generation 0 draws {@code population} particles from the prior and accepts them all
 * (epsilon = infinity). Generation t > 0 sets epsilon_t to the weighted {@code quantile} of
 * generation t-1's distances (never above epsilon_{t-1}), then proposes particles until
 * {@code population} are accepted: a particle of generation t-1 drawn by weight, perturbed
 * component by component by a normal kernel with twice the weighted variance of generation t-1
 * (Beaumont et al.), truncated to the prior's box; its replications are simulated and it is
 * accepted when its distance is at most epsilon_t. Its importance weight is
 * prior / sum_j W_j K(theta | theta_j), with K the truncated kernel's density (normalised per
 * source particle, since the truncation removes a different mass for each). Everything works on
 * the priors' internal scale ({@link Prior}), on which every prior is uniform, so the prior
 * density cancels in the normalised weights.
 *
 * <p>Determinism: proposal j of generation t draws from its own generator seeded by
 * (seed, t, j) and simulates with seeds derived from (seed, t, j); results come back from the
 * engine in proposal order and the first {@code population} accepted in that order are kept,
 * so the outcome does not depend on the engine or its threads. A generation is the unit of
 * checkpointing: a state after generation t is all that is needed to continue identically.
 */
public final class AbcSmc {
    /** The algorithm's settings (from a spec). */
    public record Settings(List<Prior> priors, int population, int replications, int generations, double minEpsilon,
                           double quantile, double minAcceptanceRate, long seed) {
        public Settings {
            priors = List.copyOf(priors);
        }
    }

    /** One row of generations.csv. */
    public record Generation(int generation, double epsilon, int accepted, long proposals, long simulations,
                             double acceptanceRate, double effectiveSampleSize) {}

    /**
     * A weighted population: particle i's coordinates on the internal scale, its normalised
     * weight and its distance.
     */
    public record Population(double[][] internal, double[] weights, double[] distances) {}

    /**
     * Where the calibration stands after its last complete generation.
     *
     * @param simulations model runs so far (complete generations, plus any spent in an unfinished one)
     * @param stopped     why it stopped (null while it may go on): generations, minEpsilon, acceptanceRate, budget, interrupted
     */
    public record State(List<Generation> generations, Population population, long simulations, String stopped) {
        public State {
            generations = List.copyOf(generations);
        }

        public int lastGeneration() {
            return generations.size() - 1;
        }

        public double epsilon() {
            return generations.get(generations.size() - 1).epsilon();
        }
    }

    /** Told of progress: runs so far, and each generation once complete (to checkpoint it). */
    public interface Listener {
        void simulated(long simulations, int generation, double epsilon);

        void generationDone(State state);
    }

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private final Settings settings;
    private final double[] observed;
    private final double[] scales;
    private final int dims;
    private volatile boolean aborted;
    private volatile Engine engine;

    /**
     * @param observed the documented value of each calibration target
     * @param scales   each target's scale (one unit of distance)
     */
    public AbcSmc(Settings settings, double[] observed, double[] scales) {
        this.settings = settings;
        this.observed = observed.clone();
        this.scales = scales.clone();
        this.dims = settings.priors().size();
    }

    /**
     * The distance of a particle's summaries from the documented values: the root mean square of
     * (summary - value) / scale over the targets, so 1 means "off by one scale on average".
     */
    public static double distance(double[] summaries, double[] observed, double[] scales) {
        double s = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = (summaries[i] - observed[i]) / scales[i];
            s += d * d;
        }
        double r = Math.sqrt(s / observed.length);
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }

    /** The smallest x such that the weights of the values at most x sum to at least q. */
    public static double weightedQuantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double cum = 0;
        for (Integer i : order) {
            cum += weights[i] / total;
            if (cum >= q - 1e-12) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    /** Stops a running calibration soon (Ctrl-C); the last complete generation stands. */
    public void abort() {
        aborted = true;
        Engine e = engine;
        if (e != null) {
            e.abort();
        }
    }

    /**
     * Runs generations after {@code from} (or from generation 0) until a stopping rule holds.
     *
     * @param budget the most model runs in all (Long.MAX_VALUE: no cap); a generation that would
     *               pass it is not finished
     */
    public State run(Engine engine, Engine.Task<Proposal, Simulated> task, State from, long budget, Listener listener) {
        this.engine = engine;
        State state = from;
        if (state != null && state.stopped() != null && !"budget".equals(state.stopped()) && !"interrupted".equals(state.stopped())) {
            return state;
        }
        if (state != null && state.stopped() != null) {
            state = new State(state.generations(), state.population(), completedSimulations(state), null);
        }
        if (state != null) {
            String stop = stopReason(state);
            if (stop != null) {
                return new State(state.generations(), state.population(), state.simulations(), stop);
            }
        }
        while (true) {
            int g = state == null ? 0 : state.lastGeneration() + 1;
            State next = generation(g, state, engine, task, budget, listener);
            if (next.stopped() != null) {
                return next;
            }
            state = next;
            listener.generationDone(state);
            String stop = stopReason(state);
            if (stop != null) {
                return new State(state.generations(), state.population(), state.simulations(), stop);
            }
        }
    }

    /** Why the calibration ends after the state's last generation, or null when it goes on. */
    private String stopReason(State state) {
        int g = state.lastGeneration();
        Generation row = state.generations().get(g);
        if (g + 1 >= settings.generations()) {
            return "generations";
        } else if (row.epsilon() <= settings.minEpsilon()) {
            return "minEpsilon";
        } else if (g > 0 && row.acceptanceRate() < settings.minAcceptanceRate()) {
            return "acceptanceRate";
        }
        return null;
    }

    private static long completedSimulations(State s) {
        return s.generations().get(s.generations().size() - 1).simulations();
    }

    private State generation(int g, State prev, Engine engine, Engine.Task<Proposal, Simulated> task, long budget, Listener listener) {
        int n = settings.population();
        int reps = settings.replications();
        long simulations = prev == null ? 0 : prev.simulations();
        double epsilon;
        double[] sigma = new double[dims];
        double[][] normaliser = null;
        double[] cumulative = null;
        if (g == 0) {
            epsilon = Double.POSITIVE_INFINITY;
        } else {
            Population p = prev.population();
            epsilon = Math.min(prev.epsilon(), weightedQuantile(p.distances(), p.weights(), settings.quantile()));
            for (int d = 0; d < dims; d++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += p.weights()[i] * p.internal()[i][d];
                }
                double var = 0;
                for (int i = 0; i < n; i++) {
                    double x = p.internal()[i][d] - mean;
                    var += p.weights()[i] * x * x;
                }
                Prior prior = settings.priors().get(d);
                double floor = 1e-9 * (prior.internalHi() - prior.internalLo());
                sigma[d] = Math.max(Math.sqrt(2 * var), floor);
            }
            normaliser = new double[n][dims];
            for (int j = 0; j < n; j++) {
                for (int d = 0; d < dims; d++) {
                    normaliser[j][d] = truncatedMass(p.internal()[j][d], sigma[d], settings.priors().get(d));
                }
            }
            cumulative = new double[n];
            double c = 0;
            for (int i = 0; i < n; i++) {
                c += p.weights()[i];
                cumulative[i] = c;
            }
        }
        long genStream = Seeds.forRun(settings.seed(), 2 * g);
        long simStream = Seeds.forRun(settings.seed(), 2 * g + 1);
        List<double[]> accepted = new ArrayList<>(n);
        List<Double> distances = new ArrayList<>(n);
        long proposals = 0;
        double rateGuess = g <= 1 ? settings.quantile() : Math.max(prev.generations().get(g - 1).acceptanceRate(), 0.01);
        final long[] sims = {simulations};
        while (accepted.size() < n) {
            if (aborted) {
                return stopped(prev, sims[0], "interrupted");
            }
            int need = n - accepted.size();
            long batch = g == 0 ? need : (long) Math.ceil(need / rateGuess);
            batch = Math.max(1, Math.min(batch, 10L * n));
            long affordable = (budget - sims[0]) / reps;
            if (affordable <= 0) {
                return stopped(prev, sims[0], "budget");
            }
            batch = Math.min(batch, affordable);
            List<Proposal> inputs = new ArrayList<>((int) batch);
            for (int k = 0; k < batch; k++) {
                int j = (int) (proposals + k);
                RandomGenerator rng = new Well19937c(Seeds.forRun(genStream, j));
                double[] z = g == 0 ? fromPrior(rng) : perturbed(rng, prev.population(), cumulative, sigma);
                double[] values = new double[dims];
                for (int d = 0; d < dims; d++) {
                    values[d] = settings.priors().get(d).value(z[d]);
                }
                inputs.add(new Proposal(j, values, Seeds.forRun(simStream, j)));
            }
            final double eps = epsilon;
            final int[] returned = {0};
            engine.run(task, inputs, r -> {
                returned[0]++;
                sims[0] += reps;
                if (accepted.size() < n) {
                    double dist = distance(r.summaries(), observed, scales);
                    if (dist <= eps) {
                        Proposal p = inputs.get(r.index() - inputs.get(0).index());
                        double[] z = new double[dims];
                        for (int d = 0; d < dims; d++) {
                            z[d] = settings.priors().get(d).internal(p.values()[d]);
                        }
                        accepted.add(z);
                        distances.add(dist);
                    }
                }
                listener.simulated(sims[0], g, eps);
            });
            if (returned[0] < inputs.size()) {
                return stopped(prev, sims[0], "interrupted");
            }
            proposals += batch;
        }
        double[][] internal = accepted.toArray(double[][]::new);
        double[] dist = distances.stream().mapToDouble(Double::doubleValue).toArray();
        double[] weights = g == 0 ? uniformWeights(n) : weights(internal, prev.population(), sigma, normaliser);
        double ess = 0;
        for (double w : weights) {
            ess += w * w;
        }
        ess = 1 / ess;
        List<Generation> rows = new ArrayList<>(prev == null ? List.of() : prev.generations());
        rows.add(new Generation(g, epsilon, n, proposals, sims[0], (double) n / proposals, ess));
        return new State(rows, new Population(internal, weights, dist), sims[0], null);
    }

    private static State stopped(State prev, long simulations, String why) {
        if (prev == null) {
            return new State(List.of(), null, simulations, why);
        }
        return new State(prev.generations(), prev.population(), simulations, why);
    }

    private double[] fromPrior(RandomGenerator rng) {
        double[] z = new double[dims];
        for (int d = 0; d < dims; d++) {
            Prior p = settings.priors().get(d);
            z[d] = p.internalLo() + rng.nextDouble() * (p.internalHi() - p.internalLo());
        }
        return z;
    }

    private double[] perturbed(RandomGenerator rng, Population p, double[] cumulative, double[] sigma) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i : -i - 1;
        i = Math.min(i, cumulative.length - 1);
        double[] z = new double[dims];
        for (int d = 0; d < dims; d++) {
            Prior prior = settings.priors().get(d);
            double lo = prior.internalLo();
            double hi = prior.internalHi();
            double mu = p.internal()[i][d];
            double a = STANDARD.cumulativeProbability((lo - mu) / sigma[d]);
            double b = STANDARD.cumulativeProbability((hi - mu) / sigma[d]);
            double x = mu + sigma[d] * STANDARD.inverseCumulativeProbability(a + rng.nextDouble() * (b - a));
            z[d] = Math.min(hi, Math.max(lo, x));
        }
        return z;
    }

    /** The kernel's mass inside the prior's box, for a kernel centred on mu. */
    private static double truncatedMass(double mu, double sigma, Prior prior) {
        return STANDARD.cumulativeProbability((prior.internalHi() - mu) / sigma)
                - STANDARD.cumulativeProbability((prior.internalLo() - mu) / sigma);
    }

    private static double[] uniformWeights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    /** Importance weights prior / sum_j W_j K(theta_i | theta_j), normalised to sum to 1. */
    private double[] weights(double[][] internal, Population prev, double[] sigma, double[][] normaliser) {
        int n = internal.length;
        int m = prev.internal().length;
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double denom = 0;
            for (int j = 0; j < m; j++) {
                double q = 0;
                double norm = 1;
                for (int d = 0; d < dims; d++) {
                    double x = (internal[i][d] - prev.internal()[j][d]) / sigma[d];
                    q += x * x;
                    norm *= normaliser[j][d];
                }
                denom += prev.weights()[j] * Math.exp(-0.5 * q) / norm;
            }
            w[i] = denom > 0 ? 1 / denom : 0;
            total += w[i];
        }
        if (!(total > 0)) {
            return uniformWeights(n);
        }
        for (int i = 0; i < n; i++) {
            w[i] /= total;
        }
        return w;
    }
}
