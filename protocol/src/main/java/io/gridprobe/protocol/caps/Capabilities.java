package io.gridprobe.protocol.caps;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The capabilities a region granted: name to URL. {@link #toString()} lists names only, since every URL is a bearer
 * token for the agent.
 */
public final class Capabilities {
    private final Map<String, URI> caps;
    private final List<String> requested;

    public Capabilities(Map<String, URI> caps, List<String> requested) {
        this.caps = Collections.unmodifiableMap(new LinkedHashMap<>(caps));
        this.requested = List.copyOf(requested);
    }

    public static Capabilities none() {
        return new Capabilities(Map.of(), List.of());
    }

    public Optional<URI> get(String name) {
        return Optional.ofNullable(caps.get(name));
    }

    public boolean has(String name) {
        return caps.containsKey(name);
    }

    /** The cap's URL, or a {@link MissingCapabilityException} that says whether it was asked for at all. */
    public URI require(String name) {
        URI uri = caps.get(name);
        if (uri == null) {
            throw new MissingCapabilityException(name, "capability " + name + " not granted: "
                    + (requested.contains(name) ? "the region granted " + caps.size() + " of the " + requested.size()
                    + " requested, not this one" : "it was not requested from the seed capability"));
        }
        return uri;
    }

    public Set<String> names() {
        return caps.keySet();
    }

    /** The names asked for from the seed capability. */
    public List<String> requested() {
        return requested;
    }

    public int size() {
        return caps.size();
    }

    /** The full map: handle with care, the values are secrets. */
    public Map<String, URI> asMap() {
        return caps;
    }

    @Override
    public String toString() {
        return "Capabilities[" + caps.size() + " of " + requested.size() + " requested: " + caps.keySet() + "]";
    }
}
