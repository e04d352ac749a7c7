package io.hebbian.firmware.feetech;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.firmware.Hex;
import org.junit.jupiter.api.Test;

/** Dynamixel-1.0 framing as used by Feetech; the ping example is the classic Protocol 1.0 one. */
class FeetechCodecTest {
    @Test
    void pingAndChecksum() {
        byte[] out = new byte[8];
        assertThat(Hex.of(out, FeetechCodec.encode(1, FeetechCodec.PING, new byte[0], 0, out))).isEqualTo("FF FF 01 02 01 FB");
    }

    @Test
    void endiannessAndSignMagnitude() {
        byte[] b = new byte[2];
        FeetechCodec.put16(b, 0, 0x0102, false);
        assertThat(Hex.of(b, 2)).isEqualTo("02 01");
        FeetechCodec.put16(b, 0, 0x0102, true);
        assertThat(Hex.of(b, 2)).isEqualTo("01 02");
        assertThat(FeetechCodec.fromSignMagnitude(0x8000 | 100, 15)).isEqualTo(-100);
        assertThat(FeetechCodec.toSignMagnitude(-5, 11)).isEqualTo(0x805);
    }
}
