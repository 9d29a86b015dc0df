package io.gridprobe.cli;

import io.gridprobe.protocol.ProtocolException;
import io.gridprobe.protocol.capture.CaptureFiles;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageFormatter;
import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.packet.PacketFlags;
import io.gridprobe.protocol.template.MessageTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridprobe parse-packets}: decodes every UDP datagram of capture files with the message template and says
 * which do not decode. The last line is always the summary {@code decoded N, failed N, trailing-bytes N}.
 */
@Command(
        name = "parse-packets",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Decodes every UDP datagram of capture files and reports the ones that do not decode.",
                "",
                "Reads the JSONL captures of ../shared/captures (one JSON object a line; HTTP records are skipped "
                        + "and counted) and pcap/pcapng files (IPv4 UDP only; the format is told from the content, "
                        + "not the name).",
                "",
                "Prints one line per datagram: time in seconds, direction (c2s = viewer to grid, s2c = grid to "
                        + "viewer), sequence number, flags (Z zerocoded, R reliable, r resent, A acks appended; "
                        + "- when unset), message name, appended acks, and 'trailing-bytes N' when the body is longer "
                        + "than the template says. A datagram that does not decode prints FAILED and the reason. "
                        + "Session ids and passwords are always masked.",
                "",
                "The last line sums up all files: 'decoded N, failed N, trailing-bytes N' (trailing-bytes counts "
                        + "datagrams with trailing bytes, which are kept and never a failure).",
                ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every datagram decoded",
                "1:at least one datagram failed to decode",
                "2:usage error, or a file or template that cannot be read"},
        footer = {
                "",
                "Examples:",
                "  Decode the reference captures; the last line is the summary:",
                "    gridprobe parse-packets ../shared/captures/*.jsonl",
                "    ...",
                "    decoded 1382, failed 0, trailing-bytes 7",
                "  One summary line per file, then the total:",
                "    gridprobe parse-packets --per-file --summary-only captures/*.pcapng",
                "  Every field of the chat the grid sent:",
                "    gridprobe parse-packets -v captures/nmv_smoke.jsonl | grep ChatFromSim",
                "  Decode with another template (here Linden Lab's master template):",
                "    gridprobe parse-packets --template message_template.msg session.pcapng",
                "  Say which UDP ports are the grid's when the capture does not show it:",
                "    gridprobe parse-packets --server-port 9000,9001 session.pcap",
                "",
                "In a pcap file the grid's side of a datagram is the --server-port, else the",
                "endpoint that received a UseCircuitCode, else the endpoint with more peers,",
                "else the lower port."})
public final class ParsePacketsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Also print every field of every message (secrets masked).")
    boolean verbose;

    @Option(names = "--per-file", description = "Print a summary line for each file (prefixed by its name) before the total.")
    boolean perFile;

    @Option(names = "--summary-only", description = "Print only failed datagrams and the summary lines.")
    boolean summaryOnly;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Message template to decode with (default: gridprobe's bundled definitions).")
    Path template;

    @Option(names = "--server-port", paramLabel = "PORT", split = ",",
            description = "For pcap files: UDP port(s) of the grid's simulators (default: found from the traffic).")
    List<Integer> serverPorts = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Capture files: .jsonl, .pcap or .pcapng.")
    List<Path> files;

    /** Counts for one file or for all of them. */
    static final class Tally {
        int decoded;
        int failed;
        int trailing;
        int http;

        void add(Tally t) {
            decoded += t.decoded;
            failed += t.failed;
            trailing += t.trailing;
            http += t.http;
        }

        String summary() {
            return "decoded " + decoded + ", failed " + failed + ", trailing-bytes " + trailing;
        }
    }

    private record Loaded(Path file, List<CaptureRecord> records) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PacketCodec codec;
        try {
            codec = new PacketCodec(template == null ? MessageTemplate.bundled() : MessageTemplate.load(template));
        } catch (ProtocolException e) {
            err.println("gridprobe parse-packets: cannot use template " + template + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        // Read every file first, so that an unreadable one stops the command before any output.
        Set<Integer> ports = new HashSet<>(serverPorts);
        List<Loaded> loaded = new ArrayList<>();
        for (Path f : files) {
            String problem = unreadable(f);
            if (problem == null) {
                try {
                    loaded.add(new Loaded(f, CaptureFiles.read(f, ports)));
                    continue;
                } catch (IOException | UncheckedIOException e) {
                    problem = e.getMessage();
                }
            }
            err.println("gridprobe parse-packets: cannot read " + f + ": " + problem);
            return CommandLine.ExitCode.USAGE;
        }

        Tally total = new Tally();
        List<String> perFileLines = new ArrayList<>();
        for (Loaded l : loaded) {
            if (loaded.size() > 1 && !summaryOnly) {
                out.println("# " + l.file());
            }
            Tally t = parse(codec, l.records(), out);
            total.add(t);
            perFileLines.add(l.file() + ": " + t.summary());
        }
        if (perFile) {
            perFileLines.forEach(out::println);
        }
        if (total.http > 0) {
            out.println("http " + total.http);
        }
        out.println(total.summary());
        out.flush();
        return total.failed == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    private static String unreadable(Path f) {
        if (!Files.exists(f)) {
            return "no such file";
        }
        if (Files.isDirectory(f)) {
            return "is a directory";
        }
        if (!Files.isReadable(f)) {
            return "permission denied";
        }
        return null;
    }

    private Tally parse(PacketCodec codec, List<CaptureRecord> records, PrintWriter out) {
        Tally t = new Tally();
        for (CaptureRecord r : records) {
            if (!r.isUdp()) {
                if (r.isHttp()) {
                    t.http++;
                }
                continue;
            }
            String head = String.format(Locale.ROOT, "%9.3f %s", r.time(), r.direction());
            Packet p;
            try {
                if (r.hex() == null) {
                    throw new IllegalArgumentException("record has no hex payload");
                }
                p = codec.decode(r.payload()).validate();
            } catch (MalformedPacketException | IllegalArgumentException e) {
                t.failed++;
                out.println(head + " FAILED " + r.where() + ": " + e.getMessage());
                continue;
            }
            t.decoded++;
            Message m = p.message();
            int trailing = m.trailingByteCount();
            if (trailing > 0) {
                t.trailing++;
            }
            if (!summaryOnly) {
                out.println(line(head, p, trailing));
            }
        }
        return t;
    }

    private String line(String head, Packet p, int trailing) {
        StringBuilder sb = new StringBuilder(head)
                .append(" #").append(Integer.toUnsignedString(p.sequence()))
                .append(' ').append(PacketFlags.describe(p.flags()))
                .append(' ').append(MessageFormatter.format(p.message(), verbose));
        if (p.ackCount() > 0) {
            StringJoiner acks = new StringJoiner(",", " acks=", "");
            for (int i = 0; i < p.ackCount(); i++) {
                acks.add(Integer.toUnsignedString(p.ack(i)));
            }
            sb.append(acks);
        }
        if (trailing > 0) {
            sb.append(" trailing-bytes ").append(trailing);
        }
        return sb.toString();
    }
}
