package io.gridprobe.harness.objects;

import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import java.net.InetSocketAddress;
import java.nio.BufferUnderflowException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the object messages an agent receives into its per-region {@link ObjectTable}s. Messages that carry no
 * region handle (KillObject) are placed by the simulator they came from, learned from the ones that do; properties
 * find their object by UUID in whichever table has it. One unreadable object is skipped, never the message.
 */
final class ObjectFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectFeed.class);
    /** The message names this feed reads. */
    static final Set<String> MESSAGES = Set.of("ObjectUpdate", "ObjectUpdateCompressed", "ObjectUpdateCached",
            "ImprovedTerseObjectUpdate", "KillObject", "ObjectProperties", "ObjectPropertiesFamily",
            "UpdateCreateInventoryItem");

    /** An object item the grid filed for the agent (UpdateCreateInventoryItem). */
    record ItemCreated(InventoryObject item) {
    }

    private final UUID self;
    private final boolean otherAvatars;
    private final LongFunction<String> regionNames;
    private final Consumer<Object> signals;
    private final Map<Long, ObjectTable> tables = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, Long> handleBySim = new ConcurrentHashMap<>();

    /**
     * @param signals receives every table change ({@link ObjectChange}), {@link ObjectPropertiesReceived} and
     *                {@link ItemCreated}, in arrival order
     */
    ObjectFeed(UUID self, LongFunction<String> regionNames, Consumer<Object> signals) {
        this(self, regionNames, signals, true);
    }

    /** @param otherAvatars whether to keep other people's avatars (see {@code AgentFootprint}) */
    ObjectFeed(UUID self, LongFunction<String> regionNames, Consumer<Object> signals, boolean otherAvatars) {
        this.self = self;
        this.otherAvatars = otherAvatars;
        this.regionNames = regionNames;
        this.signals = signals;
    }

    ObjectTable table(long handle) {
        return tables.computeIfAbsent(handle, h -> new ObjectTable(h, () -> regionNames.apply(h), signals::accept));
    }

    /** Drops what was known of a region the agent left (a viewer forgets it too), without an event per object. */
    void forget(long handle) {
        tables.remove(handle);
    }

    Collection<ObjectTable> tables() {
        return tables.values();
    }

    /**
     * Reads one message from the simulator at {@code sim}. Returns the local ids an ObjectUpdateCached announced
     * that the table does not have as announced (unknown, or another CRC): a viewer with an empty cache asks for
     * those with RequestMultipleObjects.
     */
    List<Long> accept(Message m, InetSocketAddress sim) {
        switch (m.name()) {
            case "ObjectUpdate" -> full(m, sim);
            case "ObjectUpdateCompressed" -> compressed(m, sim);
            case "ObjectUpdateCached" -> {
                return cached(m, sim);
            }
            case "ImprovedTerseObjectUpdate" -> terse(m, sim);
            case "KillObject" -> kill(m, sim);
            case "ObjectProperties" -> m.blocks("ObjectData").forEach(b -> described(ObjectDecoding.fromProperties(b)));
            case "ObjectPropertiesFamily" -> described(ObjectDecoding.fromFamily(m.block("ObjectData")));
            case "UpdateCreateInventoryItem" -> m.blocks("InventoryData")
                    .forEach(b -> signals.accept(new ItemCreated(ObjectDecoding.fromItem(b))));
            default -> {
                // not an object message
            }
        }
        return List.of();
    }

    private long region(Message m, InetSocketAddress sim) {
        long handle = m.block("RegionData").u64("RegionHandle");
        handleBySim.put(sim, handle);
        return handle;
    }

    private void full(Message m, InetSocketAddress sim) {
        long handle = region(m, sim);
        ObjectTable t = table(handle);
        for (Block b : m.blocks("ObjectData")) {
            try {
                keep(t, owned(ObjectDecoding.fromFullUpdate(handle, b)));
            } catch (RuntimeException e) {
                LOG.debug("unreadable ObjectUpdate block from {}: {}", sim, e.toString());
            }
        }
    }

    private void compressed(Message m, InetSocketAddress sim) {
        long handle = region(m, sim);
        ObjectTable t = table(handle);
        for (Block b : m.blocks("ObjectData")) {
            try {
                keep(t, owned(ObjectDecoding.fromCompressed(handle, b.u32("UpdateFlags"), b.bytes("Data"))));
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
                LOG.debug("unreadable ObjectUpdateCompressed from {}: {}", sim, e.toString());
            }
        }
    }

    private void keep(ObjectTable t, WorldObject o) {
        if (otherAvatars || !o.isAvatar() || self.equals(o.id())) {
            t.put(o);
        }
    }

    private List<Long> cached(Message m, InetSocketAddress sim) {
        ObjectTable t = table(region(m, sim));
        List<Long> missing = new ArrayList<>();
        for (Block b : m.blocks("ObjectData")) {
            if (t.isStale((int) b.u32("ID"), b.u32("CRC"))) {
                missing.add(b.u32("ID"));
            }
        }
        return missing;
    }

    private void terse(Message m, InetSocketAddress sim) {
        ObjectTable t = table(region(m, sim));
        for (Block b : m.blocks("ObjectData")) {
            try {
                t.moved(ObjectDecoding.fromTerse(b.bytes("Data")));
            } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
                LOG.debug("unreadable terse update from {}: {}", sim, e.toString());
            }
        }
    }

    private void kill(Message m, InetSocketAddress sim) {
        Long handle = handleBySim.get(sim);
        if (handle == null) {
            return; // nothing was ever shown from there
        }
        ObjectTable t = table(handle);
        for (Block b : m.blocks("ObjectData")) {
            t.remove((int) b.u32("ID"));
        }
    }

    private void described(ObjectDetails d) {
        for (ObjectTable t : tables.values()) {
            if (t.describe(d)) {
                break;
            }
        }
        signals.accept(new ObjectPropertiesReceived(Instant.now(), d));
    }

    /** "You own it" in the flags tells the owner before any properties do. */
    private WorldObject owned(WorldObject o) {
        return o.isOwnedBySelf() && o.ownerId() == null ? o.withOwner(self) : o;
    }
}
