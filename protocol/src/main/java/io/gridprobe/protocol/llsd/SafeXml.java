package io.gridprobe.protocol.llsd;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Hardened StAX plumbing shared by the LLSD XML and XML-RPC codecs.
 *
 * <p>Grid replies are untrusted: a document with a DTD could make the parser read local files (XXE) or
 * expand entities exponentially (billion laughs). Neither LLSD nor XML-RPC ever needs a DTD, so any
 * DOCTYPE is refused outright, and external entity/DTD access is switched off as a second line of defence.
 */
public final class SafeXml {
    // XMLInputFactory is not documented as thread-safe; one per thread keeps it cheap and correct.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own implementation, whatever else is on the classpath, so the hardening below is known to apply.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    /**
     * Opens a reader over bytes; the encoding comes from the XML declaration or BOM (UTF-8 by default).
     * Leading whitespace is skipped: some servers emit a newline before {@code <?xml?>}, which XML forbids.
     */
    public static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        int start = 0;
        while (start < xml.length && (xml[start] == ' ' || xml[start] == '\t' || xml[start] == '\r'
                || xml[start] == '\n')) {
            start++;
        }
        return guard(FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml, start, xml.length - start)));
    }

    /** Opens a reader over already-decoded text (leading whitespace skipped, as for bytes). */
    public static XMLStreamReader open(String xml) throws XMLStreamException {
        return guard(FACTORY.get().createXMLStreamReader(new StringReader(xml.stripLeading())));
    }

    /** Closes without letting a close failure hide the exception that is already propagating. */
    public static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // in-memory sources hold nothing that needs releasing
        }
    }

    private static XMLStreamReader guard(XMLStreamReader reader) {
        return new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                return refuseDtd(super.next());
            }

            /** Re-implemented over {@link #next()} so that the DTD check also applies here. */
            @Override
            public int nextTag() throws XMLStreamException {
                int event = next();
                while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                        || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                        || ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                                && isWhiteSpace())) {
                    event = next();
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    throw new XMLStreamException("expected a start or end tag, found "
                            + (event == XMLStreamConstants.CHARACTERS ? "text" : "event " + event), getLocation());
                }
                return event;
            }
        };
    }

    private static int refuseDtd(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION
                || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("DOCTYPE/entity declarations are not allowed");
        }
        return event;
    }

    /**
     * Appends {@code text} escaped for element content. {@code \r} becomes {@code &#13;} because XML parsers
     * would otherwise normalise it to {@code \n}.
     *
     * @throws IllegalArgumentException for characters XML 1.0 cannot carry at all (most C0 controls,
     *                                  U+FFFE/U+FFFF, unpaired surrogates): emitting them would produce a
     *                                  document no peer can parse
     */
    public static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    } else {
                        throw new IllegalArgumentException(String.format(
                                "character U+%04X at index %d cannot be represented in XML 1.0", (int) c, i));
                    }
                }
            }
        }
    }

    /** XML 1.0 {@code Char} production for a single BMP unit (surrogates handled by the caller). */
    public static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
