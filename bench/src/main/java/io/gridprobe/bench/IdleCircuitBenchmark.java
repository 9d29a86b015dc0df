package io.gridprobe.bench;

import com.sun.management.OperatingSystemMXBean;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.circuit.CircuitConfig;
import io.gridprobe.protocol.circuit.CircuitState;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.circuit.UnknownSenderPolicy;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.trace.PacketTrace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What an idle agent's UDP circuit costs: N client circuits, each on its own client {@link UdpEndpoint} with its own
 * bus and packet trace (as an agent has), connected to one server endpoint in the same JVM and kept alive only by
 * pings and acks for a while. Reports retained heap per circuit (after GC, from the MemoryMXBean) in phases, and the
 * process CPU while idle. Plain main, no JMH: the quantity is a steady state, not a per-operation time.
 * <p>
 * Usage: {@code IdleCircuitBenchmark [N,N,...] [idleSeconds] [--histogram]}; defaults 200,1000 and 20 s.
 * Run with a fixed heap (e.g. {@code -Xms2g -Xmx2g}) so that GC sizing does not blur the numbers.
 */
public final class IdleCircuitBenchmark {
    private static final MessageTemplate T = MessageTemplate.bundled();
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private IdleCircuitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "200,1000").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean histogram = List.of(args).contains("--histogram");
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, trace capacity %d, ping every %d s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, CircuitConfig.defaults().traceCapacity(),
                CircuitConfig.defaults().pingInterval().toSeconds());
        for (int n : sizes) {
            run(n, idleSeconds, histogram);
        }
    }

    private static void run(int n, int idleSeconds, boolean histogram) throws Exception {
        CircuitConfig config = CircuitConfig.defaults();
        PacketCodec codec = new PacketCodec(T);
        try (UdpTransport transport = UdpTransport.create("bench-udp")) {
            MessageBus serverBus = new MessageBus();
            // The region side opens a circuit per agent, with its own trace, as an embedded region would.
            UdpEndpoint server = UdpEndpoint.bind(transport, LOOPBACK, codec, config, (ep, p) ->
                    p.packet().message().name().equals("UseCircuitCode")
                            ? ep.open(p.sender(), serverBus, new PacketTrace(config.traceCapacity()), "agent") : null)
                    .get(10, TimeUnit.SECONDS);
            long base = usedHeapAfterGc();

            List<UdpEndpoint> endpoints = new ArrayList<>(n);
            List<CompletableFuture<UdpEndpoint>> binding = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                binding.add(UdpEndpoint.bind(transport, LOOPBACK, codec, config, UnknownSenderPolicy.DROP));
            }
            for (CompletableFuture<UdpEndpoint> f : binding) {
                endpoints.add(f.get(10, TimeUnit.SECONDS));
            }
            long afterEndpoints = usedHeapAfterGc();

            List<Circuit> circuits = new ArrayList<>(n);
            List<PacketTrace> traces = new ArrayList<>(n);
            List<CompletableFuture<Void>> acked = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                PacketTrace trace = new PacketTrace(config.traceCapacity());
                Circuit c = endpoints.get(i).open(server.localAddress(), new MessageBus(), trace, "region");
                traces.add(trace);
                circuits.add(c);
                acked.add(c.sendReliable(MessageBuilder.create(T, "UseCircuitCode").block("CircuitCode")
                        .set("Code", 1000L + i).set("SessionID", UUID.randomUUID()).set("ID", UUID.randomUUID())
                        .build()));
            }
            CompletableFuture.allOf(acked.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
            long afterCircuits = usedHeapAfterGc();

            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            Thread.sleep(idleSeconds * 1000L); // the benchmark's subject is idleness itself
            long cpuNanos = os.getProcessCpuTime() - cpu0;
            long wallNanos = System.nanoTime() - wall0;
            long afterIdle = usedHeapAfterGc();

            long open = circuits.stream().filter(c -> c.state() == CircuitState.OPEN).count();
            long serverOpen = server.circuits().size();
            double traceEntries = traces.stream().mapToInt(t -> t.entries().size()).average().orElse(0);
            long pingsIn = 0;
            for (Circuit c : circuits) {
                pingsIn += c.stats().get(5, TimeUnit.SECONDS).packetsIn();
            }
            double cores = Runtime.getRuntime().availableProcessors();
            double cpuOneCore = 100.0 * cpuNanos / wallNanos;
            System.out.printf(Locale.ROOT, "%nN=%d, idle %d s: %d/%d client circuits open, %d server circuits%n", n,
                    idleSeconds, open, n, serverOpen);
            System.out.printf(Locale.ROOT, "  heap per client endpoint (socket, pipeline, ticker):   %6.1f KB%n",
                    kb(afterEndpoints - base, n));
            System.out.printf(Locale.ROOT, "  heap per circuit pair just up (client + server side):   %6.1f KB%n",
                    kb(afterCircuits - afterEndpoints, n));
            System.out.printf(Locale.ROOT, "  heap per circuit pair after idling:                     %6.1f KB%n",
                    kb(afterIdle - afterEndpoints, n));
            System.out.printf(Locale.ROOT, "  heap per agent after idling (endpoint + both circuits): %6.1f KB%n",
                    kb(afterIdle - base, n));
            System.out.printf(Locale.ROOT, "  trace entries per client circuit: %.1f; packets in per client circuit: %.1f%n",
                    traceEntries, (double) pingsIn / n);
            System.out.printf(Locale.ROOT, "  process CPU while idle: %.1f%% of one core (%.1f%% of %d cores)%n",
                    cpuOneCore, cpuOneCore / cores, (int) cores);
            if (histogram) {
                printHistogram(15);
            }
            for (UdpEndpoint e : endpoints) {
                e.close();
            }
            server.close();
        }
    }

    private static double kb(long bytes, int n) {
        return bytes / 1024.0 / n;
    }

    /** Used heap after full collections, once it stops shrinking. */
    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long used = mem.getHeapMemoryUsage().getUsed();
            if (used >= last - 64 * 1024) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }

    /** The live-object histogram's top classes, through the JDK's jcmd, when it is there. */
    private static void printHistogram(int top) {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                r.lines().limit(top + 3L).forEach(l -> System.out.println("    " + l));
            }
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("    (no class histogram: " + e.getMessage() + ")");
        }
    }
}
