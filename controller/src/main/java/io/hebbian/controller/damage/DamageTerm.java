package io.hebbian.controller.damage;

/**
 * One term of the damage language, as parsed: what is damaged and how, by name only. The simulator
 * ({@code sim/damage}) and the servo bridge ({@code firmware-interface/bridge}) each realise the terms
 * they can and reject the others with one clear message. A leg is named as on the robot
 * ({@code left-front}); a joint by its own name or as {@code <leg>-<role>} ({@link JointRoles}).
 */
public sealed interface DamageTerm {

    /** The term as written in canonical form, e.g. {@code shin-scale:left-front=0.5}. */
    String spec();

    /** The leg or joint the term names. */
    String target();

    /** {@code shin-scale:<leg>=<factor>}: the leg's distal segment scaled along its length, factor in (0, 4]. */
    record ShinScale(String leg, double factor) implements DamageTerm {
        public ShinScale {
            if (!(factor > 0 && factor <= 4)) {
                throw new IllegalArgumentException("shin-scale factor must be within (0, 4], got " + factor);
            }
        }

        @Override
        public String spec() {
            return "shin-scale:" + leg + "=" + factor;
        }

        @Override
        public String target() {
            return leg;
        }
    }

    /** {@code remove-shin:<leg>}: the leg's distal segment is gone. */
    record RemoveShin(String leg) implements DamageTerm {
        @Override
        public String spec() {
            return "remove-shin:" + leg;
        }

        @Override
        public String target() {
            return leg;
        }
    }

    /** {@code lock:<joint>}: the joint is held where it is. */
    record Lock(String joint) implements DamageTerm {
        @Override
        public String spec() {
            return "lock:" + joint;
        }

        @Override
        public String target() {
            return joint;
        }
    }

    /** {@code weak:<joint>=<strength>}: the joint's torque times {@code strength} in (0, 1]. */
    record Weak(String joint, double strength) implements DamageTerm {
        public Weak {
            if (!(strength > 0 && strength <= 1)) {
                throw new IllegalArgumentException("weak strength must be within (0, 1], got " + strength);
            }
        }

        @Override
        public String spec() {
            return "weak:" + joint + "=" + strength;
        }

        @Override
        public String target() {
            return joint;
        }
    }

    /** {@code limp:<joint>}: the joint's motor is off (no torque; the joint swings freely). */
    record Limp(String joint) implements DamageTerm {
        @Override
        public String spec() {
            return "limp:" + joint;
        }

        @Override
        public String target() {
            return joint;
        }
    }

    /** {@code sensor-stuck:<joint>}: the encoder repeats its first reading. */
    record SensorStuck(String joint) implements DamageTerm {
        @Override
        public String spec() {
            return "sensor-stuck:" + joint;
        }

        @Override
        public String target() {
            return joint;
        }
    }
}
