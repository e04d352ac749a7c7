package io.hebbian.firmware.dynamixel;

import static io.hebbian.firmware.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.firmware.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte examples from the ROBOTIS e-manual, Protocol 2.0 page (CRC-verified in servo-facts.md). */
class Dxl2CodecTest {

    private final byte[] out = new byte[256];

    private String encode(int id, int inst, String params) {
        byte[] p = params.isEmpty() ? new byte[0] : bytes(params);
        return Hex.of(out, Dxl2Encoder.encode(id, inst, p, p.length, out));
    }

    @Test
    void pingPacketsMatchManual() {
        assertThat(encode(1, Instruction.PING, "")).isEqualTo("FF FF FD 00 01 03 00 01 19 4E");
        assertThat(encode(0xFE, Instruction.PING, "")).isEqualTo("FF FF FD 00 FE 03 00 01 31 42");
    }

    @Test
    void readWriteRebootMatchManual() {
        assertThat(encode(1, Instruction.READ, "84 00 04 00")).isEqualTo("FF FF FD 00 01 07 00 02 84 00 04 00 1D 15");
        assertThat(encode(1, Instruction.WRITE, "74 00 00 02 00 00"))
                .isEqualTo("FF FF FD 00 01 09 00 03 74 00 00 02 00 00 CA 89");
        assertThat(encode(1, Instruction.REBOOT, "")).isEqualTo("FF FF FD 00 01 03 00 08 2F 4E");
    }

    @Test
    void syncReadAndSyncWriteMatchManual() {
        assertThat(encode(0xFE, Instruction.SYNC_READ, "84 00 04 00 01 02"))
                .isEqualTo("FF FF FD 00 FE 09 00 82 84 00 04 00 01 02 CE FA");
        assertThat(encode(0xFE, Instruction.SYNC_WRITE, "74 00 04 00 01 96 00 00 00 02 AA 00 00 00"))
                .isEqualTo("FF FF FD 00 FE 11 00 83 74 00 04 00 01 96 00 00 00 02 AA 00 00 00 82 87");
    }

    @Test
    void statusPacketsMatchManual() {
        assertThat(encode(1, Instruction.STATUS, "00 06 04 26")).isEqualTo("FF FF FD 00 01 07 00 55 00 06 04 26 65 5D");
        assertThat(encode(2, Instruction.STATUS, "00 06 04 26")).isEqualTo("FF FF FD 00 02 07 00 55 00 06 04 26 6F 6D");
        assertThat(encode(1, Instruction.STATUS, "00 A6 00 00 00")).isEqualTo("FF FF FD 00 01 08 00 55 00 A6 00 00 00 8C C0");
        assertThat(encode(2, Instruction.STATUS, "00 1F 08 00 00")).isEqualTo("FF FF FD 00 02 08 00 55 00 1F 08 00 00 BA BE");
        assertThat(encode(1, Instruction.STATUS, "00")).isEqualTo("FF FF FD 00 01 04 00 55 00 A1 0C");
    }

    @Test
    void parsesManualStatusPackets() {
        Dxl2Parser p = new Dxl2Parser(256);
        byte[] two = bytes("FF FF FD 00 01 08 00 55 00 A6 00 00 00 8C C0 FF FF FD 00 02 08 00 55 00 1F 08 00 00 BA BE");
        p.feed(two, 0, two.length);
        assertThat(p.next()).isTrue();
        assertThat(p.id()).isEqualTo(1);
        assertThat(Dxl2Encoder.getLeSigned(p.data(), 1, 4)).isEqualTo(166);
        assertThat(p.next()).isTrue();
        assertThat(p.id()).isEqualTo(2);
        assertThat(Dxl2Encoder.getLeSigned(p.data(), 1, 4)).isEqualTo(2079);
        assertThat(p.next()).isFalse();
        assertThat(p.crcErrors()).isZero();
    }

    @Test
    void stuffsAndUnstuffsHeaderPatternInParameters() {
        byte[] params = bytes("74 00 FF FF FD 00");
        int len = Dxl2Encoder.encode(1, Instruction.WRITE, params, params.length, out);
        assertThat(Hex.of(out, len)).startsWith("FF FF FD 00 01 0A 00 03 74 00 FF FF FD FD 00");
        Dxl2Parser p = new Dxl2Parser(256);
        p.feed(out, 0, len);
        assertThat(p.next()).isTrue();
        assertThat(Hex.of(p.data(), p.dataLength())).isEqualTo("74 00 FF FF FD 00");
    }

    @Test
    void rejectsPacketWithBadCrcAndResynchronises() {
        Dxl2Parser p = new Dxl2Parser(256);
        byte[] bad = bytes("13 37 FF FF FD 00 01 07 00 55 00 06 04 26 65 5E FF FF FD 00 02 07 00 55 00 06 04 26 6F 6D");
        p.feed(bad, 0, bad.length);
        assertThat(p.next()).isTrue();
        assertThat(p.id()).isEqualTo(2);
        assertThat(p.crcErrors()).isEqualTo(1);
        assertThat(p.discardedBytes()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7})
    void reassemblesPacketsSplitAcrossReads(int chunk) {
        Dxl2Parser p = new Dxl2Parser(256);
        byte[] pk = bytes("FF FF FD 00 01 07 00 55 00 06 04 26 65 5D");
        int found = 0;
        for (int off = 0; off < pk.length; off += chunk) {
            p.feed(pk, off, Math.min(chunk, pk.length - off));
            while (p.next()) {
                found++;
            }
        }
        assertThat(found).isEqualTo(1);
    }

    @Test
    void decodesErrorByteWithAlertBit() {
        assertThat(Dxl2Errors.alert(0x84)).isTrue();
        assertThat(Dxl2Errors.number(0x84)).isEqualTo(4);
        assertThat(Dxl2Errors.describe(0x84)).isEqualTo("Data Range Error (0x04), alert (hardware error latched)");
        assertThat(Dxl2Errors.describeHardware(0x24)).isEqualTo("overheating, overload");
    }
}
