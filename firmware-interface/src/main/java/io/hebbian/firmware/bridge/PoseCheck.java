package io.hebbian.firmware.bridge;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;

/**
 * Refuses to enable torque when a joint sits outside its limits by more than a tolerance
 * ({@link BridgeSettings#poseToleranceRad()}): it would jump to the limit when torque comes on.
 */
final class PoseCheck {

    private PoseCheck() {
    }

    /** @param toleranceRad largest accepted distance outside the limits, radians */
    static void requireInsideLimits(JointStateSample measured, ServoConfig config, double toleranceRad)
            throws ServoException {
        for (int k = 0; k < measured.size(); k++) {
            JointLimits lim = config.joints().get(k).limits();
            double p = measured.positionRad[k];
            if (!(Math.abs(lim.clamp(p) - p) <= toleranceRad)) {
                throw new ServoException("joint " + lim.name() + " is at " + p + " rad, outside its limits ["
                        + lim.lowerRad() + ", " + lim.upperRad()
                        + "] rad by more than the pose tolerance " + toleranceRad
                        + " rad: move it into range by hand or fix the limits/zero offset");
            }
        }
    }
}
