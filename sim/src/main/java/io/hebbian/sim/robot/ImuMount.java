package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;

/**
 * Where the IMU sits. Orientation and angular velocity are the same anywhere on a rigid link; the
 * simulated accelerometer reads at the link's centre of mass (lever-arm terms are ignored).
 *
 * @param link      the link carrying the IMU (normally the root)
 * @param positionM IMU position, metres, world frame at the zero pose
 * @param rotation  IMU frame (x forward, y left, z up) in the world at the zero pose
 */
public record ImuMount(String link, Vec3 positionM, Rot rotation) {
}
