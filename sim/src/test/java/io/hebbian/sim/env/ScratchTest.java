package io.hebbian.sim.env;

import io.hebbian.sim.damage.Morphology;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void look() throws Exception {
        for (String name : new String[] {"ant", "servo-quad"}) {
            RobotDescription r = Robots.load(name);
            System.out.println(r + " mass " + r.totalMassKg() + " legs " + r.legs() + " warn " + r.warnings());
            try (QuadrupedEnv env = new QuadrupedEnv(r, Morphology.intact(), SimSettings.paper(), r.defaultObservation())) {
                double[] obs = env.reset(1);
                System.out.println("z0 " + env.torsoHeightM() + " obs " + java.util.Arrays.toString(obs));
                double[] zero = new double[r.joints().size()];
                for (int k = 0; k < zero.length; k++) {
                    zero[k] = env.actionSpec().toAction(k, r.initialPositionsRad()[k]);
                }
                for (int s = 0; s < 200; s++) {
                    env.step(zero);
                }
                System.out.println("hold: z " + env.torsoHeightM() + " x " + env.distanceM() + " pen "
                        + env.physics().ground().maxPenetrationM() + " feet " + env.feetOnGround()
                        + " q " + java.util.Arrays.toString(env.trueJointState().positionRad));
                java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
                long t0 = System.nanoTime();
                env.reset(2);
                for (int s = 0; s < 1000; s++) {
                    for (int k = 0; k < zero.length; k++) {
                        zero[k] = rng.nextDouble() * 2 - 1;
                    }
                    env.step(zero);
                }
                System.out.println("random: z " + env.torsoHeightM() + " x " + env.distanceM() + " ms "
                        + (System.nanoTime() - t0) / 1e6 + " speed " + env.physics().maxLinearSpeedMps());
            }
        }
    }
}
