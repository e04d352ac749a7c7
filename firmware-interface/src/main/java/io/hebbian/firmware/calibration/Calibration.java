package io.hebbian.firmware.calibration;

import io.hebbian.firmware.calibration.CalibrationStep.Answer;
import io.hebbian.firmware.calibration.CalibrationStep.Ask;
import io.hebbian.firmware.calibration.CalibrationStep.Finished;
import io.hebbian.firmware.calibration.CalibrationStep.Move;
import io.hebbian.firmware.calibration.CalibrationStep.Refused;
import io.hebbian.firmware.config.JointCalibration;
import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The calibration walk-through as a pure state machine: it never touches a bus, a terminal or a clock. For each
 * joint it asks for the zero (Enter), one end and the other end of the range (Enter each), then a short
 * {@linkplain CalibrationStep.Move move} from that end toward the middle and the question whether the joint moved
 * toward positive angles. From these it computes the joint's zero offset, direction and limits.
 *
 * <p>Angles in and out are <em>servo angles</em>: radians from the servo's centre, {@code raw = centre + angle *
 * unitsPerRad}, as read through a bus built on {@link #busConfig}. Readings outside the protocol's raw range, a zero
 * outside the two ends, two ends closer than 2 degrees and a move that did not happen are refused with one line:
 * asked again, or the end of the walk-through ({@link CalibrationSettings#retryRefused()}).
 */
public final class Calibration {

    /** Smallest accepted distance between the two ends of a joint's range, radians. */
    static final double MIN_SPAN_RAD = Math.toRadians(2);

    private enum Phase { ZERO, END_A, END_B, MOVE, AGAIN, DIRECTION, DONE }

    private final ServoConfig config;
    private final int[] joints;
    private final CalibrationSettings settings;
    private final List<JointCalibration> results = new ArrayList<>();
    private CalibrationStep last;
    private Phase phase = Phase.ZERO;
    private int current;
    private double zero;
    private double endA;
    private double endB;
    private double moveTarget;
    private int servoSign;

    /**
     * @param config     the config being calibrated (its protocol, units, ids and names; its current limits give the
     *                   positive-direction hint)
     * @param jointNames joints to calibrate, in this order; empty for every joint in config order
     * @throws IllegalArgumentException for an unknown or repeated joint name, or a protocol that cannot read
     *                                  positions (Maestro)
     */
    public Calibration(ServoConfig config, List<String> jointNames, CalibrationSettings settings) {
        if (config.protocol() == Protocol.MAESTRO) {
            throw new IllegalArgumentException("a Maestro reports the pulse it sends, not where the servo is: hobby servos "
                    + "cannot be calibrated by hand; find zero and limits with 'servo move' and edit the config");
        }
        this.config = config;
        this.settings = settings;
        List<String> names = jointNames.isEmpty() ? config.jointNames() : jointNames;
        Set<String> seen = new LinkedHashSet<>();
        joints = new int[names.size()];
        for (int i = 0; i < joints.length; i++) {
            String name = names.get(i);
            joints[i] = config.indexOf(name);
            if (joints[i] < 0) {
                throw new IllegalArgumentException("unknown joint '" + name + "': choose from " + config.jointNames());
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("joint '" + name + "' is listed twice");
            }
        }
    }

    /**
     * The config a calibration bus is built on: every joint with direction +1, zero offset 0 and limits wide open,
     * so the bus reads and writes servo angles whatever the config says now.
     */
    public static ServoConfig busConfig(ServoConfig config) {
        List<JointConfig> raw = new ArrayList<>();
        for (JointConfig j : config.joints()) {
            raw.add(new JointConfig(j.name(), j.id(), 1, 0, -1000, 1000, j.maxVelocityRadPerSec()));
        }
        return new ServoConfig(config.protocol(), config.port(), config.baud(), config.units(),
                config.responseTimeoutMillis(), config.fastSyncRead(), raw, config.legs());
    }

    public CalibrationSettings settings() {
        return settings;
    }

    /** Config indices of the joints to calibrate, in walk-through order (a copy). */
    public int[] joints() {
        return joints.clone();
    }

    /** The first step: the first joint's zero. */
    public CalibrationStep start() {
        if (last != null) {
            throw new IllegalStateException("start() was already called");
        }
        return askZero(List.of());
    }

    /**
     * Answers an {@link Ask}.
     *
     * @param line          the line the user typed (without the line break)
     * @param servoAngleRad for {@link Answer#ENTER}: the joint's servo angle read right after the line, radians;
     *                      ignored for {@link Answer#YES_NO}
     */
    public CalibrationStep answer(String line, double servoAngleRad) {
        if (!(last instanceof Ask ask)) {
            throw new IllegalStateException("answer() needs an Ask step, the last step was " + last);
        }
        if (ask.answer() == Answer.YES_NO) {
            String a = line.strip().toLowerCase(Locale.ROOT);
            if (!List.of("y", "yes", "n", "no").contains(a)) {
                return refuse("expected y or n, got '" + line.strip() + "'", ask);
            }
            return direction(a.startsWith("y") ? servoSign : -servoSign);
        }
        if (!line.isBlank()) {
            return refuse("expected just Enter (an empty line), got '" + line.strip() + "'", ask);
        }
        if (!Double.isFinite(servoAngleRad)) {
            throw new IllegalArgumentException("servo angle must be finite, got " + servoAngleRad);
        }
        String outside = outsideRange(servoAngleRad);
        if (outside != null && phase != Phase.AGAIN) {
            return refuse(outside, ask);
        }
        switch (phase) {
            case ZERO -> {
                zero = servoAngleRad;
                phase = Phase.END_A;
                return ask(Answer.ENTER, List.of(), name() + ": move it by hand to one end of its range (the furthest "
                        + "the controller may drive it), then press Enter");
            }
            case END_A -> {
                endA = servoAngleRad;
                phase = Phase.END_B;
                return ask(Answer.ENTER, List.of(), name() + ": move it to the other end of its range, then press Enter");
            }
            case END_B -> {
                endB = servoAngleRad;
                return checkRange();
            }
            case AGAIN -> {
                return move();
            }
            default -> throw new IllegalStateException("no Enter expected in phase " + phase);
        }
    }

    /**
     * Reports a {@link Move}.
     *
     * @param startRad   servo angle where the move started, radians
     * @param reachedRad servo angle measured at the far point of the move, radians
     */
    public CalibrationStep moved(double startRad, double reachedRad) {
        if (!(last instanceof Move m)) {
            throw new IllegalStateException("moved() needs a Move step, the last step was " + last);
        }
        double asked = Math.abs(m.toRad() - endB);
        double delta = reachedRad - startRad;
        if (!(Math.abs(delta) >= 0.5 * asked)) {
            phase = Phase.AGAIN;
            return refuse(String.format(Locale.ROOT, "%s moved %.1f deg of the %.1f deg asked: is it powered, "
                    + "blocked or held?", name(), Math.toDegrees(Math.abs(delta)), Math.toDegrees(asked)),
                    new Ask(joints[current], List.of(), name() + ": press Enter to try the move again", Answer.ENTER));
        }
        servoSign = delta > 0 ? 1 : -1;
        phase = Phase.DIRECTION;
        return ask(Answer.YES_NO, List.of(), String.format(Locale.ROOT, "%s: did it move toward positive joint angles "
                + "(toward its upper limit, %.1f deg in the config)? [y/n]", name(), Math.toDegrees(joint().upperRad())));
    }

    private CalibrationStep checkRange() {
        double lo = Math.min(endA, endB);
        double hi = Math.max(endA, endB);
        if (hi - lo < MIN_SPAN_RAD) {
            return restartJoint(String.format(Locale.ROOT, "%s: the two ends are %.1f deg apart (raw %d and %d): move "
                    + "it to each end of its range", name(), Math.toDegrees(hi - lo), raw(endA), raw(endB)));
        }
        if (zero < lo || zero > hi) {
            return restartJoint(String.format(Locale.ROOT, "%s: its zero (raw %d) is outside the limits chosen (raw "
                    + "%d..%d)", name(), raw(zero), raw(lo), raw(hi)));
        }
        return move();
    }

    private CalibrationStep move() {
        double amplitude = Math.min(settings.moveRad(), Math.abs(endA - endB) / 3);
        moveTarget = endB + Math.signum(endA - endB) * amplitude;
        phase = Phase.MOVE;
        last = new Move(joints[current], List.of(String.format(Locale.ROOT, "%s: torque on for this joint only: it "
                + "moves %.1f deg and back, then torque off", name(), Math.toDegrees(amplitude))), moveTarget);
        return last;
    }

    private CalibrationStep direction(int direction) {
        double a = direction * (endA - zero) + 0.0;
        double b = direction * (endB - zero) + 0.0;
        JointCalibration done = new JointCalibration(name(), direction, zero, Math.min(a, b), Math.max(a, b));
        results.add(done);
        List<String> summary = List.of(String.format(Locale.ROOT, "%s: direction %d, zero offset %.4f rad (raw %d), "
                + "limits [%.4f, %.4f] rad ([%.1f, %.1f] deg)", done.name(), direction, zero, raw(zero),
                done.lowerRad(), done.upperRad(), Math.toDegrees(done.lowerRad()), Math.toDegrees(done.upperRad())));
        current++;
        if (current == joints.length) {
            phase = Phase.DONE;
            last = new Finished(summary, results);
            return last;
        }
        return askZero(summary);
    }

    private CalibrationStep askZero(List<String> before) {
        phase = Phase.ZERO;
        List<String> notice = new ArrayList<>(before);
        notice.add(String.format(Locale.ROOT, "joint %d of %d: %s (id %d); torque is off", current + 1, joints.length,
                name(), joint().id()));
        return ask(Answer.ENTER, notice, name() + ": move the joint by hand to its zero angle, then press Enter");
    }

    private CalibrationStep restartJoint(String line) {
        if (!settings.retryRefused()) {
            return refused(line);
        }
        return askZero(List.of("refused: " + line, name() + ": again from its zero"));
    }

    private CalibrationStep refuse(String line, Ask again) {
        if (!settings.retryRefused()) {
            return refused(line);
        }
        last = new Ask(again.joint(), List.of("refused: " + line), again.prompt(), again.answer());
        return last;
    }

    private CalibrationStep refused(String line) {
        phase = Phase.DONE;
        last = new Refused("refused: " + line);
        return last;
    }

    private CalibrationStep ask(Answer answer, List<String> notice, String prompt) {
        last = new Ask(joints[current], notice, prompt, answer);
        return last;
    }

    /** Null if the angle is a raw position the servo can take, else why not. */
    private String outsideRange(double servoAngleRad) {
        long raw = raw(servoAngleRad);
        Protocol p = config.protocol();
        if (raw >= p.minPositionUnits() && raw <= p.maxPositionUnits()) {
            return null;
        }
        return String.format(Locale.ROOT, "%s at raw %d is outside the servo's range %d..%d (%s)", name(), raw,
                p.minPositionUnits(), p.maxPositionUnits(), p);
    }

    private long raw(double servoAngleRad) {
        return Math.round(config.units().centerUnits() + servoAngleRad * config.units().unitsPerRad());
    }

    private JointConfig joint() {
        return config.joints().get(joints[current]);
    }

    private String name() {
        return joint().name();
    }
}
