package io.hebbian.replay.trajectory;

/**
 * A hinge joint at the zero pose (world frame), so a log of joint angles alone can be posed by
 * forward kinematics.
 *
 * @param name     joint name as on {@code /joint_states}
 * @param parent   parent link name
 * @param child    child link name
 * @param anchorM  hinge position, metres (3 values)
 * @param axis     unit hinge axis (3 values)
 * @param lowerRad lower limit, radians
 * @param upperRad upper limit, radians
 */
public record JointGeometry(String name, String parent, String child, double[] anchorM, double[] axis,
                            double lowerRad, double upperRad) {

    public JointGeometry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("joint name must not be blank, got '" + name + "'");
        }
        anchorM = Arrays3.copy("joint " + name + " anchor", anchorM, 3);
        axis = Arrays3.copy("joint " + name + " axis", axis, 3);
        if (!(lowerRad <= upperRad)) {
            throw new IllegalArgumentException("joint " + name + ": lower limit " + lowerRad
                    + " rad above upper limit " + upperRad + " rad");
        }
    }

    @Override
    public double[] anchorM() {
        return anchorM.clone();
    }

    @Override
    public double[] axis() {
        return axis.clone();
    }
}
