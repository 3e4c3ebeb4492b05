package org.sahelsim.experiment.sweep;

import java.io.Serializable;

/** A finished run: the run and its outputs in spec order. */
public record SweepRow(SweepRun run, double[] outputs) implements Serializable {}
