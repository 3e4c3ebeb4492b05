package org.sahelsim.experiment.calibrate;

import java.io.Serializable;

/**
 * What the runs of one {@link Proposal} gave: for each target, the mean over the proposal's
 * replications of the run's measure (see {@link TargetRecorder}).
 */
public record Simulated(int index, double[] summaries) implements Serializable {}
