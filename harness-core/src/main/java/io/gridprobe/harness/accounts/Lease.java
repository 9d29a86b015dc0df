package io.gridprobe.harness.accounts;

import io.gridprobe.harness.config.Credentials;
import java.util.Collection;
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
    private final Consumer<Collection<Credentials>> release;
    private final AtomicBoolean closed = new AtomicBoolean();

    Lease(String holder, Map<String, Credentials> byRole, Consumer<Collection<Credentials>> release) {
        this.holder = holder;
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

    /** Gives the accounts back (once; later calls do nothing). Their agents must have logged out by now. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.accept(byRole.values());
        }
    }

    /** "ChatTest: alice=Load Bot0, bob=Load Bot1" (names only). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(holder).append(':');
        new TreeMap<>(byRole).forEach((role, c) -> sb.append(' ').append(role).append('=').append(c.fullName()).append(','));
        return byRole.isEmpty() ? holder + ": no accounts" : sb.substring(0, sb.length() - 1);
    }
}
