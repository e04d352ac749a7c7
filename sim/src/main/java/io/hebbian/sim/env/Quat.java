package io.hebbian.sim.env;

/** Allocation-free quaternion helpers on {@code double[4]} arrays in (w, x, y, z) order. */
final class Quat {

    private Quat() {
    }

    /** {@code out = a ⊗ b}; {@code out} may not alias the inputs. */
    static void multiply(double[] a, double[] b, double[] out) {
        out[0] = a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
        out[1] = a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2];
        out[2] = a[0] * b[2] - a[1] * b[3] + a[2] * b[0] + a[3] * b[1];
        out[3] = a[0] * b[3] + a[1] * b[2] - a[2] * b[1] + a[3] * b[0];
    }

    /** Rotates {@code v} by the inverse of unit quaternion {@code q} (world → body), into {@code out}. */
    static void rotateInverse(double[] q, double x, double y, double z, double[] out) {
        double w = q[0];
        double qx = -q[1];
        double qy = -q[2];
        double qz = -q[3];
        double tx = 2 * (qy * z - qz * y);
        double ty = 2 * (qz * x - qx * z);
        double tz = 2 * (qx * y - qy * x);
        out[0] = x + w * tx + (qy * tz - qz * ty);
        out[1] = y + w * ty + (qz * tx - qx * tz);
        out[2] = z + w * tz + (qx * ty - qy * tx);
    }

    /** The z component of the body z axis in the world: 1 upright, -1 upside down. */
    static double upZ(double[] q) {
        return 1 - 2 * (q[1] * q[1] + q[2] * q[2]);
    }

    /** A rotation matrix (row-major 9) as a unit quaternion. */
    static double[] fromMatrix(double[] m) {
        double tr = m[0] + m[4] + m[8];
        double w;
        double x;
        double y;
        double z;
        if (tr > 0) {
            double s = Math.sqrt(tr + 1) * 2;
            w = 0.25 * s;
            x = (m[7] - m[5]) / s;
            y = (m[2] - m[6]) / s;
            z = (m[3] - m[1]) / s;
        } else if (m[0] > m[4] && m[0] > m[8]) {
            double s = Math.sqrt(1 + m[0] - m[4] - m[8]) * 2;
            w = (m[7] - m[5]) / s;
            x = 0.25 * s;
            y = (m[1] + m[3]) / s;
            z = (m[2] + m[6]) / s;
        } else if (m[4] > m[8]) {
            double s = Math.sqrt(1 + m[4] - m[0] - m[8]) * 2;
            w = (m[2] - m[6]) / s;
            x = (m[1] + m[3]) / s;
            y = 0.25 * s;
            z = (m[5] + m[7]) / s;
        } else {
            double s = Math.sqrt(1 + m[8] - m[0] - m[4]) * 2;
            w = (m[3] - m[1]) / s;
            x = (m[2] + m[6]) / s;
            y = (m[5] + m[7]) / s;
            z = 0.25 * s;
        }
        return new double[] {w, x, y, z};
    }
}
