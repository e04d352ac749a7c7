package io.hebbian.firmware.maestro;

import static io.hebbian.firmware.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.firmware.Hex;
import org.junit.jupiter.api.Test;

/** Examples from the Pololu Maestro user's guide (0J40, section 5) and the CRC-7 example. */
class MaestroCodecTest {
    private final byte[] out = new byte[32];

    @Test
    void compactSetTargetMatchesGuide() {
        assertThat(Hex.of(out, MaestroCodec.setTarget(2, 6000, out, 0))).isEqualTo("84 02 70 2E");
    }

    @Test
    void pololuProtocolMatchesGuide() {
        int end = MaestroCodec.setTarget(0, 6000, out, 0);
        assertThat(Hex.of(out, MaestroCodec.toPololuProtocol(12, out, 0, end))).isEqualTo("AA 0C 04 00 70 2E");
    }

    @Test
    void setMultipleTargetsMatchesGuide() {
        int end = MaestroCodec.setMultipleTargets(3, new int[] {0, 6000}, 2, out, 0);
        assertThat(Hex.of(out, end)).isEqualTo("9F 02 03 00 00 70 2E");
    }

    @Test
    void crc7MatchesExample() {
        assertThat(MaestroCodec.crc7(bytes("83 01"), 0, 2)).isEqualTo(0x17);
    }

    @Test
    void rejectsOutOfRangeTarget() {
        assertThatThrownBy(() -> MaestroCodec.setTarget(0, 20000, out, 0)).hasMessageContaining("got 20000");
    }
}
