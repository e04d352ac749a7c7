package io.hebbian.controller.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FdlibmTanhTest {

    private static void assertSameBits(double x) {
        assertThat(Double.doubleToRawLongBits(FdlibmTanh.tanh(x)))
                .as("tanh(%s)", x).isEqualTo(Double.doubleToRawLongBits(StrictMath.tanh(x)));
        assertThat(Double.doubleToRawLongBits(FdlibmTanh.expm1(x)))
                .as("expm1(%s)", x).isEqualTo(Double.doubleToRawLongBits(StrictMath.expm1(x)));
    }

    @Test
    void matchesStrictMathOnEveryBranch() {
        double ln2 = Math.log(2);
        double[] edges = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
            1e-17, 2.8e-17, 5.6e-17, 1, -1, 0.5 * ln2, 1.5 * ln2, -1.5 * ln2, 22, -22, 21.999999,
            56 * ln2, -56 * ln2, 709.78, 709.79, 710, -745, -0.25, 0.25, 19 * ln2, 20 * ln2, 57 * ln2};
        for (double x : edges) {
            assertSameBits(x);
            assertSameBits(Math.nextUp(x));
            assertSameBits(Math.nextDown(x));
        }
    }

    @Test
    void matchesStrictMathOnRandomArguments() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 400_000; i++) {
            assertSameBits(rng.nextDouble(-3, 3));
            assertSameBits(rng.nextDouble(-60, 60));
            assertSameBits(rng.nextGaussian() * Math.pow(10, rng.nextInt(-20, 3)));
            assertSameBits(Double.longBitsToDouble(rng.nextLong()));
        }
    }
}
