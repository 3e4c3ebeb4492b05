package org.sahelsim.experiment;

/**
 * Per-run seeds derived from the base seed only, so a run's result does not depend on how many
 * threads ran it or in what order. The seed of run {@code i} (0-based) is output {@code i + 1} of
 * a SplitMix64 generator seeded with the base seed (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014): {@code mix64(base + (i + 1) * 0x9E3779B97F4A7C15)}.
 * The finalizer spreads neighbouring base seeds and run indices over the whole 64-bit range, so
 * runs of seed 1 and seed 2 do not share streams.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    public static long forRun(long baseSeed, int runIndex) {
        if (runIndex < 0) {
            throw new IllegalArgumentException("run index " + runIndex + " is negative");
        }
        return mix64(baseSeed + (runIndex + 1L) * GOLDEN_GAMMA);
    }

    /** The SplitMix64 output function (variant 13 of Stafford's mixers). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
