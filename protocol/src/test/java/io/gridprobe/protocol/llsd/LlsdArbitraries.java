package io.gridprobe.protocol.llsd;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the LLSD value model, shared by the property tests. */
public final class LlsdArbitraries {
    private LlsdArbitraries() {
    }

    /**
     * Unicode text that XML 1.0 can carry: printable ASCII, the XML specials, tab/CR/LF, BMP letters, CJK,
     * private-use and supplementary characters (emoji) as proper surrogate pairs.
     */
    public static Arbitrary<String> xmlSafeStrings() {
        return text(false);
    }

    /** As {@link #xmlSafeStrings()} plus C0 control characters, which binary LLSD and notation can carry. */
    public static Arbitrary<String> anyStrings() {
        return text(true);
    }

    private static Arbitrary<String> text(boolean controls) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(0x20, 0x7e)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of((int) '<', (int) '>', (int) '&', (int) '"', (int) '\'',
                        (int) '\\', (int) '\t', (int) '\n', (int) '\r', (int) ' ')),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0xa0, 0xd7ff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xe000, 0xfffd)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10ffff)),
                net.jqwik.api.Tuple.of(controls ? 2 : 0, Arbitraries.integers().between(0, 0x1f)));
        return codePoint.list().ofMaxSize(24).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
    }

    /** Every double bit pattern (so NaN, infinities, -0.0 and subnormals), plus the special values often. */
    public static Arbitrary<Double> reals() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                        Double.MIN_VALUE, Double.MAX_VALUE, 1e15, -1e15 + 1, 0.1));
    }

    public static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    /** Millisecond instants from year 1 to 9999: the precision every LLSD format keeps. */
    public static Arbitrary<Instant> dates() {
        return Arbitraries.longs().between(-62_135_596_800_000L, 253_402_300_799_999L).map(Instant::ofEpochMilli);
    }

    public static Arbitrary<URI> uris() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789-._~")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> http = Combinators.combine(word, Arbitraries.integers().between(1, 65535), word, word)
                .as((h, p, path, q) -> "http://" + h + ":" + p + "/CAPS/" + path + "/?q=" + q + "&x=%20");
        return Arbitraries.oneOf(http, word.map(w -> "urn:" + w), word.map(w -> "relative/" + w), Arbitraries.just(""))
                .map(URI::create);
    }

    /** Any LLSD value whose strings are {@code strings}; nested up to four levels. */
    public static Arbitrary<Object> values(Arbitrary<String> strings) {
        Arbitrary<Object> scalar = Arbitraries.<Object>oneOf(
                Arbitraries.of(true, false).map(o -> o),
                Arbitraries.integers().map(o -> o),
                reals().map(o -> o),
                strings.map(o -> o),
                uuids().map(o -> o),
                dates().map(o -> o),
                uris().map(o -> o),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(o -> o)).injectNull(0.08);
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(5).map(l -> (Object) new ArrayList<>(l)),
                Arbitraries.maps(strings, inner).ofMaxSize(5).map(m -> (Object) new LinkedHashMap<>(m))), 0, 4);
    }
}
