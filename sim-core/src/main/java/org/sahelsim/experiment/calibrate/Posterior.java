package org.sahelsim.experiment.calibrate;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.UserError;
import org.sahelsim.experiment.Seeds;
import org.sahelsim.experiment.Sha256;
import org.sahelsim.rules.RuleSet;

/**
 * A weighted posterior read from a calibration's {@code posterior.csv}, from which a run draws
 * its parameter values: {@link #draw}(seed) picks a particle by weight with a generator seeded
 * from the run's own seed, so a study's draws depend on its seeds only (any thread count or
 * engine), and the two runs of a compare pair, which share a seed, draw the same values.
 */
public final class Posterior implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The stream of a run's seed that picks its particle (apart from the streams the model uses). */
    static final int DRAW_STREAM = 0x5EED;

    private final String[] keys;
    private final double[][] values;
    private final double[] cumulative;
    private final String sha256;
    private final String shown;

    private Posterior(String shown, String[] keys, double[][] values, double[] weights, String sha256) {
        this.shown = shown;
        this.keys = keys;
        this.values = values;
        this.sha256 = sha256;
        this.cumulative = new double[weights.length];
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            cumulative[i] = c;
        }
    }

    public List<String> keys() {
        return List.of(keys);
    }

    public int particles() {
        return values.length;
    }

    public String sha256() {
        return sha256;
    }

    public String shown() {
        return shown;
    }

    /** The parameter values of the particle drawn for a run with this seed. */
    public Map<String, Double> draw(long runSeed) {
        double u = new Well19937c(Seeds.forRun(runSeed, DRAW_STREAM)).nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        i = Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < keys.length; k++) {
            m.put(keys[k], values[i][k]);
        }
        return m;
    }

    /**
     * Reads a posterior.csv: {@code particle,KEY...,weight,distance}; the keys must be catalogue
     * parameters, the values within their bounds, the weights non-negative with a positive sum.
     * Problems are {@link UserError}s naming the file and line.
     */
    public static Posterior read(Path file) {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserError("--posterior " + shown + ": no such file (expected a calibration's posterior.csv)");
            }
            if (Files.size(file) > 200_000_000L) {
                throw new UserError("--posterior " + shown + ": larger than 200 MB (expected a calibration's posterior.csv)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserError("--posterior " + shown + ": cannot be read (" + e.getMessage() + ")");
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            throw new UserError(shown + ":1: expected a header 'particle,KEY...,weight,distance' and at least one particle");
        }
        String[] header = lines.get(0).split(",", -1);
        int n = header.length;
        if (n < 4 || !"particle".equals(header[0]) || !"weight".equals(header[n - 2]) || !"distance".equals(header[n - 1])) {
            throw new UserError(shown + ":1: expected the header 'particle,KEY...,weight,distance' of a calibration's posterior.csv");
        }
        String[] keys = Arrays.copyOfRange(header, 1, n - 2);
        Set<String> seen = new HashSet<>();
        List<ParameterInfo> infos = new ArrayList<>();
        for (String k : keys) {
            ParameterInfo info = RuleSet.CATALOG.info(k);
            if (info == null) {
                throw new UserError(shown + ":1: unknown parameter '" + k + "' (see 'sahel params')");
            }
            if (!seen.add(k)) {
                throw new UserError(shown + ":1: parameter '" + k + "' appears twice");
            }
            infos.add(info);
        }
        double[][] values = new double[lines.size() - 1][keys.length];
        double[] weights = new double[lines.size() - 1];
        double total = 0;
        for (int r = 1; r < lines.size(); r++) {
            String[] f = lines.get(r).split(",", -1);
            if (f.length != n) {
                throw new UserError(shown + ":" + (r + 1) + ": " + f.length + " fields (expected " + n + ", as the header)");
            }
            try {
                for (int k = 0; k < keys.length; k++) {
                    double v = Double.parseDouble(f[k + 1]);
                    ParameterInfo info = infos.get(k);
                    if (!(v >= info.min() && v <= info.max())) {
                        throw new UserError(shown + ":" + (r + 1) + ": " + keys[k] + " = " + f[k + 1] + " is outside its bounds ["
                                + info.min() + ", " + info.max() + "]");
                    }
                    values[r - 1][k] = v;
                }
                double w = Double.parseDouble(f[n - 2]);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new UserError(shown + ":" + (r + 1) + ": weight " + f[n - 2] + " (expected a number >= 0)");
                }
                weights[r - 1] = w;
                total += w;
            } catch (NumberFormatException e) {
                throw new UserError(shown + ":" + (r + 1) + ": not a number where one is expected");
            }
        }
        if (!(total > 0)) {
            throw new UserError(shown + ": the weights sum to 0 (expected a weighted posterior)");
        }
        return new Posterior(shown, keys, values, weights, Sha256.hex(bytes));
    }
}
