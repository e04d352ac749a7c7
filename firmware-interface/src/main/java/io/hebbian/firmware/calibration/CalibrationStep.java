package io.hebbian.firmware.calibration;

import io.hebbian.firmware.config.JointCalibration;
import java.util.List;

/**
 * What the {@link Calibration} walk-through needs next. Each step carries {@code notice} lines to show before it
 * (a summary of the joint just calibrated, the next joint's name, why an answer was refused); they may be empty.
 */
public sealed interface CalibrationStep {

    /** Lines to show before acting on this step. */
    List<String> notice();

    /** What an {@link Ask} expects. */
    enum Answer {
        /** An empty line (Enter); the joint's position is read right after it. */
        ENTER,
        /** {@code y} or {@code n}. */
        YES_NO
    }

    /**
     * Show {@code prompt} and wait for one line; answer with {@link Calibration#answer}.
     *
     * @param joint index of the joint in the config
     */
    record Ask(int joint, List<String> notice, String prompt, Answer answer) implements CalibrationStep {
        public Ask {
            notice = List.copyOf(notice);
        }
    }

    /**
     * Torque on for this joint only, move it at bounded speed to {@code toRad} and back to where it started, torque
     * off; report with {@link Calibration#moved}.
     *
     * @param joint index of the joint in the config
     * @param toRad servo angle to move to, radians from the servo's centre (inside the range the user showed)
     */
    record Move(int joint, List<String> notice, double toRad) implements CalibrationStep {
        public Move {
            notice = List.copyOf(notice);
        }
    }

    /** Every joint is calibrated. */
    record Finished(List<String> notice, List<JointCalibration> joints) implements CalibrationStep {
        public Finished {
            notice = List.copyOf(notice);
            joints = List.copyOf(joints);
        }
    }

    /** An answer or reading was refused and the settings do not ask again: nothing is to be written. */
    record Refused(String line) implements CalibrationStep {
        @Override
        public List<String> notice() {
            return List.of();
        }
    }
}
