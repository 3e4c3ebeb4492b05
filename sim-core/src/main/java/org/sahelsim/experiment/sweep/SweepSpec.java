package org.sahelsim.experiment.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated sweep specification (see docs/SWEEPS.md and scenarios/sweep.schema.json).
 *
 * @param name         short id: the spec file name without .json
 * @param description  what the sweep asks, one or more sentences
 * @param scenarioFile the scenario file, resolved against the spec's folder
 * @param seed         base seed: design sampling and every run's seed derive from it
 * @param days         days simulated in every run
 * @param design       how points are placed
 * @param points       number of points for lhs; ignored otherwise
 * @param baseSamples  number of base samples N for sobol; ignored otherwise
 * @param levels       number of evenly spaced levels of a ranged factor for factorial; ignored otherwise
 * @param replications runs per point, each with its own seed
 * @param factors      the varied parameters, in spec order
 * @param outputs      the measures recorded for every run, in spec order
 * @param sha256       SHA-256 of the spec file's bytes, recorded in the manifest
 */
public record SweepSpec(
        String name,
        String description,
        Path scenarioFile,
        long seed,
        int days,
        Design design,
        int points,
        int baseSamples,
        int levels,
        int replications,
        boolean commonRandomNumbers,
        List<Factor> factors,
        List<OutputSpec> outputs,
        String sha256) {

    public SweepSpec {
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
    }

    public List<String> factorKeys() {
        return factors.stream().map(Factor::key).toList();
    }

    public List<String> outputNames() {
        return outputs.stream().map(OutputSpec::name).toList();
    }
}
