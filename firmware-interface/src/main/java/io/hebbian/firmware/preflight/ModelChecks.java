package io.hebbian.firmware.preflight;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The checks of a model against a servo config: joint names, order, limits (and their sign), control rate. */
final class ModelChecks {

    private static final double EPS_RAD = 1e-6;
    private static final double RATE_TOLERANCE = 0.01;

    private ModelChecks() {
    }

    static List<Finding> check(Optional<PreflightModel> model, ServoConfig config, double bridgeRateHz) {
        if (model.isEmpty()) {
            return List.of(Finding.warn("model", "none given: joint names, order, limits and control rate not checked"));
        }
        List<Finding> out = new ArrayList<>();
        PreflightModel m = model.get();
        joints(m, config, out);
        limits(m, config, out);
        rate(m, bridgeRateHz, out);
        return out;
    }

    private static void joints(PreflightModel m, ServoConfig config, List<Finding> out) {
        List<String> model = m.jointNames();
        List<String> servo = config.jointNames();
        List<String> missing = new ArrayList<>(model);
        missing.removeAll(servo);
        List<String> extra = new ArrayList<>(servo);
        extra.removeAll(model);
        if (!missing.isEmpty()) {
            out.add(Finding.blocker("joint names", "the model's joints " + missing
                    + " are not in the servo config: add them (or use the model trained for this robot)"));
        }
        if (!extra.isEmpty()) {
            out.add(Finding.blocker("joint names", "the servo config's joints " + extra
                    + " are not in the model: commands would have the wrong length; remove them or rename them"));
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return;
        }
        List<String> moved = new ArrayList<>();
        for (int k = 0; k < model.size(); k++) {
            if (!model.get(k).equals(servo.get(k))) {
                moved.add("position " + k + " is " + servo.get(k) + " in the config, " + model.get(k) + " in the model");
            }
        }
        if (moved.isEmpty()) {
            out.add(Finding.ok("joint order", "the config's " + servo.size() + " joints are the model's, in its order"));
        } else {
            out.add(Finding.blocker("joint order", String.join("; ", moved)
                    + ": array commands would drive the wrong servos; order the config's joints like the model "
                    + model));
        }
    }

    private static void limits(PreflightModel m, ServoConfig config, List<Finding> out) {
        int checked = 0;
        int bad = 0;
        for (JointLimits ml : m.joints()) {
            int k = config.indexOf(ml.name());
            if (k < 0) {
                continue;
            }
            checked++;
            JointLimits cl = config.joints().get(k).limits();
            boolean asymmetric = Math.abs(ml.lowerRad() + ml.upperRad()) > EPS_RAD;
            boolean mirrored = Math.abs(cl.lowerRad() + ml.upperRad()) <= EPS_RAD
                    && Math.abs(cl.upperRad() + ml.lowerRad()) <= EPS_RAD;
            if (asymmetric && mirrored) {
                bad++;
                out.add(Finding.blocker("limits " + ml.name(), "config " + range(cl) + " is the model's "
                        + range(ml) + " mirrored: this joint's sign convention is the opposite of the model's; "
                        + "flip its 'direction' and swap/negate its limits"));
            } else if (cl.lowerRad() > ml.lowerRad() + EPS_RAD || cl.upperRad() < ml.upperRad() - EPS_RAD) {
                bad++;
                out.add(Finding.warn("limits " + ml.name(), "the model may command " + range(ml)
                        + " but the config allows only " + range(cl) + ": commands outside are clamped"));
            }
        }
        if (bad == 0 && checked > 0) {
            out.add(Finding.ok("limits", "the model's limits of all " + checked + " joints lie within the config's"));
        }
    }

    private static void rate(PreflightModel m, double bridgeRateHz, List<Finding> out) {
        if (Double.isNaN(m.controlPeriodSeconds())) {
            out.add(Finding.warn("control rate", "the model has no physics.controlPeriodSeconds: the policy node "
                    + "needs rate_hz, and the cycle time is checked against 100 Hz"));
            return;
        }
        double modelHz = 1 / m.controlPeriodSeconds();
        String model = String.format(Locale.ROOT, "model %.2f Hz (period %.2f ms)", modelHz, m.controlPeriodSeconds() * 1e3);
        if (!Double.isNaN(bridgeRateHz) && bridgeRateHz < modelHz * (1 - RATE_TOLERANCE)) {
            out.add(Finding.warn("control rate", model + String.format(Locale.ROOT, ", but the servo bridge runs "
                    + "at %.2f Hz: joint states arrive slower than the policy steps; set its rate_hz >= %.2f",
                    bridgeRateHz, modelHz)));
        } else {
            out.add(Finding.ok("control rate", model + (Double.isNaN(bridgeRateHz) ? ""
                    : String.format(Locale.ROOT, ", servo bridge %.2f Hz", bridgeRateHz))));
        }
    }

    static String range(JointLimits l) {
        return String.format(Locale.ROOT, "[%.3f, %.3f] rad", l.lowerRad(), l.upperRad());
    }
}
