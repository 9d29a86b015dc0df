package io.gridprobe.harness.accounts;

import io.gridprobe.harness.config.Credentials;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Accounts one holder (a scenario class) uses exclusively until it closes the lease, by the role each plays. Pool
 * accounts carry the role they were leased for, so agents and reports say "alice" whatever pool account she is.
 */
public final class Lease implements AutoCloseable {
    private final String holder;
    private final Map<String, Credentials> byRole;
    private final int lane;
    private final Consumer<Lease> release;
    private final AtomicBoolean closed = new AtomicBoolean();

    Lease(String holder, Map<String, Credentials> byRole, int lane, Consumer<Lease> release) {
        this.holder = holder;
        this.lane = lane;
        this.byRole = Map.copyOf(byRole);
        this.release = release;
    }

    public String holder() {
        return holder;
    }

    public Optional<Credentials> credentials(String role) {
        return Optional.ofNullable(byRole.get(role.toLowerCase(java.util.Locale.ROOT)));
    }

    public Map<String, Credentials> accounts() {
        return byRole;
    }

    /** Which lane the holder has (0 when it runs alone, as in a serial run). */
    public int lane() {
        return lane;
    }

    /**
     * How far north (positive) or south of where its scenarios ask the holder places its avatars: 0, +40, -40,
     * +80, -80 m for lanes 0..4, so that classes running at once stand 40 m apart and do not push each other.
     */
    public int laneOffsetY() {
        return ((lane + 1) / 2) * 40 * (lane % 2 == 1 ? 1 : -1);
    }

    /** Gives the accounts back (once; later calls do nothing). Their agents must have logged out by now. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.accept(this);
        }
    }

    /** "ChatTest: alice=Load Bot0, bob=Load Bot1" (names only). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(holder).append(':');
        new TreeMap<>(byRole).forEach((role, c) -> sb.append(' ').append(role).append('=').append(c.fullName()).append(','));
        return (byRole.isEmpty() ? holder + ": no accounts" : sb.substring(0, sb.length() - 1)) + " (lane " + lane + ")";
    }
}
