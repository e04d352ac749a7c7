package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;

/**
 * A collision shape placed in the world frame with the robot in its zero pose (all joint angles 0).
 *
 * @param shape     the primitive
 * @param positionM centre of the shape, metres, world frame
 * @param rotation  orientation of the shape's frame in the world
 */
public record Geom(Shape shape, Vec3 positionM, Rot rotation) {

    public Geom {
        if (shape == null || positionM == null || rotation == null) {
            throw new IllegalArgumentException("geom needs a shape, a position and a rotation");
        }
    }

    /** A capsule between two points (MuJoCo's {@code fromto}), metres. */
    public static Geom capsule(Vec3 from, Vec3 to, double radiusM) {
        Vec3 d = to.minus(from);
        return new Geom(new Shape.Capsule(radiusM, d.norm()), from.plus(d.times(0.5)), Rot.zAxisTo(d));
    }
}
