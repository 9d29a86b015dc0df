package io.gridprobe.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.template.MessageTemplate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad datagrams raise one typed exception that says where and in which message. */
class MalformedPacketTest {
    private final MessageTemplate template = MessageTemplate.bundled();
    private final PacketCodec codec = new PacketCodec(template);

    private byte[] useCircuitCode() {
        Message m = MessageBuilder.create(template, "UseCircuitCode").block("CircuitCode")
                .set("Code", 123456L).set("SessionID", UUID.randomUUID()).set("ID", UUID.randomUUID()).build();
        return codec.encode(Packet.of(m).withReliable(true).withSequence(1));
    }

    @Test
    void everyTruncationIsATypedError() {
        byte[] full = useCircuitCode();
        for (int len = 0; len < full.length; len++) {
            int n = len;
            assertThatThrownBy(() -> codec.decode(full, 0, n).validate())
                    .as("truncated to %d bytes", n)
                    .isInstanceOf(MalformedPacketException.class);
        }
        assertThat(codec.decode(full).validate().message().block("CircuitCode").u32("Code")).isEqualTo(123456L);
    }

    @Test
    void truncatedBodyNamesTheMessageFieldAndOffset() {
        byte[] full = useCircuitCode();
        assertThatThrownBy(() -> codec.decode(full, 0, full.length - 3).validate())
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("UseCircuitCode")
                .hasMessageContaining("CircuitCode.ID")
                .satisfies(e -> assertThat(((MalformedPacketException) e).messageName()).isEqualTo("UseCircuitCode"));
    }

    @Test
    void unknownMessageNumbersAreNamed() {
        byte[] unknownLow = HexFormat.of().parseHex("000000000100ffff7fff");
        assertThatThrownBy(() -> codec.decode(unknownLow))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("unknown message number Low 32767");
        byte[] zeroHigh = HexFormat.of().parseHex("00000000010000");
        assertThatThrownBy(() -> codec.decode(zeroHigh)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void lyingAckCountAndExtraHeaderAreTypedErrors() {
        byte[] p = useCircuitCode();
        p[0] |= PacketFlags.ACKS;
        p[p.length - 1] = (byte) 200;
        assertThatThrownBy(() -> codec.decode(p)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("appended acks");
        byte[] q = useCircuitCode();
        q[5] = (byte) 250;
        assertThatThrownBy(() -> codec.decode(q)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("extra header");
    }

    @Test
    void extraHeaderIsSkippedAndKept() {
        byte[] plain = useCircuitCode();
        byte[] withExtra = new byte[plain.length + 3];
        System.arraycopy(plain, 0, withExtra, 0, 5);
        withExtra[5] = 3;
        withExtra[6] = 1;
        withExtra[7] = 2;
        withExtra[8] = 3;
        System.arraycopy(plain, 6, withExtra, 9, plain.length - 6);
        Packet p = codec.decode(withExtra).validate();
        assertThat(p.extraHeader()).containsExactly(1, 2, 3);
        assertThat(codec.encode(p)).isEqualTo(withExtra);
    }

    @Test
    void missingTrailingVariableCountReadsAsZeroBlocks() {
        Message alert = MessageBuilder.create(template, "AlertMessage").block("AlertData").set("Message", "hi").build();
        byte[] wire = codec.encode(Packet.of(alert));
        // Drop the counts of the trailing Variable blocks, as OpenSim does.
        int blocksAfter = alert.def().blocks().size() - 1;
        byte[] cut = java.util.Arrays.copyOf(wire, wire.length - blocksAfter);
        Message m = codec.decode(cut).validate().message();
        assertThat(m.missingBlockCounts()).isEqualTo(blocksAfter);
        assertThat(m.block("AlertData").string("Message")).isEqualTo("hi");
    }

    @Test
    void wrongFieldTypeOrNameIsAClearError() {
        Message m = codec.decode(useCircuitCode()).message();
        assertThatThrownBy(() -> m.block("CircuitCode").u8("Code")).hasMessageContaining("is U32, not U8");
        assertThatThrownBy(() -> m.block("CircuitCode").u32("Nope")).hasMessageContaining("has no field Nope");
        assertThatThrownBy(() -> m.block("Nope")).hasMessageContaining("has no block Nope");
    }

    @Test
    void secretsAreMaskedInRenderings() {
        UUID session = UUID.randomUUID();
        Message m = MessageBuilder.create(template, "UseCircuitCode").block("CircuitCode")
                .set("Code", 1L).set("SessionID", session).set("ID", UUID.randomUUID()).build();
        assertThat(m.toString()).doesNotContain(session.toString()).contains("SessionID=***");
        assertThat(MessageFormatter.toMap(m).toString()).doesNotContain(session.toString());
    }
}
