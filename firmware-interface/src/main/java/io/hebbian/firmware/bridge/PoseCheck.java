package io.hebbian.firmware.bridge;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;

/** Refuses to enable torque when a joint sits far outside its limits (it would jump to the limit). */
final class PoseCheck {

    private PoseCheck() {
    }

    static void requireInsideLimits(JointStateSample measured, ServoConfig config, double toleranceRad)
            throws ServoException {
        for (int k = 0; k < measured.size(); k++) {
            JointLimits lim = config.joints().get(k).limits();
            double p = measured.positionRad[k];
            if (!(Math.abs(lim.clamp(p) - p) <= toleranceRad)) {
                throw new ServoException("joint " + lim.name() + " is at " + p + " rad, outside its limits ["
                        + lim.lowerRad() + ", " + lim.upperRad()
                        + "] rad: move it into range by hand or fix the limits/zero offset");
            }
        }
    }
}
