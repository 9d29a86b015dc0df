/**
 * LLSD (Linden Lab Structured Data) in its three serialisations: {@link io.gridprobe.protocol.llsd.LlsdXml},
 * {@link io.gridprobe.protocol.llsd.LlsdBinary} and {@link io.gridprobe.protocol.llsd.LlsdNotation}.
 *
 * <h2>Value model</h2>
 * Values are plain Java objects, so callers need no wrapper types:
 * <table>
 * <caption>LLSD type to Java class</caption>
 * <tr><th>LLSD</th><th>Java</th></tr>
 * <tr><td>undef</td><td>{@code null}</td></tr>
 * <tr><td>boolean</td><td>{@link java.lang.Boolean}</td></tr>
 * <tr><td>integer</td><td>{@link java.lang.Integer}</td></tr>
 * <tr><td>real</td><td>{@link java.lang.Double}</td></tr>
 * <tr><td>string</td><td>{@link java.lang.String}</td></tr>
 * <tr><td>uuid</td><td>{@link java.util.UUID}</td></tr>
 * <tr><td>date</td><td>{@link java.time.Instant}</td></tr>
 * <tr><td>uri</td><td>{@link java.net.URI}</td></tr>
 * <tr><td>binary</td><td>{@code byte[]}</td></tr>
 * <tr><td>map</td><td>{@code Map<String,Object>} (parsers return a {@link java.util.LinkedHashMap}: wire order kept)</td></tr>
 * <tr><td>array</td><td>{@code List<Object>}</td></tr>
 * </table>
 * Formatters accept exactly these classes (any {@code Map}/{@code List} implementation) and reject
 * anything else with {@link java.lang.IllegalArgumentException} rather than guess a wire type.
 * {@link io.gridprobe.protocol.llsd.Llsd} compares values structurally and offers typed accessors.
 *
 * <h2>Untrusted input</h2>
 * All parsers enforce {@link io.gridprobe.protocol.llsd.ParseLimits} (input size, nesting depth), never
 * allocate from an unchecked length, refuse DTDs in XML, and report every problem as
 * {@link io.gridprobe.protocol.llsd.LlsdParseException}.
 */
package io.gridprobe.protocol.llsd;
