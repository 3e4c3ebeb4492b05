package org.sahelsim.world;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;

/**
 * The random streams of one run, each derived from (run seed, stream name, key) only, so that
 * two runs with the same seed draw the same numbers in the same stream whatever happened in the
 * other streams (common random numbers for paired comparisons; see docs/OUTPUTS.md, "compare").
 *
 * <p>A stream is a Mersenne Twister seeded with 128 bits of SplitMix64 output over the three
 * values: nothing is shared between streams, and opening a stream costs one seeding (624 words),
 * done lazily on its first draw.
 */
public final class RandomStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long runSeed;

    public RandomStreams(long runSeed) {
        this.runSeed = runSeed;
    }

    public long runSeed() {
        return runSeed;
    }

    /** Seeds {@code into} (reused to spare allocations) as the stream (name, key) of this run. */
    public MersenneTwisterFast seed(MersenneTwisterFast into, String name, long key) {
        long h = mix64(runSeed + GOLDEN_GAMMA);
        h = mix64(h ^ fnv64(name));
        h = mix64(h ^ mix64(key + GOLDEN_GAMMA));
        long h2 = mix64(h + GOLDEN_GAMMA);
        into.setSeed(new int[] {(int) h, (int) (h >>> 32), (int) h2, (int) (h2 >>> 32)});
        return into;
    }

    /** A new generator for the stream (name, key): a {@link FastTwister}, MASON's generator drawing the same numbers. */
    public MersenneTwisterFast open(String name, long key) {
        return seed(new FastTwister(0L), name, key);
    }

    /** FNV-1a over the UTF-8 bytes: a stable 64-bit hash of a name (String.hashCode is only 32 bits). */
    public static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 output function (Steele, Lea and Flood, OOPSLA 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
