package org.sahelsim.experiment.sweep;

import java.io.Serializable;

/**
 * One run of a sweep: a replication of a design point. {@code index} is its row in results.csv
 * (0-based, points in design order, replications within a point).
 */
public record SweepRun(int index, int point, int replication, long seed, double[] values) implements Serializable {}
