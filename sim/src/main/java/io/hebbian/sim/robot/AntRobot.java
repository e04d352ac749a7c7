package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper's quadruped: the MuJoCo/pybullet Ant geometry (torso sphere r 0.25; per leg a fixed
 * hip capsule, a thigh and a shin, all r 0.08; 8 hinges, ranges of {@code mujoco-ant.xml}).
 *
 * <p>Masses: MuJoCo's density 5 kg/m³ for every shape (torso with its four fixed hip capsules
 * 0.48 kg, thigh 0.039 kg, shin 0.068 kg; 0.91 kg in total). Motors: position servos with
 * {@value #MAX_TORQUE_NM} N·m and {@value #MAX_VELOCITY_RAD_PER_SEC} rad/s caps. MuJoCo's own scale
 * (gear 150 with armature 1) has no ode4j equivalent: raw torques of 30–150 N·m make the robot jump
 * or explode in ode4j, while at these caps it stands at z ≈ 0.5 m and survives saturated and random
 * actions (see {@code reference/ode4j-facts.md}).
 *
 * <p>Legs are named by geometry with +x forward and +y left, which is also the direction the
 * fitness is measured in. XML leg 1 (+x, +y) is {@code left-front}, leg 4 (+x, −y)
 * {@code right-front}, leg 2 (−x, +y) {@code left-back}, leg 3 (−x, −y) {@code right-back}. With
 * this naming the paper's damaged morphologies match: its "right front leg" file shortens leg 4's
 * shin and its "left front leg" file leg 1's. Action order is pybullet's: hip_1, ankle_1, ..., hip_4, ankle_4.
 *
 * <p>{@link #createPybullet()} is pybullet's Ant ({@code ant-pybullet}) instead: its importer ignores the MJCF
 * density, so every shape weighs 1000 kg/m³ × volume (182 kg in all), its {@code ant.xml} has wider ranges (hips
 * ±40°, ankles 30–100°), the motors are torques of up to 250 N·m (power 2.5 × power_coef 100), and every episode
 * starts as pybullet resets it ({@link #PYBULLET_CONVENTIONS}).
 */
public final class AntRobot {

    /** MuJoCo's density for the Ant, kg/m³. */
    public static final double DENSITY_KG_PER_M3 = 5.0;
    /** Servo torque cap of every joint, N·m. */
    public static final double MAX_TORQUE_NM = 5.0;
    /** Servo speed cap of every joint, rad/s. */
    public static final double MAX_VELOCITY_RAD_PER_SEC = 10.0;
    /** Radius of every leg capsule, m. */
    public static final double LEG_RADIUS_M = 0.08;
    /** Torso sphere radius, m. */
    public static final double TORSO_RADIUS_M = 0.25;
    /** pybullet's density for every MJCF shape (it ignores the file's), kg/m³. */
    public static final double PYBULLET_DENSITY_KG_PER_M3 = 1000.0;
    /** pybullet's joint torque at action 1: power 2.5 × power_coef 100, N·m. */
    public static final double PYBULLET_TORQUE_NM = 250.0;
    /**
     * pybullet's reset: every joint at U(−0.1, 0.1) rad (the ankles start outside their limits and the stops push
     * them in), the torso at z 0.75 m; done (fallen) at torso z ≤ 0.26 m.
     */
    public static final EpisodeConventions PYBULLET_CONVENTIONS = new EpisodeConventions(0.1, 0.75, 0.26);

    private static final double[][] SIGNS = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
    private static final double[][] ANKLE_AXES = {{-1, 1}, {1, 1}, {-1, 1}, {1, 1}};
    private static final double[][] ANKLE_RANGE_DEG = {{30, 70}, {-70, -30}, {-70, -30}, {30, 70}};
    private static final double[][] PYBULLET_ANKLE_RANGE_DEG = {{30, 100}, {-100, -30}, {-100, -30}, {30, 100}};
    private static final double HIP_RANGE_DEG = 30;
    private static final double PYBULLET_HIP_RANGE_DEG = 40;
    /** MuJoCo's init_qpos for the ankles, radians. */
    private static final double[] ANKLE_INIT_RAD = {1, -1, -1, 1};

    private AntRobot() {
    }

    /** Builds the Ant. */
    public static RobotDescription create() {
        double[] init = new double[8];
        for (int i = 0; i < 4; i++) {
            init[2 * i + 1] = ANKLE_INIT_RAD[i];
        }
        return build("ant", DENSITY_KG_PER_M3, HIP_RANGE_DEG, ANKLE_RANGE_DEG, MAX_TORQUE_NM, init,
                EpisodeConventions.standard());
    }

    /** Builds pybullet's Ant: same geometry, pybullet's masses, ranges, torques and reset. */
    public static RobotDescription createPybullet() {
        return build("ant-pybullet", PYBULLET_DENSITY_KG_PER_M3, PYBULLET_HIP_RANGE_DEG, PYBULLET_ANKLE_RANGE_DEG,
                PYBULLET_TORQUE_NM, new double[8], PYBULLET_CONVENTIONS);
    }

    private static RobotDescription build(String name, double density, double hipRangeDeg, double[][] ankleRangeDeg,
                                          double torqueNm, double[] init, EpisodeConventions conventions) {
        List<Geom> torso = new ArrayList<>();
        torso.add(new Geom(new Shape.Sphere(TORSO_RADIUS_M), Vec3.ZERO, io.hebbian.sim.geometry.Rot.IDENTITY));
        List<Link> legLinks = new ArrayList<>();
        List<Joint> joints = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Vec3 d = new Vec3(SIGNS[i][0], SIGNS[i][1], 0);
            int n = i + 1;
            Vec3 hip = d.times(0.2);
            Vec3 knee = d.times(0.4);
            Vec3 foot = d.times(0.8);
            torso.add(Geom.capsule(Vec3.ZERO, hip, LEG_RADIUS_M));
            legLinks.add(uniformDensity("thigh_" + n, density, Geom.capsule(hip, knee, LEG_RADIUS_M)));
            legLinks.add(uniformDensity("shin_" + n, density, Geom.capsule(knee, foot, LEG_RADIUS_M)));
            joints.add(Joint.of("hip_" + n, "torso", "thigh_" + n, hip, new Vec3(0, 0, 1),
                    Math.toRadians(-hipRangeDeg), Math.toRadians(hipRangeDeg), torqueNm, MAX_VELOCITY_RAD_PER_SEC));
            joints.add(Joint.of("ankle_" + n, "thigh_" + n, "shin_" + n, knee,
                    new Vec3(ANKLE_AXES[i][0], ANKLE_AXES[i][1], 0), Math.toRadians(ankleRangeDeg[i][0]),
                    Math.toRadians(ankleRangeDeg[i][1]), torqueNm, MAX_VELOCITY_RAD_PER_SEC));
        }
        double torsoVolume = torso.stream().mapToDouble(g -> g.shape().volumeM3()).sum();
        List<Link> links = new ArrayList<>();
        links.add(Link.uniform("torso", density * torsoVolume, torso));
        links.addAll(legLinks);
        List<Leg> legs = List.of(leg("left-front", 1), leg("right-front", 4), leg("left-back", 2),
                leg("right-back", 3));
        ImuMount imu = new ImuMount("torso", Vec3.ZERO, io.hebbian.sim.geometry.Rot.IDENTITY);
        return new RobotDescription(name, links, joints, legs, imu, init, List.of(), conventions);
    }

    private static Link uniformDensity(String name, double density, Geom g) {
        return Link.uniform(name, density * g.shape().volumeM3(), List.of(g));
    }

    private static Leg leg(String name, int n) {
        return new Leg(name, List.of("hip_" + n, "ankle_" + n), "shin_" + n);
    }
}
