package org.sahelsim.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.map.MaliMap;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenario;

/** Streams keyed by (run seed, name, key): what one subsystem draws leaves the others' draws alone. */
class RandomStreamsTest {
    private static double[] draws(MersenneTwisterFast r, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.nextDouble();
        }
        return d;
    }

    @Test
    void aStreamDependsOnItsSeedNameAndKeyOnly() {
        RandomStreams s = new RandomStreams(42);
        double[] a = draws(s.open("combat", 7), 20);
        assertArrayEquals(a, draws(new RandomStreams(42).open("combat", 7), 20));
        assertFalse(Arrays.equals(a, draws(s.open("combat", 8), 20)), "another key");
        assertFalse(Arrays.equals(a, draws(s.open("combats", 7), 20)), "another name");
        assertFalse(Arrays.equals(a, draws(new RandomStreams(43).open("combat", 7), 20)), "another seed");
    }

    private static World world() {
        Scenario s = TestScenarios.read("serval-2013");
        return new RuleSet(TestScenarios.parameters(s)).newWorld(s, MaliMap.get(), new MersenneTwisterFast(1));
    }

    /** What phase B draws after phase A drew 3 or 300 numbers. */
    private static double[] afterDrawingIn(World w, int drawnBefore) {
        w.beginStream("A", 5);
        for (int i = 0; i < drawnBefore; i++) {
            w.chance(0.5);
        }
        w.beginStream("B", 5);
        double[] d = new double[10];
        for (int i = 0; i < d.length; i++) {
            d[i] = w.random().nextDouble() + w.poisson(3) + w.binomial(10, 0.3);
        }
        return d;
    }

    @Test
    void drawsOfOneStreamDoNotShiftAnother() {
        World w1 = world();
        World w2 = world();
        w1.useStreams(new RandomStreams(99));
        w2.useStreams(new RandomStreams(99));
        assertArrayEquals(afterDrawingIn(w1, 3), afterDrawingIn(w2, 300));
        // a stream restarts from its beginning when opened again with the same key
        w1.beginStream("B", 5);
        double first = w1.random().nextDouble();
        w2.beginStream("B", 5);
        assertEquals(first, w2.random().nextDouble());
    }

    @Test
    void withoutStreamsEveryDrawComesFromTheOneGenerator() {
        // the situation streams cure: with one generator, extra draws upstream shift every later draw
        assertFalse(Arrays.equals(afterDrawingIn(world(), 3), afterDrawingIn(world(), 300)));
    }
}
