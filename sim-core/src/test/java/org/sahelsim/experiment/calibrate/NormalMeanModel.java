package org.sahelsim.experiment.calibrate;

import org.apache.commons.math3.random.Well19937c;
import org.sahelsim.experiment.Engine;

/**
 * A small stochastic model whose posterior is known: n observations from N(mu, sd^2), summarised
 * by their sample mean (a sufficient statistic), with mu the one parameter.
 */
record NormalMeanModel(int n, double sd) implements Engine.Task<Proposal, Simulated> {
    @Override
    public Simulated apply(Proposal p) {
        Well19937c rng = new Well19937c(p.seed());
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += p.values()[0] + sd * rng.nextGaussian();
        }
        return new Simulated(p.index(), new double[] {s / n});
    }
}
