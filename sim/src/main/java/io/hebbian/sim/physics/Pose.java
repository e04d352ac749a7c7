package io.hebbian.sim.physics;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;

/**
 * A rigid transform {@code x ↦ rotation·x + translationM}, mapping the zero-pose world frame to the
 * current world frame for one link.
 */
public record Pose(Rot rotation, Vec3 translationM) {

    public static final Pose IDENTITY = new Pose(Rot.IDENTITY, Vec3.ZERO);

    public Vec3 apply(Vec3 p) {
        return rotation.apply(p).plus(translationM);
    }

    /** {@code this ∘ other}: first {@code other}, then this. */
    public Pose compose(Pose other) {
        return new Pose(rotation.times(other.rotation), rotation.apply(other.translationM).plus(translationM));
    }

    /** Rotation by {@code angleRad} about the line through {@code anchor} along {@code axis}. */
    public static Pose about(Vec3 anchor, Vec3 axis, double angleRad) {
        Rot r = Rot.axisAngle(axis, angleRad);
        return new Pose(r, anchor.minus(r.apply(anchor)));
    }

    public Pose translated(Vec3 d) {
        return new Pose(rotation, translationM.plus(d));
    }
}
