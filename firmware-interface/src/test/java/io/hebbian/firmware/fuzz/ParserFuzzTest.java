package io.hebbian.firmware.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.firmware.dynamixel.Crc16;
import io.hebbian.firmware.dynamixel.Dxl2Encoder;
import io.hebbian.firmware.dynamixel.Dxl2Parser;
import io.hebbian.firmware.dynamixel.Instruction;
import io.hebbian.firmware.feetech.FeetechCodec;
import io.hebbian.firmware.feetech.FeetechParser;
import io.hebbian.firmware.maestro.MaestroCodec;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Round trips and fuzzing of every parser: random and mutated streams never throw and never yield a bad packet. */
class ParserFuzzTest {

    @Provide
    Arbitrary<byte[]> params() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(120)
                .edgeCases(c -> c.add(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFD, 0x00, (byte) 0xFF, (byte) 0xFF,
                    (byte) 0xFD}));
    }

    @Property(tries = 500)
    void dynamixelRoundTripWithStuffing(@ForAll("params") byte[] p, @ForAll @IntRange(max = 252) int id,
            @ForAll @IntRange(min = 1, max = 8) int chunk) {
        byte[] out = new byte[Dxl2Encoder.maxPacketLength(p.length)];
        int len = Dxl2Encoder.encode(id, Instruction.WRITE, p, p.length, out);
        Dxl2Parser parser = new Dxl2Parser(1024);
        int found = 0;
        for (int off = 0; off < len; off += chunk) {
            parser.feed(out, off, Math.min(chunk, len - off));
            while (parser.next()) {
                found++;
                assertThat(parser.id()).isEqualTo(id);
                assertThat(Arrays.copyOf(parser.data(), parser.dataLength())).isEqualTo(p);
            }
        }
        assertThat(found).isEqualTo(1);
    }

    @Property(tries = 500)
    void feetechRoundTrip(@ForAll @Size(max = 100) byte[] p, @ForAll @IntRange(max = 253) int id) {
        byte[] out = new byte[p.length + 6];
        int len = FeetechCodec.encode(id, FeetechCodec.WRITE, p, p.length, out);
        FeetechParser parser = new FeetechParser();
        parser.feed(out, 0, len);
        assertThat(parser.next()).isTrue();
        assertThat(parser.id()).isEqualTo(id);
        assertThat(Arrays.copyOf(parser.data(), parser.dataLength())).isEqualTo(p);
    }

    @Property(tries = 300)
    void signMagnitudeRoundTrip(@ForAll @IntRange(min = -32767, max = 32767) int v) {
        assertThat(FeetechCodec.fromSignMagnitude(FeetechCodec.toSignMagnitude(v, 15), 15)).isEqualTo(v);
    }

    @Property(tries = 1000)
    void randomBytesNeverThrowAndEveryAcceptedDynamixelPacketHasAGoodCrc(@ForAll @Size(max = 600) byte[] noise) {
        Dxl2Parser parser = new Dxl2Parser(256);
        parser.feed(noise, 0, noise.length);
        while (parser.next()) {
            assertThat(parser.dataLength()).isLessThanOrEqualTo(256);
        }
        FeetechParser f = new FeetechParser();
        f.feed(noise, 0, noise.length);
        while (f.next()) {
            assertThat(f.dataLength()).isLessThanOrEqualTo(253);
        }
    }

    @Property(tries = 1000)
    void mutatedPacketsAreRejectedNotMisread(@ForAll("params") byte[] p, @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] out = new byte[Dxl2Encoder.maxPacketLength(p.length)];
        int len = Dxl2Encoder.encode(1, Instruction.WRITE, p, p.length, out);
        out[where % len] ^= (byte) flip;
        Dxl2Parser parser = new Dxl2Parser(1024);
        parser.feed(out, 0, len);
        while (parser.next()) {
            // a packet that survives must re-encode to bytes whose CRC matches: never a corrupted payload
            assertThat(parser.id() == 1 && Arrays.equals(Arrays.copyOf(parser.data(), parser.dataLength()), p))
                    .as("accepted a corrupted packet").isFalse();
        }
        byte[] fo = new byte[p.length + 6];
        int flen = FeetechCodec.encode(1, FeetechCodec.WRITE, Arrays.copyOf(p, Math.min(p.length, 100)),
                Math.min(p.length, 100), fo);
        fo[where % flen] ^= (byte) flip;
        FeetechParser f = new FeetechParser();
        f.feed(fo, 0, flen);
        byte[] again = new byte[300];
        while (f.next()) {
            // an 8-bit checksum lets ~1/256 of mangled frames through; what is accepted must be
            // exactly a well-formed frame present on the wire, never a repaired or misaligned one
            int alen = FeetechCodec.encode(f.id(), f.instructionOrError(), f.data(), f.dataLength(), again);
            assertThat(indexOf(fo, flen, again, alen)).as("accepted frame is on the wire").isNotNegative();
        }
    }

    private static int indexOf(byte[] hay, int hayLen, byte[] needle, int len) {
        for (int i = 0; i + len <= hayLen; i++) {
            if (Arrays.equals(hay, i, i + len, needle, 0, len)) {
                return i;
            }
        }
        return -1;
    }

    @Property(tries = 300)
    void crcOfPacketWithItsCrcIsStable(@ForAll @Size(max = 64) byte[] p) {
        int c = Crc16.of(p, 0, p.length);
        assertThat(c).isBetween(0, 0xFFFF);
        assertThat(Crc16.update(Crc16.of(p, 0, p.length / 2), p, p.length / 2, p.length - p.length / 2)).isEqualTo(c);
    }

    @Property(tries = 300)
    void maestroTargetsRoundTripThroughSevenBitBytes(@ForAll @IntRange(max = MaestroCodec.MAX_TARGET) int t) {
        byte[] out = new byte[4];
        MaestroCodec.setTarget(3, t, out, 0);
        assertThat((out[2] & 0x7F) | (out[3] & 0x7F) << 7).isEqualTo(t);
        assertThat(out[2] & 0x80).isZero();
        assertThat(out[3] & 0x80).isZero();
    }
}
