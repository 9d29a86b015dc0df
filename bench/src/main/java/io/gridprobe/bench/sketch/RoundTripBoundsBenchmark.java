package io.gridprobe.bench.sketch;

import io.gridprobe.bench.CodecBenchmark;
import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.io.IOException;
import java.util.Arrays;
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
 * Bounds for a faster round trip on {@link CodecBenchmark}'s mix, in ns per packet: {@link #decodeValidate} is what
 * any round trip that checks the body pays before writing a byte; {@link #decodeValidateCopy} is a round trip whose
 * encoder copies a received, unchanged message's bytes instead of zerocoding it again (a different behaviour only for
 * a sender's non-canonical zero coding, which the reference captures do not contain).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RoundTripBoundsBenchmark {
    private byte[][] datagrams;
    private PacketCodec codec;

    @Setup
    public void load() throws IOException {
        codec = new PacketCodec(MessageTemplate.bundled());
        datagrams = CodecBenchmark.loadMix(codec).toArray(new byte[0][]);
    }

    @Benchmark
    @OperationsPerInvocation(CodecBenchmark.MIX_SIZE)
    public void decodeValidate(Blackhole bh) {
        for (byte[] d : datagrams) {
            bh.consume(codec.decode(d).validate());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodecBenchmark.MIX_SIZE)
    public void decodeValidateCopy(Blackhole bh) {
        for (byte[] d : datagrams) {
            Packet p = codec.decode(d).validate();
            bh.consume(p);
            bh.consume(Arrays.copyOf(d, d.length));
        }
    }
}
