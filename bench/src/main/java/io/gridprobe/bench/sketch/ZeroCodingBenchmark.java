package io.gridprobe.bench.sketch;

import io.gridprobe.bench.CodecBenchmark;
import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.packet.PacketFlags;
import io.gridprobe.protocol.packet.ZeroCoding;
import io.gridprobe.protocol.template.MessageTemplate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ZeroCoding} against {@link ZeroCodingSketch} on the zerocoded bodies of {@link CodecBenchmark}'s mix
 * (ObjectUpdate, ImprovedTerseObjectUpdate, AgentUpdate): ns per body, one body per operation. The setup first checks
 * that both give the same bytes and the same errors, on the mix and on random inputs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ZeroCodingBenchmark {
    private byte[][] coded;
    private byte[][] plain;
    private int next;

    @Setup
    public void load() throws IOException {
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        List<byte[]> c = new ArrayList<>();
        for (byte[] d : CodecBenchmark.loadMix(codec)) {
            Packet p = codec.decode(d);
            if ((p.flags() & PacketFlags.ZEROCODED) == 0) {
                continue;
            }
            int start = 6 + (d[5] & 0xFF);
            int end = d.length - (p.hasAcks() ? 4 * p.ackCount() + 1 : 0);
            c.add(Arrays.copyOfRange(d, start, end));
        }
        coded = c.toArray(new byte[0][]);
        plain = new byte[coded.length][];
        for (int i = 0; i < coded.length; i++) {
            plain[i] = ZeroCoding.expand(coded[i], 0, coded[i].length);
        }
        checkSameResults();
        System.out.printf("%d zerocoded bodies, %.1f bytes coded, %.1f bytes expanded on average%n", coded.length,
                Arrays.stream(coded).mapToInt(b -> b.length).average().orElse(0),
                Arrays.stream(plain).mapToInt(b -> b.length).average().orElse(0));
    }

    /** The sketch must give the same bytes and the same errors as ZeroCoding, or its timings mean nothing. */
    void checkSameResults() {
        for (int i = 0; i < coded.length; i++) {
            sameExpansion(coded[i]);
            sameEncoding(plain[i]);
        }
        Random r = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            byte[] b = new byte[r.nextInt(k < 19_000 ? 200 : 12_000)];
            int zeros = r.nextInt(4); // from few to many zeros
            for (int j = 0; j < b.length; j++) {
                b[j] = r.nextInt(4) < zeros ? 0 : (byte) (1 + r.nextInt(255));
            }
            sameEncoding(b);
            sameExpansion(b); // random bytes: often garbled, sometimes too long
        }
    }

    private static void sameEncoding(byte[] p) {
        byte[] expected = new byte[ZeroCoding.encodedLength(p, 0, p.length)];
        ZeroCoding.encode(p, 0, p.length, expected, 0);
        if (!Arrays.equals(expected, ZeroCodingSketch.encodeToArray(p, 0, p.length))) {
            throw new IllegalStateException("sketch encodes differently");
        }
    }

    private static void sameExpansion(byte[] c) {
        String expected;
        String actual;
        try {
            expected = Arrays.toString(ZeroCoding.expand(c, 0, c.length));
        } catch (MalformedPacketException e) {
            expected = e.getMessage();
        }
        try {
            actual = Arrays.toString(ZeroCodingSketch.expand(c, 0, c.length));
        } catch (MalformedPacketException e) {
            actual = e.getMessage();
        }
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException("sketch expands differently: " + expected + " vs " + actual);
        }
    }

    private int index() {
        int i = next;
        next = i + 1 == coded.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public byte[] expandCurrent() {
        byte[] c = coded[index()];
        return ZeroCoding.expand(c, 0, c.length);
    }

    @Benchmark
    public byte[] expandSketch() {
        byte[] c = coded[index()];
        return ZeroCodingSketch.expand(c, 0, c.length);
    }

    /** What PacketCodec.encode does today: count, allocate, encode. */
    @Benchmark
    public byte[] encodeCurrent() {
        byte[] p = plain[index()];
        byte[] out = new byte[ZeroCoding.encodedLength(p, 0, p.length)];
        ZeroCoding.encode(p, 0, p.length, out, 0);
        return out;
    }

    @Benchmark
    public byte[] encodeSketch() {
        byte[] p = plain[index()];
        return ZeroCodingSketch.encodeToArray(p, 0, p.length);
    }

    /** The floor for a zerocoded body: copying it. */
    @Benchmark
    public byte[] copyFloor() {
        byte[] c = coded[index()];
        return Arrays.copyOf(c, c.length);
    }
}
