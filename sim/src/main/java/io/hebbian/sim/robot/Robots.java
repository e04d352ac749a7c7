package io.hebbian.sim.robot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The robot catalogue: built-in robots by name, or a user's robot from a {@code .urdf} file.
 */
public final class Robots {

    private static final String SERVO_QUAD_RESOURCE = "servo-quad.urdf";

    private Robots() {
    }

    /** Names accepted by {@link #load} besides file paths. */
    public static List<String> builtinNames() {
        return List.of("ant", "ant-pybullet", "servo-quad");
    }

    /**
     * Loads a robot.
     *
     * @param nameOrPath {@code ant}, {@code ant-pybullet}, {@code servo-quad}, or a path to a {@code .urdf} file
     * @throws IOException                if the file cannot be read or is not valid URDF
     *                                    ({@link RobotFormatException}, naming the element)
     * @throws IllegalArgumentException   for an unknown name that is not a file
     */
    public static RobotDescription load(String nameOrPath) throws IOException {
        switch (nameOrPath) {
            case "ant":
                return AntRobot.create();
            case "ant-pybullet":
                return AntRobot.createPybullet();
            case "servo-quad":
                return servoQuad();
            default:
                break;
        }
        Path p = Path.of(nameOrPath);
        if (!nameOrPath.toLowerCase(java.util.Locale.ROOT).endsWith(".urdf") && !Files.exists(p)) {
            throw new IllegalArgumentException("unknown robot '" + nameOrPath + "'; expected one of " + builtinNames()
                    + " or a path to a .urdf file");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return UrdfLoader.load(in, p.getFileName().toString(), p.toAbsolutePath().getParent());
        }
    }

    /** The built-in 12-joint servo quadruped (a URDF resource), standing with bent knees. */
    public static RobotDescription servoQuad() throws IOException {
        try (InputStream in = Robots.class.getResourceAsStream(SERVO_QUAD_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + SERVO_QUAD_RESOURCE + " missing from the sim jar");
            }
            RobotDescription r = UrdfLoader.load(in, SERVO_QUAD_RESOURCE);
            double[] stand = new double[r.jointDescriptions().size()];
            for (int k = 0; k < stand.length; k++) {
                String n = r.jointDescriptions().get(k).name();
                stand[k] = n.endsWith("hip_flex_joint") ? 0.6 : n.endsWith("knee_joint") ? -1.2 : 0.0;
            }
            return r.withInitialPositions(stand);
        }
    }
}
