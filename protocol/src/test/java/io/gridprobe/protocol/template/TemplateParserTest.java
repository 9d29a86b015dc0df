package io.gridprobe.protocol.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateParserTest {

    @Test
    void readsEveryConstructOfTheFormat() {
        MessageTemplate t = MessageTemplate.parse("inline", """
                version 2.0
                // a comment { with braces }
                {
                    Ping High 1 NotTrusted Unencoded
                    { PingID Single { PingID U8 } { Oldest U32 } }
                }
                {   Ack Fixed 0xFFFFFFFB NotTrusted Unencoded
                    {
                        Packets Variable
                        { ID U32 }
                    }
                }
                { Close Fixed 0xFFFFFFFD NotTrusted Unencoded }
                {
                    Big Low 430 Trusted Zerocoded UDPDeprecated
                    { Neighbours Multiple 4 { Name Variable 1 } { Data Variable 2 } { Hash Fixed 16 } }
                }
                { Mid Medium 5 NotTrusted Unencoded Deprecated }
                """);
        assertThat(t.version()).isEqualTo("2.0");
        assertThat(t.size()).isEqualTo(5);
        MessageDef big = t.get("Big");
        assertThat(big.frequency()).isEqualTo(Frequency.LOW);
        assertThat(big.trusted()).isTrue();
        assertThat(big.zerocoded()).isTrue();
        assertThat(big.flags()).containsExactly("UDPDeprecated");
        assertThat(big.wireId()).isEqualTo(0xFFFF01AE);
        BlockDef n = big.blocks().get(0);
        assertThat(n.cardinality()).isEqualTo(BlockDef.Cardinality.MULTIPLE);
        assertThat(n.count()).isEqualTo(4);
        assertThat(n.fields()).containsExactly(new FieldDef("Name", FieldType.Variable, 1),
                new FieldDef("Data", FieldType.Variable, 2), new FieldDef("Hash", FieldType.Fixed, 16));
        assertThat(t.get("Ack").wireId()).isEqualTo(0xFFFFFFFB);
        assertThat(t.get("Close").blocks()).isEmpty();
        assertThat(t.get("Mid").wireId()).isEqualTo(0xFF05);
        assertThat(t.byWireId(1)).isSameAs(t.get("Ping"));
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> MessageTemplate.parse("bad.msg", "version 2.0\n{\n Foo High 1 NotTrusted Unencoded\n { B Single { F U33 } }\n}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("bad.msg:4")
                .hasMessageContaining("U33");
        assertThatThrownBy(() -> MessageTemplate.parse("bad.msg", "{ Foo High 300 NotTrusted Unencoded }"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> MessageTemplate.parse("bad.msg", "{ Foo High 1 NotTrusted Unencoded } { Bar High 1 NotTrusted Unencoded }"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("share the number");
        assertThatThrownBy(() -> MessageTemplate.parse("bad.msg", "{ Foo High 1 NotTrusted"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("end of file");
    }
}
