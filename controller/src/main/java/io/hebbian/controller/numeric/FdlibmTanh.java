package io.hebbian.controller.numeric;

/**
 * The hyperbolic tangent of fdlibm 5.3 ({@code s_tanh.c} over {@code s_expm1.c}) in plain Java:
 * bit-identical to {@link StrictMath#tanh} on every JDK, about five times faster than JDK 17's
 * native {@code StrictMath.tanh} call, and immune to {@code Math.tanh} intrinsics that newer JDKs
 * add with other rounding. The network's results, and so every evolved model, depend on its bits.
 */
public final class FdlibmTanh {

    private static final double TINY = 1.0e-300;
    private static final double HUGE = 1.0e+300;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private FdlibmTanh() {
    }

    /** tanh(x), bit for bit as {@link StrictMath#tanh}. */
    public static double tanh(double x) {
        int jx = highWord(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) { // tanh(±inf) = ±1, tanh(NaN) = NaN
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /** exp(x) − 1, bit for bit as {@link StrictMath#expm1}. */
    public static double expm1(double x) {
        int hx = highWord(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56·ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78
                if (hx >= 0x7ff00000) {
                    if (Double.isNaN(x)) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (negative && x + TINY < 0.0) {
                return TINY - 1.0;
            }
        }
        double hi;
        double lo;
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > 0.5·ln2: argument reduction
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5·ln2
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            return addToExponent(y, k) - 1.0;
        }
        double y;
        if (k < 20) {
            double t1 = withHighWord(0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = t1 - (e - x);
        } else {
            double t2 = withHighWord((0x3ff - k) << 20); // 2^-k
            y = x - (e + t2);
            y += 1.0;
        }
        return addToExponent(y, k);
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    private static double withHighWord(int high) {
        return Double.longBitsToDouble((long) high << 32);
    }

    private static double addToExponent(double y, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
    }
}
