package io.hebbian.ros2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.inproc.SimRun;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNode;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.inproc.InprocTransport;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sim bridge publishes the env's foot contacts each step, and a model that reads them runs on them: in
 * process and in lockstep, each network input's contact channels are exactly the message of the same step.
 */
class SimBridgeFootContactsTest {

    private static final int STEPS = 300;

    @Test
    void aContactModelReadsExactlyTheContactsTheBridgePublishedInTheSameStep() throws Exception {
        RobotDescription ant = Robots.load("ant");
        PolicyModel model = TestModels.forRobotWithFootContacts(ant, 4);
        List<ObservationChannel> channels = model.requireObservation().channels();
        int[] contactChannels = IntStream.range(0, channels.size())
                .filter(k -> channels.get(k).source() == ObservationChannel.Source.FOOT_CONTACT).toArray();
        assertThat(contactChannels).hasSize(4);
        SimSettings settings = SimSettings.paper();
        AtomicLong simClock = new AtomicLong();
        List<double[]> published = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int[] compared = new int[1];
        List<String> log = new ArrayList<>();
        try (InprocTransport bus = new InprocTransport()) {
            SimBridgeConfig simCfg = SimBridgeConfig.from(Parameters.empty().with("real_time_factor", 0.0));
            PolicyNodeConfig policyCfg = PolicyNodeConfig.from(Parameters.empty().with("model", "(in memory)")
                    .with("trigger", "joint_states").with("rate_hz", 1.0 / settings.controlPeriodSeconds()));
            bus.subscribe(MessageType.FLOAT64_ARRAY, "/foot_contacts", Qos.RELIABLE, published::add);
            try (SimBridgeNode sim = new SimBridgeNode(ant, settings, simCfg, bus, log::add);
                 PolicyNode policy = new PolicyNode(model, policyCfg, bus, new SplittableRandom(1), simClock::get,
                         simClock::get, log::add)) {
                policy.setObservationListener((step, o) -> {
                    double[] seen = IntStream.of(contactChannels).mapToDouble(k -> o[k]).toArray();
                    double[] sent = published.get(published.size() - 1);
                    compared[0]++;
                    if (!Arrays.equals(seen, sent)) {
                        mismatches.add("step " + step + ": input " + Arrays.toString(seen) + ", published "
                                + Arrays.toString(sent));
                    }
                });
                policy.start();
                sim.start();
                for (int k = 0; k < STEPS; k++) {
                    simClock.set(sim.simTimeNanos());
                    sim.step();
                }
                assertThat(sim.legNames()).containsExactly("left-front", "right-front", "left-back", "right-back");
                assertThat(policy.commands()).as("log %s", log).isEqualTo(STEPS + 1);
            }
        }
        assertThat(published).hasSize(STEPS + 1)
                .allSatisfy(c -> assertThat(Arrays.stream(c).allMatch(v -> v == 0.0 || v == 1.0)).as("0/1: %s",
                        Arrays.toString(c)).isTrue())
                .allSatisfy(c -> assertThat(c).hasSize(4));
        assertThat(published.get(0)).as("after reset").containsExactly(0, 0, 0, 0);
        assertThat(published.stream().map(Arrays::toString).distinct().count())
                .as("contact patterns while the random policy moves the legs").isGreaterThanOrEqualTo(4);
        assertThat(compared[0]).isEqualTo(STEPS + 1);
        assertThat(mismatches).isEmpty();
        assertThat(log).anyMatch(l -> l.contains("foot contacts [left-front, right-front, left-back, right-back] "
                + "on /foot_contacts"));
    }

    @Test
    void simRunRunsAContactModel() throws Exception {
        RobotDescription ant = Robots.load("ant");
        List<String> log = new ArrayList<>();
        SimRun r = SimRun.run(TestModels.forRobotWithFootContacts(ant, 4), ant, SimSettings.paper(), "intact", 200,
                new SplittableRandom(1), 0, log::add);
        assertThat(r.steps()).isEqualTo(200);
        assertThat(r.commands()).as("log %s", log).isGreaterThanOrEqualTo(200);
        assertThat(r.activations()).isEqualTo(1);
        assertThat(r.distanceM()).isFinite().isNotZero();
    }
}
