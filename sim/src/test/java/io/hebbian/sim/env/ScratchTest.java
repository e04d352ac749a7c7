package io.hebbian.sim.env;

import io.hebbian.sim.damage.Morphology;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void search() throws Exception {
        RobotDescription r = Robots.load("ant");
        SimSettings s = SimSettings.paper().withEpisodeSteps(400);
        SplittableRandom rng = new SplittableRandom(42);
        double best = -1e9;
        try (QuadrupedEnv env = new QuadrupedEnv(r, Morphology.intact(), s, r.defaultObservation())) {
            for (int c = 0; c < 150; c++) {
                double[] amp = new double[8];
                double[] ph = new double[8];
                double[] off = new double[8];
                for (int k = 0; k < 8; k++) {
                    amp[k] = rng.nextDouble();
                    ph[k] = rng.nextDouble() * 2 * Math.PI;
                    off[k] = rng.nextDouble() - 0.5;
                }
                double f = 0.5 + 2.5 * rng.nextDouble();
                SinePolicy p = new SinePolicy(22, amp, ph, off, f, 0.0165);
                EpisodeResult res = EpisodeRunner.run(env, p, 1, EpisodeHooks.NONE);
                if (res.distanceM() > best) {
                    best = res.distanceM();
                    System.out.println(best + " y " + env.physics().root().getPosition().get1() + " f " + f + " amp "
                            + Arrays.toString(amp) + " ph " + Arrays.toString(ph) + " off " + Arrays.toString(off));
                }
            }
        }
    }
}
