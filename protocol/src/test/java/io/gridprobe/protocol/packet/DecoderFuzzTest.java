package io.gridprobe.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.protocol.capture.CaptureReader;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import io.gridprobe.protocol.template.MessageTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Feeds a million mutated real datagrams through decode, validation, every field read and re-encode: the only
 * exception allowed out is {@link MalformedPacketException}. The seed is fixed so a failure can be replayed.
 */
class DecoderFuzzTest {
    private static final int ITERATIONS = 1_000_000;
    private static final long SEED = 0x6772_6964_7072_6fbeL;

    @Test
    void mutatedCaptureDatagramsOnlyEverRaiseTheTypedException() throws Exception {
        List<Path> files = SharedReference.captureFiles();
        assumeTrue(!files.isEmpty(), SharedReference.absentReason());
        List<byte[]> corpus = new ArrayList<>();
        for (Path f : files) {
            for (CaptureRecord r : CaptureReader.read(f)) {
                if (r.isUdp()) {
                    corpus.add(r.payload());
                }
            }
        }
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        SplittableRandom rnd = new SplittableRandom(SEED);
        int decoded = 0;
        int rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = mutate(corpus.get(rnd.nextInt(corpus.size())), rnd);
            try {
                Packet p = codec.decode(input).validate();
                readEverything(p.message());
                codec.encode(p);
                decoded++;
            } catch (MalformedPacketException expected) {
                rejected++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("iteration " + i + " escaped with " + e + " on input "
                        + java.util.HexFormat.of().formatHex(input), e);
            }
        }
        assertThat(decoded + rejected).isEqualTo(ITERATIONS);
        assertThat(rejected).as("mutations that break the packet").isPositive();
        assertThat(decoded).as("mutations that still decode").isPositive();
    }

    private static void readEverything(Message m) {
        for (BlockDef block : m.blockDefs()) {
            for (Block b : m.blocks(block.name())) {
                for (FieldDef f : block.fields()) {
                    b.get(f.name());
                }
            }
        }
        MessageFormatter.format(m, true);
    }

    private static byte[] mutate(byte[] original, SplittableRandom rnd) {
        byte[] b = original.clone();
        switch (rnd.nextInt(6)) {
            case 0 -> { // flip random bits
                for (int k = rnd.nextInt(1, 4); k > 0; k--) {
                    int i = rnd.nextInt(b.length);
                    b[i] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1)); // truncate
            case 2 -> { // random byte values, often counts and lengths
                for (int k = rnd.nextInt(1, 4); k > 0; k--) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 3 -> { // extend with garbage
                int extra = rnd.nextInt(1, 64);
                b = Arrays.copyOf(b, b.length + extra);
                for (int i = b.length - extra; i < b.length; i++) {
                    b[i] = (byte) rnd.nextInt(256);
                }
            }
            case 4 -> b[0] = (byte) rnd.nextInt(256); // any flags (zerocoded, acks) on any body
            default -> { // 0xFF and 0x00 bytes: message numbers, zero runs, max lengths
                for (int k = rnd.nextInt(1, 3); k > 0; k--) {
                    b[rnd.nextInt(b.length)] = rnd.nextBoolean() ? (byte) 0xFF : 0;
                }
            }
        }
        return b;
    }
}
