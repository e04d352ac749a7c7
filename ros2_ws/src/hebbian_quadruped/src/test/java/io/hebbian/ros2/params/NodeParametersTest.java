package io.hebbian.ros2.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.ros2.mock.MockRobotConfig;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.servo.ServoBridgeConfig;
import io.hebbian.ros2.sim.SimBridgeConfig;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every node: a parameter it does not read is an error naming it, and every name it accepts is really
 * read (a value of no parameter type, put under that name, makes parsing fail with the name in the message;
 * a name accepted but never read would parse silently).
 */
class NodeParametersTest {

    /** Something no getter accepts: not a string, number, boolean or list. */
    private static final Object UNREADABLE = new Object() {
        @Override
        public String toString() {
            return "<unreadable>";
        }
    };

    record Node(String name, Set<String> names, Parameters required, Function<Parameters, Object> parser) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> nodes() {
        return Stream.of(
                new Node("hebbian_policy", PolicyNodeConfig.NAMES, Parameters.empty().with("model", "m.json"),
                        PolicyNodeConfig::from),
                new Node("sim_bridge", SimBridgeConfig.NAMES, Parameters.empty(), SimBridgeConfig::from),
                new Node("servo_bridge", ServoBridgeConfig.NAMES, Parameters.empty().with("servo_config", "s.yaml"),
                        ServoBridgeConfig::from),
                new Node("mock_robot", MockRobotConfig.NAMES, Parameters.empty().with("model", "m.json"),
                        MockRobotConfig::from)).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void everyAcceptedNameIsRead(Node node) {
        assertThat(node.parser().apply(node.required())).isNotNull();
        for (String name : node.names()) {
            assertThatThrownBy(() -> node.parser().apply(node.required().with(name, UNREADABLE)))
                    .as("%s reads '%s'", node, name)
                    .isInstanceOf(ParameterException.class).hasMessageContaining("'" + name + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void unknownNamesAreOneErrorNamingAllOfThem(Node node) {
        Parameters p = node.required().with("rate_hx", 5.0).with("use_sim_time", true).with("zz.nested", 1L);
        assertThatThrownBy(() -> node.parser().apply(p))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("unknown parameters 'rate_hx', 'use_sim_time', 'zz.nested' "
                        + "(this node reads none of them); known: [")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> node.parser().apply(node.required().with("seeed", 1L)))
                .hasMessageStartingWith("unknown parameter 'seeed' (");
    }
}
