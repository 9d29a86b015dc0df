package io.gridprobe.bench;

import io.gridprobe.protocol.capture.CaptureReader;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The packet codec on a representative mix of real traffic: every datagram of the reference captures
 * ({@code ../shared/captures/*.jsonl}) carrying ObjectUpdate, ImprovedTerseObjectUpdate, ChatFromSimulator,
 * PacketAck, LayerData or AgentUpdate, in capture order. Scores are ns per packet (one invocation walks the whole
 * mix; {@link OperationsPerInvocation} divides by its size). {@link #copyFloor} is the floor: copying each
 * datagram's bytes into a new array.
 * <p>
 * The captures are found as {@link SharedReference} finds them: {@code -Dgridprobe.shared=DIR} (forked JVMs inherit
 * the option), {@code GRIDPROBE_SHARED}, or {@code ../shared} / {@code ../../shared} from the working directory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {
    /** Datagrams of the mix in the reference captures (1,382 datagrams in all). */
    public static final int MIX_SIZE = 945;
    public static final Set<String> MIX_MESSAGES = Set.of("ObjectUpdate", "ImprovedTerseObjectUpdate",
            "ChatFromSimulator", "PacketAck", "LayerData", "AgentUpdate");

    private PacketCodec codec;
    private byte[][] datagrams;
    /** The mix decoded and validated once: what {@link #encode} writes. */
    private Packet[] packets;

    @Setup
    public void load() throws IOException {
        codec = new PacketCodec(MessageTemplate.bundled());
        List<byte[]> mix = loadMix(codec);
        datagrams = mix.toArray(new byte[0][]);
        packets = new Packet[datagrams.length];
        for (int i = 0; i < datagrams.length; i++) {
            packets[i] = codec.decode(datagrams[i]).validate();
        }
    }

    /** The mix's datagrams, checked to be the expected {@link #MIX_SIZE}. */
    public static List<byte[]> loadMix(PacketCodec codec) throws IOException {
        List<Path> files = SharedReference.captureFiles();
        if (files.isEmpty()) {
            throw new IllegalStateException("CodecBenchmark needs the reference captures: "
                    + SharedReference.absentReason());
        }
        List<byte[]> mix = new ArrayList<>();
        Map<String, Integer> byName = new TreeMap<>();
        long bytes = 0;
        for (Path f : files) {
            for (CaptureRecord r : CaptureReader.read(f)) {
                if (!r.isUdp()) {
                    continue;
                }
                byte[] d = r.payload();
                String name = codec.decode(d).message().name();
                if (MIX_MESSAGES.contains(name)) {
                    mix.add(d);
                    byName.merge(name, 1, Integer::sum);
                    bytes += d.length;
                }
            }
        }
        if (mix.size() != MIX_SIZE) {
            throw new IllegalStateException("the capture mix in " + files.get(0).getParent() + " has " + mix.size()
                    + " datagrams, CodecBenchmark expects " + MIX_SIZE + " (update MIX_SIZE when the captures change): "
                    + byName);
        }
        System.out.printf("mix: %d datagrams, %d bytes (%.1f bytes/datagram) %s%n", mix.size(), bytes,
                bytes / (double) mix.size(), byName);
        return mix;
    }

    /** The floor: each datagram's bytes copied into a new array. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void copyFloor(Blackhole bh) {
        for (byte[] d : datagrams) {
            bh.consume(Arrays.copyOf(d, d.length));
        }
    }

    /** Header, acks and message number only; the body stays lazy. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void decodeLazy(Blackhole bh) {
        for (byte[] d : datagrams) {
            bh.consume(codec.decode(d));
        }
    }

    /** Decode, validate (zero-expand and lay out the body), then read every field through Block.get. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void decodeFull(Blackhole bh) {
        for (byte[] d : datagrams) {
            Packet p = codec.decode(d).validate();
            AllFields.walk(p.message(), bh::consume);
            bh.consume(p);
        }
    }

    /** Encode packets decoded and laid out beforehand. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void encode(Blackhole bh) {
        for (Packet p : packets) {
            bh.consume(codec.encode(p));
        }
    }

    /** Decode then re-encode (encoding lays the body out). */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void roundTrip(Blackhole bh) {
        for (byte[] d : datagrams) {
            bh.consume(codec.encode(codec.decode(d)));
        }
    }

    /** Decode, validate, read every field, re-encode. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void roundTripFull(Blackhole bh) {
        for (byte[] d : datagrams) {
            Packet p = codec.decode(d).validate();
            AllFields.walk(p.message(), bh::consume);
            bh.consume(codec.encode(p));
        }
    }
}
