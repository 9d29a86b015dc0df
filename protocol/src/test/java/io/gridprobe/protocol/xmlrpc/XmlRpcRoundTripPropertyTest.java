package io.gridprobe.protocol.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdArbitraries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any XML-RPC value survives encode → decode, as a call parameter and as a response. */
class XmlRpcRoundTripPropertyTest {
    @Provide
    Arbitrary<Object> values() {
        Arbitrary<String> strings = LlsdArbitraries.xmlSafeStrings();
        Arbitrary<Object> scalar = Arbitraries.<Object>oneOf(
                strings.map(o -> o),
                Arbitraries.integers().map(o -> o),
                Arbitraries.longs().map(o -> o),
                Arbitraries.of(true, false).map(o -> o),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite).map(o -> o),
                Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L).map(Instant::ofEpochSecond)
                        .map(o -> o),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(o -> o)).injectNull(0.05);
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(5).map(l -> (Object) new ArrayList<>(l)),
                Arbitraries.maps(strings, inner).ofMaxSize(5).map(m -> (Object) new LinkedHashMap<>(m))), 0, 4);
    }

    @Property
    void callsRoundTrip(@ForAll("values") Object a, @ForAll("values") Object b) {
        List<Object> params = Llsd.arrayOf(a, b);
        String xml = XmlRpc.encodeCall("login_to_simulator", params);
        XmlRpcCall call = XmlRpc.decodeCall(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(call.method()).isEqualTo("login_to_simulator");
        assertThat(Llsd.deepEquals(call.params(), params)).as(xml).isTrue();
    }

    @Property
    void responsesRoundTrip(@ForAll("values") Object value) {
        String xml = XmlRpc.encodeResponse(value);
        assertThat(Llsd.deepEquals(XmlRpc.decodeResponse(xml.getBytes(StandardCharsets.UTF_8)), value)).as(xml).isTrue();
    }
}
