package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.protocol.capture.CaptureReader;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParsePacketsCommandTest {
    private static final String ALL_DECODED = "decoded 1382, failed 0, trailing-bytes 7";

    /** A StartPingCheck that decodes. */
    private static final String GOOD_HEX = "000000000100" + "01" + "05" + "00000000";
    /** A StartPingCheck with two acks appended. */
    private static final String ACKED_HEX = "100000000300" + "01" + "06" + "00000000" + "00000007" + "00000009" + "02";
    /** A UseCircuitCode cut short in its SessionID. */
    private static final String TRUNCATED_HEX = "400000000200" + "ffff0003" + "01020304" + "0011223344556677";

    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String last() {
            List<String> l = lines();
            return l.isEmpty() ? "" : l.get(l.size() - 1);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new GridprobeCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static List<Path> jsonlCaptures() {
        List<Path> files = SharedReference.captureFiles();
        assumeTrue(!files.isEmpty(), SharedReference.absentReason());
        return files;
    }

    private static List<Path> pcapngCaptures() {
        List<Path> out = new ArrayList<>();
        for (Path j : jsonlCaptures()) {
            Path p = j.resolveSibling(j.getFileName().toString().replace(".jsonl", ".pcapng"));
            assumeTrue(Files.isRegularFile(p), "reference capture " + p + " is absent");
            out.add(p);
        }
        return out;
    }

    private static String[] args(List<String> options, List<Path> files) {
        return Stream.concat(Stream.concat(Stream.of("parse-packets"), options.stream()), files.stream().map(Path::toString))
                .toArray(String[]::new);
    }

    @Test
    void everyDatagramOfTheReferenceCapturesDecodes() {
        Result r = run(args(List.of(), jsonlCaptures()));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.last()).isEqualTo(ALL_DECODED);
        assertThat(r.lines()).contains("http 123");
        assertThat(r.lines()).filteredOn(l -> l.matches("\\s*\\d+\\.\\d{3} (c2s|s2c) #\\d+ [Z-][R-][r-][A-] \\w+.*"))
                .hasSize(1382);
        assertThat(r.lines()).filteredOn(l -> l.endsWith(" trailing-bytes 1")).hasSize(7)
                .allSatisfy(l -> assertThat(l).contains("MapBlockReply"));
        assertThat(r.lines().stream().filter(l -> l.endsWith(" -R-- UseCircuitCode")).count()).isEqualTo(8);
    }

    @Test
    void thePcapngCapturesGiveTheSameResult() {
        Result r = run(args(List.of("--summary-only"), pcapngCaptures()));
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly(ALL_DECODED);

        Result full = run(args(List.of(), pcapngCaptures()));
        Result fromJsonl = run(args(List.of(), jsonlCaptures()));
        // same datagrams, times, sides and decodings, line for line (the file headers aside)
        assertThat(datagramLines(full)).isEqualTo(datagramLines(fromJsonl));
    }

    private static List<String> datagramLines(Result r) {
        return r.lines().stream().filter(l -> !l.startsWith("# ") && !l.startsWith("http ")).toList();
    }

    @Test
    void perFileSummariesThenTheTotal() {
        List<Path> files = jsonlCaptures();
        Result r = run(args(List.of("--per-file", "--summary-only"), files));
        assertThat(r.exit()).isZero();
        List<String> lines = r.lines();
        assertThat(lines).hasSize(files.size() + 2);
        for (int i = 0; i < files.size(); i++) {
            assertThat(lines.get(i)).startsWith(files.get(i) + ": decoded ").contains(", failed 0, trailing-bytes ");
        }
        assertThat(lines.get(files.size())).isEqualTo("http 123");
        assertThat(lines.get(files.size() + 1)).isEqualTo(ALL_DECODED);
    }

    @Test
    void verboseOutputNeverShowsTheSessionId() {
        List<Path> files = jsonlCaptures();
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        List<UUID> sessions = new ArrayList<>();
        for (Path f : files) {
            for (CaptureRecord rec : CaptureReader.readUnchecked(f)) {
                if (rec.isUdp()) {
                    Packet p = codec.decode(rec.payload());
                    if (p.message().name().equals("UseCircuitCode")) {
                        sessions.add(p.message().block("CircuitCode").uuid("SessionID"));
                    }
                }
            }
        }
        assertThat(sessions).isNotEmpty();
        Result r = run(args(List.of("--verbose"), files));
        assertThat(r.exit()).isZero();
        assertThat(r.last()).isEqualTo(ALL_DECODED);
        assertThat(r.lines().stream().filter(l -> l.contains(" UseCircuitCode CircuitCode{Code=")
                && l.contains(" SessionID=*** ")).count()).isEqualTo(sessions.size());
        String text = r.out().toLowerCase(Locale.ROOT);
        for (UUID s : sessions) {
            // booleans, so that a failure does not print the secret itself
            assertThat(text.contains(s.toString())).as("session id %s... in the output", s.toString().substring(0, 4)).isFalse();
            assertThat(text.contains(s.toString().replace("-", ""))).as("session id as hex in the output").isFalse();
        }
    }

    @Test
    void aGarbledDatagramFailsWithExitOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("garbled.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"t\": 0.5, \"kind\": \"udp\", \"dir\": \"s2c\", \"client\": \"127.0.0.1:1\", \"server\": \"127.0.0.1:9000\", \"hex\": \"" + GOOD_HEX + "\"}",
                "{\"t\": 1.25, \"kind\": \"udp\", \"dir\": \"c2s\", \"client\": \"127.0.0.1:1\", \"server\": \"127.0.0.1:9000\", \"hex\": \"" + TRUNCATED_HEX + "\"}",
                "{\"t\": 1.375, \"kind\": \"udp\", \"dir\": \"s2c\", \"client\": \"127.0.0.1:1\", \"server\": \"127.0.0.1:9000\", \"hex\": \"" + ACKED_HEX + "\"}",
                "{\"t\": 1.5, \"kind\": \"http\", \"dir\": \"c2s\", \"client\": \"127.0.0.1:1\", \"server\": \"127.0.0.1:9000\", \"method\": \"GET\", \"uri\": \"/\"}",
                ""));
        Result r = run("parse-packets", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.last()).isEqualTo("decoded 2, failed 1, trailing-bytes 0");
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("    0.500 s2c #1 ---- StartPingCheck"));
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("    1.250 c2s FAILED garbled.jsonl:2: ")
                .contains("UseCircuitCode").contains("SessionID"));
        assertThat(r.lines()).contains("    1.375 s2c #3 ---A StartPingCheck acks=7,9", "http 1");

        // a hex string cut in the middle of a byte is a failed datagram too, not a crash
        Path odd = dir.resolve("odd.jsonl");
        Files.writeString(odd, "{\"t\": 0, \"kind\": \"udp\", \"dir\": \"c2s\", \"hex\": \"" + GOOD_HEX.substring(0, 15) + "\"}\n");
        Result r2 = run("parse-packets", "--summary-only", odd.toString());
        assertThat(r2.exit()).isEqualTo(1);
        assertThat(r2.last()).isEqualTo("decoded 0, failed 1, trailing-bytes 0");
    }

    @Test
    void aMissingFileIsExitTwoWithOneLineOnStderr(@TempDir Path dir) {
        Path missing = dir.resolve("nope.jsonl");
        Result r = run("parse-packets", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString().contains(missing.toString(), "no such file");
    }

    @Test
    void aFileThatIsNotACaptureIsExitTwo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "not json\n");
        Result r = run("parse-packets", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("notes.txt:1");
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertThat(run("parse-packets").exit()).isEqualTo(2);
        assertThat(run("parse-packets", "--no-such-option", "x").exit()).isEqualTo(2);
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("no-such-command").exit()).isEqualTo(2);
    }

    @Test
    void helpHasExamplesAndVersionComesFromTheBuild() {
        Result help = run("parse-packets", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Examples:", "gridprobe parse-packets ../shared/captures/*.jsonl",
                "--per-file", "--verbose", "--template", "--summary-only");
        Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("gridprobe ").doesNotContain("${").doesNotContain("unknown");
        assertThat(version.out().lines().findFirst().orElseThrow()).isEqualTo("gridprobe " + VersionProvider.version());
    }

    @Test
    void mainConfigurationPrintsOneLineForAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = GridprobeCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("parse-packets", "--bogus", "x.jsonl")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly("gridprobe: Unknown option: '--bogus'",
                "Try 'gridprobe parse-packets --help' for more information.");
    }
}
