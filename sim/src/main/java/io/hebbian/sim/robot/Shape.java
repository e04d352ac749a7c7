package io.hebbian.sim.robot;

/**
 * A collision primitive, in its own frame. Capsules and cylinders lie along their local z axis;
 * a capsule's {@code lengthM} excludes its two hemispherical caps (ode4j's convention).
 */
public sealed interface Shape {

    /** Volume in m³, used to spread a link's mass over its shapes. */
    double volumeM3();

    /** The same shape stretched by {@code factor} along its local z axis. */
    Shape stretchedZ(double factor);

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number of metres, got " + v);
        }
    }

    /** A sphere of radius {@code radiusM}. */
    record Sphere(double radiusM) implements Shape {
        public Sphere {
            positive("sphere radius", radiusM);
        }

        @Override
        public double volumeM3() {
            return 4.0 / 3.0 * Math.PI * radiusM * radiusM * radiusM;
        }

        @Override
        public Shape stretchedZ(double factor) {
            return this;
        }
    }

    /** A capsule: a cylinder of {@code lengthM} along z with hemispherical caps of {@code radiusM}. */
    record Capsule(double radiusM, double lengthM) implements Shape {
        public Capsule {
            positive("capsule radius", radiusM);
            positive("capsule length", lengthM);
        }

        @Override
        public double volumeM3() {
            return Math.PI * radiusM * radiusM * (lengthM + 4.0 / 3.0 * radiusM);
        }

        @Override
        public Shape stretchedZ(double factor) {
            return new Capsule(radiusM, lengthM * factor);
        }
    }

    /** A cylinder of {@code lengthM} along z. */
    record Cylinder(double radiusM, double lengthM) implements Shape {
        public Cylinder {
            positive("cylinder radius", radiusM);
            positive("cylinder length", lengthM);
        }

        @Override
        public double volumeM3() {
            return Math.PI * radiusM * radiusM * lengthM;
        }

        @Override
        public Shape stretchedZ(double factor) {
            return new Cylinder(radiusM, lengthM * factor);
        }
    }

    /** A box with full side lengths along x, y, z. */
    record Box(double sizeXM, double sizeYM, double sizeZM) implements Shape {
        public Box {
            positive("box size x", sizeXM);
            positive("box size y", sizeYM);
            positive("box size z", sizeZM);
        }

        @Override
        public double volumeM3() {
            return sizeXM * sizeYM * sizeZM;
        }

        @Override
        public Shape stretchedZ(double factor) {
            return new Box(sizeXM, sizeYM, sizeZM * factor);
        }
    }
}
