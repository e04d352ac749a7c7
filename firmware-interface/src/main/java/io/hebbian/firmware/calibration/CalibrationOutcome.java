package io.hebbian.firmware.calibration;

import io.hebbian.firmware.config.JointCalibration;
import java.util.List;

/** How a {@link CalibrationSession} ended. Either way torque is off on every servo of the bus. */
public sealed interface CalibrationOutcome {

    /** Every joint was calibrated: write these. */
    record Calibrated(List<JointCalibration> joints) implements CalibrationOutcome {
        public Calibrated {
            joints = List.copyOf(joints);
        }
    }

    /** The walk-through stopped early (end of input, a refusal): nothing is to be written. */
    record Stopped(String reason) implements CalibrationOutcome {
    }
}
