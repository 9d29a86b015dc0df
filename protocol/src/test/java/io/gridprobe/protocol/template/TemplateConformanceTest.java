package io.gridprobe.protocol.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.protocol.capture.CaptureReader;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.packet.PacketCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** gridprobe's own definitions must state the same facts as the public master template, message by message. */
class TemplateConformanceTest {

    @Test
    void everyBundledMessageMatchesTheReferenceTemplate() {
        Path reference = SharedReference.masterTemplate().orElse(null);
        assumeTrue(reference != null, SharedReference.absentReason());
        MessageTemplate ref = MessageTemplate.load(reference);
        MessageTemplate ours = MessageTemplate.bundled();

        List<String> differences = new ArrayList<>();
        for (MessageDef m : ours.messages().values()) {
            MessageDef r = ref.find(m.name()).orElse(null);
            if (r == null) {
                differences.add(m.name() + ": not in the reference template");
                continue;
            }
            compare(m, r, differences);
        }
        assertThat(differences).as("differences from %s", reference).isEmpty();
        assertThat(ours.size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void referenceTemplateParsesCompletely() {
        Path reference = SharedReference.masterTemplate().orElse(null);
        assumeTrue(reference != null, SharedReference.absentReason());
        MessageTemplate ref = MessageTemplate.load(reference);
        assertThat(ref.version()).isEqualTo("2.0");
        // The header of the master template states the highest numbers in use.
        assertThat(ref.find("PacketAck")).get().extracting(MessageDef::wireId).isEqualTo(0xFFFFFFFB);
        assertThat(ref.size()).isGreaterThan(450);
    }

    @Test
    void everyMessageInTheCapturesIsDefined() throws Exception {
        List<Path> files = SharedReference.captureFiles();
        assumeTrue(!files.isEmpty(), SharedReference.absentReason());
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        Set<String> seen = new TreeSet<>();
        for (Path f : files) {
            for (CaptureRecord r : CaptureReader.read(f)) {
                if (r.isUdp()) {
                    seen.add(codec.decode(r.payload()).message().name());
                }
            }
        }
        assertThat(seen).contains("UseCircuitCode", "RegionHandshake", "ObjectUpdate", "ImprovedInstantMessage",
                "ChatFromSimulator", "LayerData", "PacketAck", "MapBlockReply", "AlertMessage");
    }

    private static void compare(MessageDef m, MessageDef r, List<String> out) {
        String n = m.name();
        check(out, n, "frequency", m.frequency(), r.frequency());
        check(out, n, "number", Integer.toUnsignedString(m.number()), Integer.toUnsignedString(r.number()));
        check(out, n, "trust", m.trusted(), r.trusted());
        check(out, n, "encoding", m.zerocoded(), r.zerocoded());
        check(out, n, "flags", new TreeSet<>(m.flags()), new TreeSet<>(r.flags()));
        check(out, n, "block count", m.blocks().size(), r.blocks().size());
        for (int i = 0; i < Math.min(m.blocks().size(), r.blocks().size()); i++) {
            BlockDef b = m.blocks().get(i);
            BlockDef rb = r.blocks().get(i);
            String where = n + "." + b.name();
            check(out, where, "block name", b.name(), rb.name());
            check(out, where, "cardinality", b.cardinalityText(), rb.cardinalityText());
            check(out, where, "fields", b.fields(), rb.fields());
        }
    }

    private static void check(List<String> out, String where, String what, Object ours, Object theirs) {
        if (!ours.equals(theirs)) {
            out.add(where + ": " + what + " is " + ours + ", reference says " + theirs);
        }
    }
}
