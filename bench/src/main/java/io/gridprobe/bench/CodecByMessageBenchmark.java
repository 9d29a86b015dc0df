package io.gridprobe.bench;

import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where {@link CodecBenchmark}'s time goes: the same operations on the datagrams of one message at a time, one
 * datagram per operation (cycling through that message's datagrams of the mix).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CodecByMessageBenchmark {
    @Param({"PacketAck", "ImprovedTerseObjectUpdate", "LayerData", "AgentUpdate", "ObjectUpdate", "ChatFromSimulator"})
    public String message;

    private PacketCodec codec;
    private byte[][] datagrams;
    private Packet[] packets;
    private int next;

    @Setup
    public void load() throws IOException {
        codec = new PacketCodec(MessageTemplate.bundled());
        List<byte[]> mine = new ArrayList<>();
        for (byte[] d : CodecBenchmark.loadMix(codec)) {
            if (codec.decode(d).message().name().equals(message)) {
                mine.add(d);
            }
        }
        datagrams = mine.toArray(new byte[0][]);
        packets = new Packet[datagrams.length];
        long bytes = 0;
        for (int i = 0; i < datagrams.length; i++) {
            packets[i] = codec.decode(datagrams[i]).validate();
            bytes += datagrams[i].length;
        }
        System.out.printf("%s: %d datagrams, %.1f bytes each on the wire%n", message, datagrams.length,
                bytes / (double) datagrams.length);
    }

    private int index() {
        int i = next;
        next = i + 1 == datagrams.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public byte[] copyFloor() {
        byte[] d = datagrams[index()];
        return Arrays.copyOf(d, d.length);
    }

    @Benchmark
    public byte[] encode() {
        return codec.encode(packets[index()]);
    }

    @Benchmark
    public byte[] roundTrip() {
        return codec.encode(codec.decode(datagrams[index()]));
    }

    @Benchmark
    public byte[] roundTripFull(Blackhole bh) {
        Packet p = codec.decode(datagrams[index()]).validate();
        AllFields.walk(p.message(), bh::consume);
        return codec.encode(p);
    }
}
