package io.gridprobe.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.types.Vector3d;
import io.gridprobe.protocol.types.Vector4;
import java.net.InetAddress;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Every field type survives build → encode (plain and zerocoded) → decode with its exact value. */
class FieldRoundTripTest {
    /** One message per field type, in our own test template. */
    private static final MessageTemplate T = MessageTemplate.parse("fields", """
            version 2.0
            { AllTypes Low 1 NotTrusted Zerocoded
              { Ints Single { U8 U8 } { U16 U16 } { U32 U32 } { U64 U64 } { S8 S8 } { S16 S16 } { S32 S32 } { S64 S64 } }
              { Reals Single { F32 F32 } { F64 F64 } }
              { Vectors Single { V3 LLVector3 } { V3d LLVector3d } { V4 LLVector4 } { Q LLQuaternion } }
              { Misc Single { Id LLUUID } { Flag BOOL } { Ip IPADDR } { Port IPPORT } { Hash Fixed 5 } }
              { Texts Variable { Short Variable 1 } { Long Variable 2 } }
              { Quad Multiple 2 { N U8 } }
            }
            """);
    private static final PacketCodec CODEC = new PacketCodec(T);

    private static Message roundTrip(Message m, boolean zerocoded, int seq) {
        Packet p = Packet.of(m).withSequence(seq).withReliable(true).withZerocoded(zerocoded).withAcks(new int[] {seq, 1});
        byte[] wire = CODEC.encode(p);
        Packet back = CODEC.decode(wire);
        assertThat(back.sequence()).isEqualTo(seq);
        assertThat(back.acks()).containsExactly(seq, 1);
        assertThat(back.reliable()).isTrue();
        assertThat(CODEC.encode(back)).isEqualTo(wire);
        return back.message();
    }

    @Property(tries = 300)
    void integers(@ForAll int u8, @ForAll int u16, @ForAll long u32, @ForAll long u64, @ForAll byte s8,
                  @ForAll short s16, @ForAll int s32, @ForAll long s64, @ForAll boolean zero, @ForAll int seq) {
        Message m = MessageBuilder.create(T, "AllTypes").block("Ints")
                .set("U8", u8 & 0xFF).set("U16", u16 & 0xFFFF).set("U32", u32 & 0xFFFFFFFFL).set("U64", u64)
                .set("S8", s8).set("S16", s16).set("S32", s32).set("S64", s64).build();
        Block b = roundTrip(m, zero, seq).block("Ints");
        assertThat(b.u8("U8")).isEqualTo(u8 & 0xFF);
        assertThat(b.u16("U16")).isEqualTo(u16 & 0xFFFF);
        assertThat(b.u32("U32")).isEqualTo(u32 & 0xFFFFFFFFL);
        assertThat(b.u64("U64")).isEqualTo(u64);
        assertThat(b.s8("S8")).isEqualTo(s8);
        assertThat(b.s16("S16")).isEqualTo(s16);
        assertThat(b.s32("S32")).isEqualTo(s32);
        assertThat(b.s64("S64")).isEqualTo(s64);
    }

    @Property(tries = 300)
    void realsAndVectors(@ForAll float f, @ForAll double d, @ForAll float x, @ForAll float y, @ForAll float z,
                         @ForAll boolean zero) {
        Quaternion q = Quaternion.fromWire(0.5f, -0.25f, 0.125f);
        Message m = MessageBuilder.create(T, "AllTypes")
                .block("Reals").set("F32", f).set("F64", d)
                .block("Vectors").set("V3", new Vector3(x, y, z)).set("V3d", new Vector3d(d, -d, f))
                .set("V4", new Vector4(x, y, z, f)).set("Q", q).build();
        Message back = roundTrip(m, zero, 7);
        assertThat(Float.floatToRawIntBits(back.block("Reals").f32("F32"))).isEqualTo(Float.floatToRawIntBits(f));
        assertThat(Double.doubleToRawLongBits(back.block("Reals").f64("F64"))).isEqualTo(Double.doubleToRawLongBits(d));
        Block v = back.block("Vectors");
        assertThat(v.vector3("V3")).isEqualTo(new Vector3(x, y, z));
        assertThat(v.vector3d("V3d")).isEqualTo(new Vector3d(d, -d, f));
        assertThat(v.vector4("V4")).isEqualTo(new Vector4(x, y, z, f));
        assertThat(v.quaternion("Q")).isEqualTo(q);
    }

    @Property(tries = 300)
    void misc(@ForAll("uuids") UUID id, @ForAll boolean flag, @ForAll @Size(4) byte[] ip,
              @ForAll @IntRange(max = 65535) int port, @ForAll @Size(5) byte[] hash, @ForAll boolean zero) throws Exception {
        Message m = MessageBuilder.create(T, "AllTypes").block("Misc").set("Id", id).set("Flag", flag)
                .set("Ip", InetAddress.getByAddress(ip)).set("Port", port).set("Hash", hash).build();
        Message back = roundTrip(m, zero, 1);
        Block b = back.block("Misc");
        assertThat(b.uuid("Id")).isEqualTo(id);
        assertThat(b.bool("Flag")).isEqualTo(flag);
        assertThat(b.ipAddr("Ip").getAddress()).isEqualTo(ip);
        assertThat(b.ipPort("Port")).isEqualTo(port);
        assertThat(b.bytes("Hash")).isEqualTo(hash);
    }

    @Property(tries = 300)
    void variableBlocksAndFields(@ForAll @Size(max = 6) List<@Size(max = 254) byte[]> shorts,
                                 @ForAll @Size(max = 1000) byte[] longText, @ForAll boolean zero) {
        MessageBuilder b = MessageBuilder.create(T, "AllTypes");
        for (byte[] s : shorts) {
            b.block("Texts").set("Short", s).set("Long", longText);
        }
        Message back = roundTrip(b.build(), zero, 3);
        assertThat(back.blockCount("Texts")).isEqualTo(shorts.size());
        for (int i = 0; i < shorts.size(); i++) {
            assertThat(back.block("Texts", i).bytes("Short")).isEqualTo(shorts.get(i));
            assertThat(back.block("Texts", i).bytes("Long")).isEqualTo(longText);
        }
        assertThat(back.blockCount("Quad")).isEqualTo(2);
    }

    @Property(tries = 300)
    void stringsCarryTheirNulTerminator(@ForAll("texts") String text) {
        Message m = MessageBuilder.create(T, "AllTypes").block("Texts").set("Short", text).build();
        Block b = roundTrip(m, false, 0).block("Texts");
        assertThat(b.string("Short")).isEqualTo(text);
        if (!text.isEmpty()) {
            assertThat(b.bytes("Short")).endsWith(0);
        }
    }

    /** Any text without NUL or unpaired surrogates (which UTF-8 cannot carry), short enough for a Variable 1 field. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0001', '\ud7ff').withCharRange('\ue000', '\uffff').ofMaxLength(60);
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    }
}
