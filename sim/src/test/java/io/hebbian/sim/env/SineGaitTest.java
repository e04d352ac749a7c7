package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import org.junit.jupiter.api.Test;

/** Sanity of the physics: an open-loop sine gait (found by random search) walks the Ant forward. */
class SineGaitTest {

    static SinePolicy gait() {
        double[] amp = {0.4521086942724848, 0.6876888378300863, 0.49735597737357906, 0.7521338053054644,
            0.8228267535984393, 0.7332197921395633, 0.056449862056200395, 0.9018078626844003};
        double[] ph = {5.823399837306041, 2.008450423464772, 3.197966540205694, 0.1479599986626974,
            6.055037150533404, 0.6590098488722379, 5.401219647243327, 2.4071604307515484};
        double[] off = {-0.3048871012357135, -0.30097292513479146, -0.4027790493778588, 0.22194968087414935,
            -0.41245858200687124, -0.09232118714903581, -0.20951810910506619, -0.40780186286293063};
        return new SinePolicy(22, amp, ph, off, 2.951374322308007, 0.0165);
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
        assertThat(intact.gait().meanFeetOnGround()).isBetween(0.0, 4.0);
        assertThat(intact.rewardTerms()).containsKeys("progress", "action_rate", "joints_at_limit", "upright");
    }
}
