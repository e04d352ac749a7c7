package io.hebbian.ros2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLatchTest {

    @Test
    void wrongLengthCommandsAreLoggedOnceAndCounted() {
        List<String> log = new ArrayList<>();
        CommandLatch latch = new CommandLatch("sim bridge", List.of("a", "b"), log::add);
        latch.acceptArray(new double[3]);
        latch.acceptArray(new double[1]);
        assertThat(log).containsExactly("sim bridge: command dropped: command of the wrong length: expected 2 values"
                + " (one per joint), got 3 (further ones are only counted: commands_rejected in diagnostics)");
        assertThat(latch.rejected()).isEqualTo(2);
        assertThat(latch.lastError()).isEqualTo("command of the wrong length: expected 2 values (one per joint), got 1");
        assertThat(latch.copy(new double[2])).isFalse();
    }
}
