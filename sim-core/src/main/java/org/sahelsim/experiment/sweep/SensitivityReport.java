package org.sahelsim.experiment.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.experiment.Csv;
import org.sahelsim.experiment.Seeds;

/**
 * The Sobol analysis of a finished sobol sweep: per output (and, for a first-control-day output,
 * per measure: the share of runs in which it happened and the day given that it happened) the
 * noise share and every factor's indices judged by {@link IndexQuality}. Written as
 * {@code sensitivity.json} and {@code sensitivity.csv} and shown on screen (docs/SWEEPS.md).
 */
public final class SensitivityReport {
    /** Bootstrap resamples and confidence level of the indices' intervals. */
    public static final int BOOTSTRAP_RESAMPLES = 1000;
    public static final double CONFIDENCE = 0.95;
    /** A noise share above this is warned about: the indices then describe a small part of what varies. */
    public static final double HIGH_NOISE_SHARE = 0.5;

    /** The measure an analysis takes of an output. */
    public enum Measure {
        /** the output as recorded */
        VALUE("value"),
        /** 1 when the event of a first-control-day output happened before the end, else 0 */
        HAPPENED("happened"),
        /** the day of a first-control-day output in the runs where it happened (censored runs left out) */
        DAY_IF_HAPPENED("dayIfHappened");

        public final String id;

        Measure(String id) {
            this.id = id;
        }
    }

    /** One analysed measure: the name it is reported under, where it comes from, the result. */
    public record Analysis(String name, String output, Measure measure, SobolIndices.Result result,
                           List<IndexQuality.Judged[]> judged, double shareHappened, List<String> warnings) {}

    private final SweepSpec spec;
    private final int replications;
    private final List<Analysis> analyses = new ArrayList<>();

    /**
     * @param outputs one row of output values per run, in plan order (points in design order,
     *                replications within)
     */
    public SensitivityReport(SweepSpec spec, List<double[]> outputs) {
        this(spec, outputs, BOOTSTRAP_RESAMPLES);
    }

    SensitivityReport(SweepSpec spec, List<double[]> outputs, int resamples) {
        this.spec = spec;
        this.replications = spec.replications();
        int k = spec.factors().size();
        int reps = replications;
        int points = outputs.size() / reps;
        for (int o = 0; o < spec.outputs().size(); o++) {
            OutputSpec out = spec.outputs().get(o);
            double[][] y = new double[points][reps];
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < reps; r++) {
                    y[p][r] = outputs.get(p * reps + r)[o];
                }
            }
            long seed = Seeds.forRun(spec.seed() ^ 0x5EB00757L, o);
            if (out instanceof OutputSpec.FirstControlDay) {
                int censored = spec.days() + 1;
                double[][] happened = new double[points][reps];
                double[][] day = new double[points][reps];
                int runs = 0;
                int hits = 0;
                for (int p = 0; p < points; p++) {
                    for (int r = 0; r < reps; r++) {
                        double v = y[p][r];
                        boolean missing = Double.isNaN(v);
                        boolean hit = !missing && v < censored;
                        happened[p][r] = missing ? Double.NaN : hit ? 1 : 0;
                        day[p][r] = hit ? v : Double.NaN;
                        runs += missing ? 0 : 1;
                        hits += hit ? 1 : 0;
                    }
                }
                double share = runs == 0 ? Double.NaN : (double) hits / runs;
                add(out.name() + "_happened", out.name(), Measure.HAPPENED, happened, k, resamples, seed, share);
                add(out.name() + "_if_happened", out.name(), Measure.DAY_IF_HAPPENED, day, k, resamples,
                        Seeds.forRun(seed, 1), share);
            } else {
                add(out.name(), out.name(), Measure.VALUE, y, k, resamples, seed, Double.NaN);
            }
        }
    }

    private void add(String name, String output, Measure measure, double[][] y, int k, int resamples, long seed,
                     double shareHappened) {
        SobolIndices.Result r = SobolIndices.estimate(y, k, resamples, CONFIDENCE, seed);
        int n = Math.max(1, r.baseSamplesUsed());
        List<IndexQuality.Judged[]> judged = new ArrayList<>();
        for (SobolIndices.FactorIndices f : r.factors()) {
            judged.add(new IndexQuality.Judged[] {IndexQuality.judge(f.first(), n), IndexQuality.judge(f.total(), n)});
        }
        List<String> warnings = new ArrayList<>();
        if (!r.noiseSeparated()) {
            warnings.add("one replication per point: replication noise cannot be separated and counts as parameter "
                    + "variance (use replications >= 2)");
        }
        if (measure == Measure.HAPPENED && shareHappened == 1) {
            warnings.add("happened in every run: the indicator is constant, no indices");
        } else if (measure == Measure.HAPPENED && shareHappened == 0) {
            warnings.add("happened in no run: no indices");
        } else if (!(r.variance() > 0)) {
            warnings.add(Double.isNaN(r.variance()) ? "too few valid values: no indices"
                    : "the expected output does not vary with the parameters beyond the noise (parameter variance "
                    + fmt(r.variance()) + " <= 0): no indices");
        } else if (r.noiseShare() > HIGH_NOISE_SHARE) {
            warnings.add(String.format(Locale.ROOT, "%.0f%% of the variance of a run is replication noise: the "
                    + "indices share out the other %.0f%%", 100 * r.noiseShare(), 100 * (1 - r.noiseShare())));
        }
        if (measure == Measure.DAY_IF_HAPPENED && r.baseSamplesUsed() < spec.baseSamples()) {
            warnings.add("censored runs left out: " + r.baseSamplesUsed() + " of " + spec.baseSamples()
                    + " base samples usable");
        }
        long clipped = judged.stream().flatMap(Arrays::stream).filter(j -> j.flags().contains(IndexQuality.CLIPPED)).count();
        long wide = judged.stream().flatMap(Arrays::stream).filter(j -> !j.reliable()
                && !j.flags().contains(IndexQuality.UNDEFINED)).count();
        if (clipped > 0) {
            warnings.add(clipped + " estimate(s) outside [0, 1] clipped (estimation error)");
        }
        if (wide > 0) {
            warnings.add(wide + " of " + 2 * judged.size() + " indices unreliable (95% interval wider than "
                    + IndexQuality.MAX_WIDTH + ")");
        }
        analyses.add(new Analysis(name, output, measure, r, judged, shareHappened, warnings));
    }

    public List<Analysis> analyses() {
        return analyses;
    }

    /** Runs a given number of base samples costs with this spec's factors and replications. */
    public long runsFor(long baseSamples) {
        return baseSamples * (spec.factors().size() + 2) * replications;
    }

    /** The content of sensitivity.json. */
    public Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("design", "sobol (Saltelli design; first order: Saltelli 2010; total order: Jansen 1999; "
                + (replications >= 2 ? "products across different replications, noise separated" : "one replication, noise not separated") + ")");
        root.put("baseSamples", spec.baseSamples());
        root.put("replicationsPerPoint", replications);
        root.put("runs", runsFor(spec.baseSamples()));
        Map<String, Object> bootstrap = new LinkedHashMap<>(); // not Map.of: its order changes from JVM to JVM
        bootstrap.put("resamples", BOOTSTRAP_RESAMPLES);
        bootstrap.put("confidence", CONFIDENCE);
        root.put("bootstrap", bootstrap);
        root.put("reliableWidth", IndexQuality.MAX_WIDTH);
        root.put("censoredValue", spec.days() + 1);
        Map<String, Object> byOutput = new LinkedHashMap<>();
        for (Analysis a : analyses) {
            SobolIndices.Result r = a.result();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("output", a.output());
            out.put("measure", a.measure().id);
            if (a.measure() != Measure.VALUE) {
                out.put("shareHappened", finite(a.shareHappened()));
            }
            out.put("values", r.values());
            out.put("mean", finite(r.mean()));
            out.put("parameterVariance", finite(r.variance()));
            out.put("noiseVariance", finite(r.noiseVariance()));
            out.put("noiseShare", finite(r.noiseShare()));
            out.put("noiseSeparated", r.noiseSeparated());
            out.put("baseSamplesUsed", r.baseSamplesUsed());
            out.put("warnings", a.warnings());
            Map<String, Object> factors = new LinkedHashMap<>();
            for (int i = 0; i < a.judged().size(); i++) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("first", judged(a.judged().get(i)[0]));
                f.put("total", judged(a.judged().get(i)[1]));
                factors.put(spec.factors().get(i).key(), f);
            }
            out.put("indices", factors);
            byOutput.put(a.name(), out);
        }
        root.put("outputs", byOutput);
        return root;
    }

    private Map<String, Object> judged(IndexQuality.Judged j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", finite(j.estimate()));
        m.put("ci95", Arrays.asList(finite(j.low()), finite(j.high())));
        m.put("raw", finite(j.raw().value()));
        m.put("rawCi95", Arrays.asList(finite(j.raw().low()), finite(j.raw().high())));
        m.put("reliable", j.reliable());
        m.put("flags", j.flags());
        m.put("neededBaseSamples", j.neededBaseSamples() < 0 ? null : j.neededBaseSamples());
        m.put("neededRuns", j.neededBaseSamples() < 0 ? null : runsFor(j.neededBaseSamples()));
        return m;
    }

    /** The content of sensitivity.csv: one row per analysed measure, factor and index. */
    public String csv() {
        StringBuilder sb = new StringBuilder();
        sb.append("output,of,measure,parameter,index,estimate,ci95_low,ci95_high,raw_estimate,raw_ci95_low,raw_ci95_high,")
                .append("reliable,flags,needed_base_samples,needed_runs,base_samples_used,share_happened,")
                .append("noise_share,parameter_variance,noise_variance\n");
        for (Analysis a : analyses) {
            for (int i = 0; i < a.judged().size(); i++) {
                for (int t = 0; t < 2; t++) {
                    IndexQuality.Judged j = a.judged().get(i)[t];
                    sb.append(a.name()).append(',').append(a.output()).append(',').append(a.measure().id).append(',')
                            .append(spec.factors().get(i).key()).append(',').append(t == 0 ? "first" : "total");
                    for (double v : new double[] {j.estimate(), j.low(), j.high(), j.raw().value(), j.raw().low(), j.raw().high()}) {
                        sb.append(',');
                        Csv.number(sb, Double.isFinite(v) ? v : Double.NaN);
                    }
                    sb.append(',').append(j.reliable()).append(',').append(String.join(";", j.flags())).append(',');
                    if (j.neededBaseSamples() >= 0) {
                        sb.append(j.neededBaseSamples()).append(',').append(runsFor(j.neededBaseSamples()));
                    } else {
                        sb.append(',');
                    }
                    sb.append(',').append(a.result().baseSamplesUsed());
                    for (double v : new double[] {a.shareHappened(), a.result().noiseShare(), a.result().variance(),
                        a.result().noiseVariance()}) {
                        sb.append(',');
                        Csv.number(sb, Double.isFinite(v) ? v : Double.NaN);
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The summary shown on screen after the sweep. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        int width = spec.factorKeys().stream().mapToInt(String::length).max().orElse(10);
        lines.add(String.format(Locale.ROOT, "Sobol indices of the expected output over the parameters (%d base samples x %d replications; "
                + "raw 95%% bootstrap intervals; '!' = interval wider than %.1f, unreliable; 'c' = estimate outside [0, 1], clipped):",
                spec.baseSamples(), replications, IndexQuality.MAX_WIDTH));
        long worst = 0;
        for (Analysis a : analyses) {
            SobolIndices.Result r = a.result();
            StringBuilder head = new StringBuilder(a.name());
            if (a.measure() == Measure.HAPPENED) {
                head.append(String.format(Locale.ROOT, "  (share of runs where it happened: %.2f)", a.shareHappened()));
            } else if (a.measure() == Measure.DAY_IF_HAPPENED) {
                head.append(String.format(Locale.ROOT, "  (day, in the %.0f%% of runs where it happened; mean %.1f)",
                        100 * a.shareHappened(), r.mean()));
            } else {
                head.append(String.format(Locale.ROOT, "  (mean %s)", fmt(r.mean())));
            }
            head.append(r.noiseSeparated() ? String.format(Locale.ROOT, "  noise share %.2f", r.noiseShare())
                    : "  noise not separated");
            lines.add(head.toString());
            for (String w : a.warnings()) {
                lines.add("    warning: " + w);
            }
            if (!(r.variance() > 0)) {
                continue;
            }
            for (int i = 0; i < a.judged().size(); i++) {
                IndexQuality.Judged f = a.judged().get(i)[0];
                IndexQuality.Judged t = a.judged().get(i)[1];
                worst = Math.max(worst, Math.max(f.neededBaseSamples(), t.neededBaseSamples()));
                lines.add(String.format(Locale.ROOT, "    %-" + width + "s  S1 %s   ST %s%s", spec.factorKeys().get(i),
                        shown(f), shown(t), needs(f, t)));
            }
        }
        if (worst > spec.baseSamples()) {
            lines.add(String.format(Locale.ROOT, "for every interval within %.1f: about %d base samples (%d runs) at %d replications",
                    IndexQuality.MAX_WIDTH, worst, runsFor(worst), replications));
        }
        return lines;
    }

    private static String shown(IndexQuality.Judged j) {
        if (Double.isNaN(j.estimate())) {
            return String.format(Locale.ROOT, "%-20s", "undefined");
        }
        // the estimate clipped into [0, 1], the interval raw: its width is the estimator's precision
        String interval = Double.isFinite(j.width()) ? String.format(Locale.ROOT, "[%.2f, %.2f]", j.raw().low(), j.raw().high())
                : "[undefined]";
        String mark = (j.flags().contains(IndexQuality.CLIPPED) ? "c" : "") + (j.reliable() ? "" : "!");
        return String.format(Locale.ROOT, "%-22s", String.format(Locale.ROOT, "%.2f %s", j.estimate(), interval) + mark);
    }

    private String needs(IndexQuality.Judged f, IndexQuality.Judged t) {
        if (f.reliable() && t.reliable()) {
            return "";
        }
        long n = Math.max(f.neededBaseSamples(), t.neededBaseSamples());
        boolean unknown = f.neededBaseSamples() < 0 || t.neededBaseSamples() < 0;
        return unknown ? "  needs: unknown (interval undefined)" : "  needs N >= " + n;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3g", v);
    }

    /** JSON has no NaN: undefined values are written as null. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
