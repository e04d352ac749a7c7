package io.hebbian.sim.geometry;

/**
 * An immutable 3-vector (metres for positions, unitless for directions). Used to describe robots,
 * never in the simulation's hot loop.
 */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("vector components must be finite, got (" + x + ", " + y + ", " + z + ")");
        }
    }

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    /** This vector scaled to length 1; fails on a (near) zero vector. */
    public Vec3 unit() {
        double n = norm();
        if (!(n > 1e-12)) {
            throw new IllegalArgumentException("cannot normalise a zero-length vector " + this);
        }
        return times(1.0 / n);
    }

    public double get(int axis) {
        return axis == 0 ? x : axis == 1 ? y : z;
    }
}
