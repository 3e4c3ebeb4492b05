package org.sahelsim.world;

import ec.util.MersenneTwisterFast;
import java.io.DataInputStream;
import java.io.DataOutputStream;

/**
 * The generator of a run's random streams: the same Mersenne Twister (MT19937) as MASON's
 * {@link MersenneTwisterFast}, drawing exactly the same numbers from the same seed for the methods
 * the model uses ({@link #nextInt()}, {@link #nextInt(int)}, {@link #nextDouble()},
 * {@link #nextGaussian()}, {@link #setSeed(int[])}, {@link #setSeed(long)}), with two additions
 * that make the hot paths cheaper without changing a single draw:
 *
 * <ul>
 *   <li>{@link #countBelow(int, double)}: how many of the next n {@link #nextDouble()} draws fall
 *       below p (a binomial draw by n Bernoulli trials), drawing the same numbers but without
 *       building the doubles (the upper 26 bits of the first word of a draw decide it but for
 *       one value in 2^26);</li>
 *   <li>reseeding from a copy of the state that every array seed starts from (the state after
 *       {@code setSeed(19650218)}), with no allocation.</li>
 * </ul>
 *
 * <p>It keeps its own state (the parent's is never allocated): the methods it does not implement (other bit widths, state
 * input/output) throw rather than silently draw from the parent's unused state. Pinned against
 * {@link MersenneTwisterFast} by {@code FastTwisterTest}.
 */
public final class FastTwister extends MersenneTwisterFast {
    private static final long serialVersionUID = 1L;
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final int TEMPER_B = 0x9d2c5680;
    private static final int TEMPER_C = 0xefc60000;
    private static final double TWO_53 = 9007199254740992.0;
    /** The state after {@code setSeed(19650218L)}, where every array seed starts. */
    private static final int[] ARRAY_SEED_START = initial(19650218L);

    private int[] mt;
    private int mti;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    public FastTwister(long seed) {
        super(0L);
        setSeed(seed);
    }

    public FastTwister(int[] seed) {
        super(0L);
        setSeed(seed);
    }

    private static int[] initial(long seed) {
        int[] s = new int[N];
        s[0] = (int) (seed & 0xffffffffL);
        for (int i = 1; i < N; i++) {
            s[i] = 1812433253 * (s[i - 1] ^ (s[i - 1] >>> 30)) + i;
        }
        return s;
    }

    // ------------------------------------------------------------------ seeding

    @Override
    public void setSeed(long seed) {
        // called by the parent's constructor too, before this class's fields are assigned
        haveNextNextGaussian = false;
        int[] s = initial(seed);
        if (mt == null) {
            mt = s;
        } else {
            System.arraycopy(s, 0, mt, 0, N);
        }
        mti = N;
    }

    @Override
    public void setSeed(int[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("Array length must be greater than zero");
        }
        haveNextNextGaussian = false;
        if (mt == null) {
            mt = new int[N];
        }
        int[] s = mt;
        System.arraycopy(ARRAY_SEED_START, 0, s, 0, N);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                s[0] = s[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x80000000;
        mti = N;
    }

    // ------------------------------------------------------------------ the generator

    /** Regenerates the N words of the state (the twist). */
    private void twist() {
        int[] s = mt;
        int kk = 0;
        int y;
        for (; kk < N - M; kk++) {
            y = (s[kk] & UPPER_MASK) | (s[kk + 1] & LOWER_MASK);
            s[kk] = s[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            y = (s[kk] & UPPER_MASK) | (s[kk + 1] & LOWER_MASK);
            s[kk] = s[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        y = (s[N - 1] & UPPER_MASK) | (s[0] & LOWER_MASK);
        s[N - 1] = s[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        mti = 0;
    }

    private static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & TEMPER_B;
        y ^= (y << 15) & TEMPER_C;
        y ^= y >>> 18;
        return y;
    }

    /** The next 32-bit word, tempered. */
    private int next() {
        if (mti >= N) {
            twist();
        }
        return temper(mt[mti++]);
    }

    @Override
    public int nextInt() {
        return next();
    }

    @Override
    public int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got: " + n);
        }
        if ((n & -n) == n) {
            return (int) ((n * (long) (next() >>> 1)) >> 31);
        }
        int bits;
        int val;
        do {
            bits = next() >>> 1;
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }

    @Override
    public double nextDouble() {
        int y = next();
        int z = next();
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) / TWO_53;
    }

    @Override
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    @Override
    public void clearGaussian() {
        haveNextNextGaussian = false;
    }

    /**
     * How many of the next {@code n} values of {@link #nextDouble()} are below {@code p}: the same
     * count and the same state afterwards as {@code n} calls, for 0 &lt; p &lt; 1.
     */
    public int countBelow(int n, double p) {
        // nextDouble() < p  <=>  v < p * 2^53 (v the 53-bit integer of the draw, the scaling exact)
        // <=>  v < limit = ceil(p * 2^53); v = hi * 2^27 + lo, hi the upper 26 bits of the first word
        long limit = (long) Math.ceil(p * TWO_53);
        int limHi = (int) (limit >>> 27);
        int limLo = (int) (limit & ((1 << 27) - 1));
        int[] s = mt;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (mti >= N) {
                twist();
            }
            int hi = temper(s[mti++]) >>> 6;
            if (mti >= N) {
                twist();
            }
            if (hi < limHi) {
                mti++;
                k++;
            } else if (hi == limHi) {
                int lo = temper(s[mti++]) >>> 5;
                if (lo < limLo) {
                    k++;
                }
            } else {
                mti++;
            }
        }
        return k;
    }

    // ------------------------------------------------------------------ the rest of the parent's interface

    @Override
    public Object clone() {
        // not the parent's clone: the parent's own state is never allocated (its constructor's
        // seeding calls this class's setSeed)
        FastTwister f = new FastTwister(0L);
        System.arraycopy(mt, 0, f.mt, 0, N);
        f.mti = mti;
        f.nextNextGaussian = nextNextGaussian;
        f.haveNextNextGaussian = haveNextNextGaussian;
        return f;
    }

    @Override
    public boolean stateEquals(MersenneTwisterFast other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof FastTwister f)) {
            return false;
        }
        return mti == f.mti && java.util.Arrays.equals(mt, f.mt) && haveNextNextGaussian == f.haveNextNextGaussian
                && (!haveNextNextGaussian || nextNextGaussian == f.nextNextGaussian);
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " is not implemented by FastTwister (add it with MASON's exact algorithm)");
    }

    @Override
    public void readState(DataInputStream stream) {
        throw unsupported("readState");
    }

    @Override
    public void writeState(DataOutputStream stream) {
        throw unsupported("writeState");
    }

    @Override
    public short nextShort() {
        throw unsupported("nextShort");
    }

    @Override
    public char nextChar() {
        throw unsupported("nextChar");
    }

    @Override
    public boolean nextBoolean() {
        throw unsupported("nextBoolean");
    }

    @Override
    public boolean nextBoolean(float probability) {
        throw unsupported("nextBoolean(float)");
    }

    @Override
    public boolean nextBoolean(double probability) {
        throw unsupported("nextBoolean(double)");
    }

    @Override
    public byte nextByte() {
        throw unsupported("nextByte");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        throw unsupported("nextBytes");
    }

    @Override
    public long nextLong() {
        throw unsupported("nextLong");
    }

    @Override
    public long nextLong(long n) {
        throw unsupported("nextLong(long)");
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        throw unsupported("nextDouble(boolean, boolean)");
    }

    @Override
    public float nextFloat() {
        throw unsupported("nextFloat");
    }

    @Override
    public float nextFloat(boolean includeZero, boolean includeOne) {
        throw unsupported("nextFloat(boolean, boolean)");
    }
}
