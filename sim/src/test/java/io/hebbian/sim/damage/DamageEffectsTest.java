package io.hebbian.sim.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import io.hebbian.sim.robot.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DamageEffectsTest {

    private static double shinLength(RobotDescription r, String link) {
        return ((Shape.Capsule) r.findLink(link).orElseThrow().geoms().get(0).shape()).lengthM();
    }

    @Test
    void paperDamageShortensThatShinToAQuarter() throws Exception {
        RobotDescription ant = Robots.load("ant");
        RobotDescription hurt = DamageEffects.apply(Morphology.parse("damaged-right-front"), ant);
        assertThat(shinLength(hurt, "shin_4")).isCloseTo(shinLength(ant, "shin_4") * 0.25,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(shinLength(hurt, "shin_1")).isEqualTo(shinLength(ant, "shin_1"));
        Link before = ant.findLink("shin_4").orElseThrow();
        Link after = hurt.findLink("shin_4").orElseThrow();
        assertThat(after.massKg()).isLessThan(before.massKg());
        assertThat(after.comM().minus(ant.joint("ankle_4").anchorM()).norm())
                .isLessThan(before.comM().minus(ant.joint("ankle_4").anchorM()).norm());
        assertThat(DamageEffects.apply(Morphology.parse("damaged-left-front"), ant).findLink("shin_1").orElseThrow().massKg())
                .isLessThan(ant.findLink("shin_1").orElseThrow().massKg());
    }

    @Test
    void composesTermsJoinedByPlus() throws Exception {
        RobotDescription quad = Robots.load("servo-quad");
        Morphology m = Morphology.parse("shin-scale:left-front=0.5+lock:left-front-knee+weak:right-front-hip=0.3"
                + "+sensor-stuck:lb_hip_abd_joint+remove-shin:right-back");
        assertThat(m.terms()).hasSize(5);
        RobotDescription r = DamageEffects.apply(m, quad);
        assertThat(r.joint("lf_knee_joint").locked()).isTrue();
        assertThat(r.joint("rf_hip_flex_joint").strength()).isEqualTo(0.3);
        assertThat(r.joint("lb_hip_abd_joint").sensorStuck()).isTrue();
        Joint removed = r.joint("rb_knee_joint");
        assertThat(removed.removed()).isTrue();
        assertThat(r.findLink("rb_lower_leg")).isEmpty();
        assertThat(r.joints()).hasSize(12);
        assertThat(r.name()).contains("servo-quad");
    }

    @Test
    void unknownNamesAreClearErrors() throws Exception {
        RobotDescription ant = Robots.load("ant");
        assertThatThrownBy(() -> DamageEffects.apply(Morphology.parse("damaged-middle-left"), ant))
                .hasMessageContaining("middle-left").hasMessageContaining("left-front");
        assertThatThrownBy(() -> DamageEffects.apply(Morphology.parse("lock:left-front-elbow"), ant))
                .hasMessageContaining("left-front-elbow").hasMessageContaining("left-front-knee");
        assertThatThrownBy(() -> Morphology.parse("melt:left-front")).hasMessageContaining("melt")
                .hasMessageContaining("shin-scale");
        assertThatThrownBy(() -> Morphology.parse("weak:left-front-hip")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Morphology.parse("weak:left-front-hip=x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Morphology.parse("weak:left-front-hip=1.5")).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Morphology.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namedMorphologiesWorkOnEveryBuiltInRobot() throws Exception {
        for (String robot : Robots.builtinNames()) {
            for (String name : Morphology.namedDamages()) {
                assertThat(DamageEffects.apply(Morphology.parse(name), Robots.load(robot)).joints()).isNotEmpty();
            }
        }
        assertThat(Morphology.parse("intact").isIntact()).isTrue();
    }

    @Test
    void lockedJointDoesNotMoveAndRemovedJointReadsZero() throws Exception {
        RobotDescription ant = Robots.load("ant");
        Morphology m = Morphology.parse("lock:left-front-knee+remove-shin:right-back");
        try (QuadrupedEnv env = new QuadrupedEnv(ant, m, SimSettings.paper(), ant.defaultObservation())) {
            env.reset(1);
            int knee = ant.jointIndex("ankle_1");
            int removed = ant.jointIndex("ankle_3");
            double start = env.trueJointState().positionRad[knee];
            SplittableRandom rng = new SplittableRandom(2);
            double[] a = new double[8];
            for (int s = 0; s < 300; s++) {
                for (int k = 0; k < 8; k++) {
                    a[k] = rng.nextBoolean() ? 1 : -1;
                }
                env.step(a);
                assertThat(env.trueJointState().positionRad[knee]).isCloseTo(start,
                        org.assertj.core.data.Offset.offset(0.03));
                assertThat(env.trueJointState().positionRad[removed]).isZero();
            }
        }
    }

    /** How far joint {@code k} moves between 100 steps of +1 and 100 steps of -1 commands, rad. */
    private static double followsCommands(RobotDescription robot, String morphology, int k) {
        try (QuadrupedEnv env = new QuadrupedEnv(robot, Morphology.parse(morphology), SimSettings.paper(),
                robot.defaultObservation())) {
            env.reset(1);
            double[] a = new double[robot.joints().size()];
            a[k] = 1;
            for (int s = 0; s < 100; s++) {
                env.step(a);
            }
            double up = env.trueJointState().positionRad[k];
            a[k] = -1;
            for (int s = 0; s < 100; s++) {
                env.step(a);
            }
            return Math.abs(up - env.trueJointState().positionRad[k]);
        }
    }

    @Test
    void limpTurnsTheMotorOff() throws Exception {
        RobotDescription ant = Robots.load("ant");
        int hip = ant.jointIndex("hip_1");
        RobotDescription r = DamageEffects.apply(Morphology.parse("limp:left-front-hip"), ant);
        assertThat(r.joint("hip_1").strength()).isZero();
        assertThat(r.joint("ankle_1").strength()).isEqualTo(1.0);
        double intact = followsCommands(ant, "intact", hip);
        double limp = followsCommands(ant, "limp:left-front-hip", hip);
        assertThat(intact).isGreaterThan(0.5);
        assertThat(limp).isLessThan(0.1 * intact);
    }

    @Test
    void jointTermsMayNameAWholeLeg() throws Exception {
        RobotDescription quad = Robots.load("servo-quad");
        RobotDescription r = DamageEffects.apply(Morphology.parse("lock:left-back"), quad);
        assertThat(r.joints().stream().filter(j -> r.joint(j.name()).locked()).map(j -> j.name()))
                .containsExactly("lb_hip_abd_joint", "lb_hip_flex_joint", "lb_knee_joint");
        assertThatThrownBy(() -> DamageEffects.apply(Morphology.parse("lock:left-middle"), quad))
                .hasMessageContaining("no joint or leg 'left-middle'").hasMessageContaining("right-back");
    }
}
