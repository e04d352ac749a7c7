package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import org.junit.jupiter.api.Test;

/** Sanity of the physics: an open-loop sine gait (found by random search) walks the Ant forward. */
class SineGaitTest {

    static SinePolicy gait() {
        return gait(22);
    }

    static SinePolicy gait(int inputs) {
        double[] amp = {0.4521086942724848, 0.6876888378300863, 0.49735597737357906, 0.7521338053054644,
            0.8228267535984393, 0.7332197921395633, 0.056449862056200395, 0.9018078626844003};
        double[] ph = {5.823399837306041, 2.008450423464772, 3.197966540205694, 0.1479599986626974,
            6.055037150533404, 0.6590098488722379, 5.401219647243327, 2.4071604307515484};
        double[] off = {-0.3048871012357135, -0.30097292513479146, -0.4027790493778588, 0.22194968087414935,
            -0.41245858200687124, -0.09232118714903581, -0.20951810910506619, -0.40780186286293063};
        return new SinePolicy(inputs, amp, ph, off, 2.951374322308007, 0.0165);
    }

    @Test
    void sineGaitMovesTheAntForwardAndDamageHurts() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings settings = SimSettings.paper().withEpisodeSteps(400);
        EpisodeResult intact;
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), settings, ant.defaultObservation())) {
            intact = EpisodeRunner.run(env, gait(), 1, EpisodeHooks.NONE);
        }
        assertThat(intact.distanceM()).isGreaterThan(1.5);
        assertThat(intact.steps()).isEqualTo(400);
        assertThat(intact.terminated()).isFalse();
        assertThat(intact.reward()).isCloseTo(intact.distanceM(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(intact.distancePaperUnits()).isCloseTo(intact.distanceM() / 0.0165,
                org.assertj.core.data.Offset.offset(1e-9));
        // a walking gait: on average between one and four feet down, never all four all the time
        assertThat(intact.gait().meanFeetOnGround()).isGreaterThan(1.0).isLessThan(4.0);
        assertThat(intact.rewardTerms()).containsKeys("progress", "action_rate", "joints_at_limit", "upright");

        // the same open-loop gait cannot compensate for two lost shins
        EpisodeResult damaged;
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.parse("remove-shin:left-front+remove-shin:right-back"),
                settings, ant.defaultObservation())) {
            damaged = EpisodeRunner.run(env, gait(), 1, EpisodeHooks.NONE);
        }
        assertThat(damaged.distanceM()).isLessThan(0.7 * intact.distanceM());
    }

    @Test
    void footContactInputsAreTheFeetOnTheGroundAndALostShinNeverTouches() throws Exception {
        RobotDescription ant = Robots.load("ant");
        ObservationSpec spec = ant.defaultObservation().withFootContacts(ant.legNames());
        int first = spec.size() - 4;
        SimSettings settings = SimSettings.paper().withEpisodeSteps(300);
        int[] touching = new int[4];
        int[] steps = {0};
        EpisodeResult result;
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.parse("remove-shin:left-back"), settings, spec)) {
            result = EpisodeRunner.run(env, gait(spec.size()), 1, new EpisodeHooks() {
                @Override
                public void afterStep(int step, QuadrupedEnv e, io.hebbian.controller.network.Policy p, double[] action,
                                      StepResult r) {
                    double sum = 0;
                    for (int leg = 0; leg < 4; leg++) {
                        double c = r.observation()[first + leg];
                        assertThat(c).isIn(0.0, 1.0);
                        touching[leg] += (int) c;
                        sum += c;
                    }
                    assertThat(sum).isEqualTo(e.feetOnGround());
                    steps[0]++;
                }
            });
        }
        assertThat(ant.legNames().get(2)).isEqualTo("left-back");
        assertThat(touching[2]).as("left-back has no foot").isZero();
        for (int leg : new int[] {0, 1, 3}) {
            assertThat(touching[leg]).as("leg %d lands and lifts", leg).isPositive().isLessThan(steps[0]);
        }
        // the episode's gait statistics count the same contacts, leg by leg
        assertThat(result.gait().legContactFractions()).hasSize(4);
        double total = 0;
        for (int leg = 0; leg < 4; leg++) {
            assertThat(result.gait().legContactFractions().get(leg)).isEqualTo((double) touching[leg] / steps[0]);
            total += touching[leg];
        }
        assertThat(result.gait().meanFeetOnGround()).isEqualTo(total / steps[0]);
        assertThat(result.gait().leastUsedLeg()).as("the leg without a foot").isEqualTo(2);
    }
}
