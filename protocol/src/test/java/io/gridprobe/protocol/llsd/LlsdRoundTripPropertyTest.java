package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any value survives format → parse in all three serialisations. */
class LlsdRoundTripPropertyTest {
    @Provide
    Arbitrary<Object> xmlSafeValues() {
        return LlsdArbitraries.values(LlsdArbitraries.xmlSafeStrings());
    }

    @Provide
    Arbitrary<Object> anyValues() {
        return LlsdArbitraries.values(LlsdArbitraries.anyStrings());
    }

    @Property
    void xmlRoundTrips(@ForAll("xmlSafeValues") Object value) {
        String xml = LlsdXml.format(value);
        assertThat(Llsd.deepEquals(LlsdXml.parse(xml), value)).as(xml).isTrue();
        assertThat(Llsd.deepEquals(LlsdXml.parse(LlsdXml.formatBytes(value)), value)).as(xml).isTrue();
    }

    @Property
    void binaryRoundTrips(@ForAll("anyValues") Object value) {
        assertThat(Llsd.deepEquals(LlsdBinary.parse(LlsdBinary.format(value)), value)).isTrue();
        assertThat(Llsd.deepEquals(LlsdBinary.parse(LlsdBinary.formatWithHeader(value)), value)).isTrue();
    }

    @Property
    void notationRoundTrips(@ForAll("anyValues") Object value) {
        String text = LlsdNotation.format(value);
        assertThat(Llsd.deepEquals(LlsdNotation.parse(text), value)).as(text).isTrue();
    }

    @Property
    void formatsAgree(@ForAll("xmlSafeValues") Object value) {
        Object viaXml = LlsdXml.parse(LlsdXml.format(value));
        Object viaBinary = LlsdBinary.parse(LlsdBinary.format(viaXml));
        Object viaNotation = LlsdNotation.parse(LlsdNotation.format(viaBinary));
        assertThat(Llsd.deepEquals(viaNotation, value)).isTrue();
    }
}
