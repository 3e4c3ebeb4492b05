package org.sahelsim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** FastTwister draws exactly what MASON's MersenneTwisterFast draws from the same seeds. */
class FastTwisterTest {
    private static final double[] PS = {1e-9, 0.0007, 0.003, 0.02, 0.1, 0.25, 0.5, 0.5 + 1e-12, 0.77, 0.999999,
            // values of the form k / 2^26 and just around them: the draws where the second word decides
            37.0 / (1 << 26), Math.nextUp(37.0 / (1 << 26)), Math.nextDown(37.0 / (1 << 26))};

    @Test
    void theSameDrawsAsMasonsGeneratorFromArrayAndLongSeeds() {
        for (int seed = 0; seed < 40; seed++) {
            int[] key = {seed, seed * 31 + 7, ~seed, 0x5bd1e995 * seed};
            MersenneTwisterFast ref = new MersenneTwisterFast(key);
            FastTwister fast = new FastTwister(key);
            interleave(ref, fast, seed);
            ref.setSeed(1000L + seed);
            fast.setSeed(1000L + seed);
            interleave(ref, fast, seed + 1);
            // reseeding the same instance (as the streams do) with an array
            int[] key2 = {seed * 7, 3};
            ref.setSeed(key2);
            fast.setSeed(key2);
            interleave(ref, fast, seed + 2);
        }
    }

    private static void interleave(MersenneTwisterFast ref, FastTwister fast, int salt) {
        MersenneTwisterFast pick = new MersenneTwisterFast(salt);
        for (int i = 0; i < 3000; i++) {
            switch (pick.nextInt(5)) {
                case 0 -> assertEquals(ref.nextDouble(), fast.nextDouble(), 0.0);
                case 1 -> assertEquals(ref.nextGaussian(), fast.nextGaussian(), 0.0);
                case 2 -> {
                    int n = pick.nextBoolean() ? 1 << pick.nextInt(20) : 1 + pick.nextInt(1_000_000);
                    assertEquals(ref.nextInt(n), fast.nextInt(n));
                }
                case 3 -> assertEquals(ref.nextInt(), fast.nextInt());
                default -> {
                    int n = pick.nextInt(60);
                    double p = PS[pick.nextInt(PS.length)];
                    int k = 0;
                    for (int j = 0; j < n; j++) {
                        if (ref.nextDouble() < p) {
                            k++;
                        }
                    }
                    assertEquals(k, fast.countBelow(n, p));
                }
            }
        }
        assertEquals(ref.nextDouble(), fast.nextDouble(), 0.0);
    }

    @Test
    void countBelowCountsTheDrawsBelowTheThresholdWhenTheSecondWordDecides() {
        // thresholds just above and below each draw: counts must flip exactly there
        MersenneTwisterFast ref = new MersenneTwisterFast(new int[] {9, 9});
        double[] d = new double[200];
        for (int i = 0; i < d.length; i++) {
            d[i] = ref.nextDouble();
        }
        for (int i = 0; i < d.length; i++) {
            FastTwister below = new FastTwister(new int[] {9, 9});
            FastTwister at = new FastTwister(new int[] {9, 9});
            FastTwister above = new FastTwister(new int[] {9, 9});
            for (int j = 0; j < i; j++) {
                below.nextDouble();
                at.nextDouble();
                above.nextDouble();
            }
            assertEquals(0, below.countBelow(1, Math.nextDown(d[i]) > 0 ? Math.nextDown(d[i]) : Double.MIN_VALUE));
            assertEquals(0, at.countBelow(1, d[i]));
            assertEquals(1, above.countBelow(1, Math.nextUp(d[i])));
        }
    }

    @Test
    void aCloneDrawsTheSameAndTheUnimplementedMethodsRefuse() {
        FastTwister a = new FastTwister(new int[] {1, 2, 3});
        for (int i = 0; i < 1000; i++) {
            a.nextDouble();
        }
        a.nextGaussian();
        FastTwister b = (FastTwister) a.clone();
        assertTrue(a.stateEquals(b));
        for (int i = 0; i < 2000; i++) {
            assertEquals(a.nextGaussian(), b.nextGaussian(), 0.0);
        }
        assertThrows(UnsupportedOperationException.class, a::nextLong);
        assertThrows(UnsupportedOperationException.class, a::nextFloat);
    }

    @Test
    void theStreamsUseIt() {
        assertTrue(new RandomStreams(3).open("x", 1) instanceof FastTwister);
    }
}
