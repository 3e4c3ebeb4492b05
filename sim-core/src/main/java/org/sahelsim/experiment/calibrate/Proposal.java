package org.sahelsim.experiment.calibrate;

import java.io.Serializable;

/**
 * One candidate particle to simulate: its parameter values (on the parameters' own scale, in
 * spec order) and the seed its replications derive from.
 *
 * @param index the proposal's number within its generation (input order of the engine)
 */
public record Proposal(int index, double[] values, long seed) implements Serializable {}
