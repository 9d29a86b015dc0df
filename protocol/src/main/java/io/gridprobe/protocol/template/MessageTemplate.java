package io.gridprobe.protocol.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of message definitions, looked up by name or by wire id. gridprobe ships its own definitions
 * ({@link #bundled()}); a user can load another template file instead, since real grids drift.
 */
public final class MessageTemplate {
    /** Class-path location of gridprobe's own definitions. */
    public static final String BUNDLED_RESOURCE = "/io/gridprobe/protocol/template/gridprobe_messages.msg";

    private static volatile MessageTemplate bundled;

    private final String source;
    private final String version;
    private final Map<String, MessageDef> byName;
    private final Map<Integer, MessageDef> byWireId;
    /** Dense lookup for High messages, the hottest path (AgentUpdate, terse updates, acks of pings). */
    private final MessageDef[] high = new MessageDef[256];

    MessageTemplate(String source, String version, List<MessageDef> messages) {
        this.source = source;
        this.version = version;
        Map<String, MessageDef> names = new LinkedHashMap<>();
        Map<Integer, MessageDef> ids = new HashMap<>();
        for (MessageDef m : messages) {
            if (names.putIfAbsent(m.name(), m) != null) {
                throw new TemplateException(source + ": message " + m.name() + " is defined twice");
            }
            MessageDef clash = ids.putIfAbsent(m.wireId(), m);
            if (clash != null) {
                throw new TemplateException(source + ": messages " + clash.name() + " and " + m.name()
                        + " share the number " + m.frequency().templateName() + " " + Integer.toUnsignedString(m.number()));
            }
            if (m.frequency() == Frequency.HIGH) {
                high[m.number()] = m;
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byWireId = ids;
    }

    /** gridprobe's own definitions, parsed once. */
    public static MessageTemplate bundled() {
        MessageTemplate t = bundled;
        if (t == null) {
            synchronized (MessageTemplate.class) {
                t = bundled;
                if (t == null) {
                    try (InputStream in = MessageTemplate.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                        if (in == null) {
                            throw new TemplateException("gridprobe's message definitions are missing from the class path: "
                                    + BUNDLED_RESOURCE);
                        }
                        t = parse("gridprobe_messages.msg", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new TemplateException("cannot read " + BUNDLED_RESOURCE, e);
                    }
                    bundled = t;
                }
            }
        }
        return t;
    }

    public static MessageTemplate parse(String source, String text) {
        return TemplateParser.parse(source, text);
    }

    public static MessageTemplate load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TemplateException("cannot read template file " + file + ": " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
    }

    /** The {@code version} line, or null when the file has none. */
    public String version() {
        return version;
    }

    public Optional<MessageDef> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The definition of the named message; a typed error when the template lacks it. */
    public MessageDef get(String name) {
        MessageDef m = byName.get(name);
        if (m == null) {
            throw new TemplateException("message " + name + " is not defined in " + source);
        }
        return m;
    }

    /** The message with this wire id (see {@link MessageDef#wireId()}), or null. */
    public MessageDef byWireId(int wireId) {
        if (wireId > 0 && wireId < 256) {
            return high[wireId];
        }
        return byWireId.get(wireId);
    }

    public Map<String, MessageDef> messages() {
        return byName;
    }

    public int size() {
        return byName.size();
    }
}
