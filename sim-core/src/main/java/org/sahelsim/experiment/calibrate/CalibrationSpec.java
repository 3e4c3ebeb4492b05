package org.sahelsim.experiment.calibrate;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked calibration spec (scenarios/calibration/*.json; docs/CALIBRATION.md).
 *
 * @param days           days simulated by each calibration run
 * @param predictiveDays days simulated by each posterior-predictive run (enough for every target, held-out ones included)
 * @param sha256         of the spec file's bytes
 */
public record CalibrationSpec(String name, String description, Path scenarioFile, long seed, int days, int predictiveDays,
                              int population, int replications, int generations, double minEpsilon, double quantile,
                              double minAcceptanceRate, int predictive, List<Prior> priors, List<Target> targets,
                              String sha256) {
    public CalibrationSpec {
        priors = List.copyOf(priors);
        targets = List.copyOf(targets);
    }

    public List<Target> fitted() {
        return targets.stream().filter(t -> !t.heldOut()).toList();
    }

    public List<String> keys() {
        return priors.stream().map(Prior::key).toList();
    }
}
