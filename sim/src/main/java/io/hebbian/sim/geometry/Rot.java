package io.hebbian.sim.geometry;

import java.util.Arrays;

/**
 * An immutable 3×3 rotation matrix, row-major. {@code apply(v)} rotates a vector from the local
 * frame into the parent frame.
 */
public final class Rot {

    public static final Rot IDENTITY = new Rot(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    private final double[] m;

    private Rot(double[] m) {
        this.m = m;
    }

    /** A rotation from nine row-major entries (copied; not checked for orthonormality). */
    public static Rot ofRowMajor(double... m) {
        if (m.length != 9) {
            throw new IllegalArgumentException("a rotation matrix needs 9 entries, got " + m.length);
        }
        return new Rot(m.clone());
    }

    /** Rotation by {@code angleRad} about {@code axis} (need not be unit), right-handed. */
    public static Rot axisAngle(Vec3 axis, double angleRad) {
        Vec3 a = axis.unit();
        double c = Math.cos(angleRad);
        double s = Math.sin(angleRad);
        double t = 1 - c;
        double x = a.x();
        double y = a.y();
        double z = a.z();
        return new Rot(new double[] {
            t * x * x + c, t * x * y - s * z, t * x * z + s * y,
            t * x * y + s * z, t * y * y + c, t * y * z - s * x,
            t * x * z - s * y, t * y * z + s * x, t * z * z + c});
    }

    /** URDF roll-pitch-yaw: {@code Rz(yaw)·Ry(pitch)·Rx(roll)}. */
    public static Rot fromRpy(double roll, double pitch, double yaw) {
        return axisAngle(new Vec3(0, 0, 1), yaw).times(axisAngle(new Vec3(0, 1, 0), pitch))
                .times(axisAngle(new Vec3(1, 0, 0), roll));
    }

    /** A rotation whose local z axis points along {@code dir} (for capsules and cylinders). */
    public static Rot zAxisTo(Vec3 dir) {
        Vec3 z = dir.unit();
        Vec3 helper = Math.abs(z.z()) < 0.9 ? new Vec3(0, 0, 1) : new Vec3(1, 0, 0);
        Vec3 x = helper.cross(z).unit();
        Vec3 y = z.cross(x);
        return new Rot(new double[] {x.x(), y.x(), z.x(), x.y(), y.y(), z.y(), x.z(), y.z(), z.z()});
    }

    public Rot times(Rot o) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = m[3 * i] * o.m[j] + m[3 * i + 1] * o.m[3 + j] + m[3 * i + 2] * o.m[6 + j];
            }
        }
        return new Rot(r);
    }

    public Vec3 apply(Vec3 v) {
        return new Vec3(m[0] * v.x() + m[1] * v.y() + m[2] * v.z(),
                m[3] * v.x() + m[4] * v.y() + m[5] * v.z(),
                m[6] * v.x() + m[7] * v.y() + m[8] * v.z());
    }

    public Rot transpose() {
        return new Rot(new double[] {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]});
    }

    /** Entry at row {@code i}, column {@code j}. */
    public double get(int i, int j) {
        return m[3 * i + j];
    }

    /** Column {@code j}: the local axis {@code j} in the parent frame. */
    public Vec3 column(int j) {
        return new Vec3(m[j], m[3 + j], m[6 + j]);
    }

    /** A copy of the nine row-major entries. */
    public double[] toRowMajor() {
        return m.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rot r && Arrays.equals(m, r.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Rot" + Arrays.toString(m);
    }
}
