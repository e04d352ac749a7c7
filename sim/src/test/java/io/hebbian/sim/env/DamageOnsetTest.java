package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.bench.Bench;
import io.hebbian.sim.damage.DamageOnset;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import org.junit.jupiter.api.Test;

class DamageOnsetTest {

    private static final String JOINTS = "lock:left-front-knee+weak:right-front-hip=0.3+limp:right-back-knee"
            + "+sensor-stuck:left-back-hip";

    private static double[] built(RobotDescription robot, String morphology, SimSettings sim, long seed) {
        try (QuadrupedEnv env = new QuadrupedEnv(robot, Morphology.parse(morphology), sim, robot.defaultObservation())) {
            return Episodes.trajectory(env, Bench.randomNetwork(robot, 3), seed);
        }
    }

    @Test
    void onsetAtStepZeroIsTheBuildTimeDamageBitForBitAndResetUndoesIt() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings plain = SimSettings.paper().withEpisodeSteps(120);
        SimSettings noisy = plain.withSensors(SensorNoise.typical()).withRandomisation(DomainRandomisation.moderate())
                .withServo(ServoModel.preset("dynamixel-xl430"));
        for (SimSettings sim : new SimSettings[] {plain, noisy}) {
            try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), sim, ant.defaultObservation())) {
                Policy net = Bench.randomNetwork(ant, 3);
                double[] runtime = Episodes.trajectory(env, net, 5,
                        new DamageOnsetHook(DamageOnset.parse(JOINTS + "@0")));
                assertThat(env.injury().terms()).hasSize(4);
                assertThat(runtime).isEqualTo(built(ant, JOINTS, sim, 5));
                double[] after = Episodes.trajectory(env, net, 5);
                assertThat(env.injury().isIntact()).isTrue();
                assertThat(after).isEqualTo(built(ant, "intact", sim, 5)).isNotEqualTo(runtime);
            }
        }
        // on top of a build-time body damage: the same as building both
        double[] onTop;
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.parse("damaged-left-front"), plain,
                ant.defaultObservation())) {
            onTop = Episodes.trajectory(env, Bench.randomNetwork(ant, 3), 5,
                    new DamageOnsetHook(DamageOnset.parse("weak:left-back=0.5@0")));
        }
        assertThat(onTop).isEqualTo(built(ant, "damaged-left-front+weak:left-back=0.5", plain, 5));
    }

    @Test
    void aLockAtStepKHoldsTheKneeWhereItWasAfterKAndNotBefore() throws Exception {
        RobotDescription ant = Robots.load("ant");
        int knee = ant.jointIndex("ankle_1");
        int onset = 60;
        SimSettings sim = SimSettings.recommended().withEarlyStop(false).withEpisodeSteps(140);
        double[] angle = new double[sim.episodeSteps() + 1];
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), sim, ant.defaultObservation())) {
            DamageOnsetHook lock = new DamageOnsetHook(DamageOnset.parse("lock:left-front-knee@" + onset));
            EpisodeRunner.run(env, Bench.randomNetwork(ant, 3), 5, new EpisodeHooks() {
                @Override
                public void beforeStep(int step, QuadrupedEnv e, Policy p) {
                    angle[step] = e.trueJointState().positionRad[knee];
                    lock.beforeStep(step, e, p);
                }
            });
            assertThat(lock.switched()).isTrue();
            assertThat(lock.distanceAtOnsetM()).isNotZero();
            angle[sim.episodeSteps()] = env.trueJointState().positionRad[knee];
        }
        double before = 0;
        for (int s = 1; s <= onset; s++) {
            before = Math.max(before, Math.abs(angle[s] - angle[0]));
        }
        double after = 0;
        for (int s = onset + 1; s < angle.length; s++) {
            after = Math.max(after, Math.abs(angle[s] - angle[onset]));
        }
        assertThat(before).isGreaterThan(0.1);
        assertThat(after).isLessThan(1e-3);
    }

    @Test
    void bodyDamageCannotSwitchOnDuringAnEpisode() throws Exception {
        RobotDescription ant = Robots.load("ant");
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), SimSettings.paper(),
                ant.defaultObservation())) {
            env.reset(1);
            assertThatThrownBy(() -> env.injure(Morphology.parse("damaged-left-front")))
                    .hasMessageContaining("'shin-scale:left-front=0.25' changes the body");
            assertThatThrownBy(() -> env.injure(Morphology.parse("lock:left-front-elbow")))
                    .hasMessageContaining("left-front-elbow");
        }
        assertThatThrownBy(() -> DamageOnset.parse("remove-shin:left-front@100")).hasMessageContaining("changes the body");
        assertThatThrownBy(() -> DamageOnset.parse("lock:left-front-knee@soon")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> DamageOnset.parse("lock:left-front-knee@-3")).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> DamageOnset.parse("intact@3")).hasMessageContaining("needs a damage");
        DamageOnset o = DamageOnset.parse("lock:left-front-knee@300");
        assertThat(o.onsetStep()).isEqualTo(300);
        assertThat(o.spec()).isEqualTo("lock:left-front-knee@300");
        assertThat(DamageOnset.damageOf("damaged-left-front").terms()).hasSize(1);
    }
}
