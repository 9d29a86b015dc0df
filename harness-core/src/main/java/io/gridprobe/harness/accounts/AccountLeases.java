package io.gridprobe.harness.accounts;

import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands accounts to scenario classes so that no account is ever used by two of them at once: a grid lets an account
 * be logged in once, and a second login kicks the first. A class asks for all the roles it needs in one
 * {@link #lease}; it gets them all or waits (bounded) until it can: nobody holds some accounts while waiting for
 * others, so leases cannot deadlock. Roles that need one particular identity ({@code owner}, the estate owner; every
 * role when there is no pool) are pinned to their named account, which is then exclusive too: a second class that
 * needs it waits for the first. Every other role gets a free pool account, the first ones in pool order.
 * <p>
 * Waiting classes are served in arrival order: what an earlier waiter needs is kept for it, so a class needing
 * three accounts is not starved by a stream of classes needing two.
 * <p>
 * Each lease also gets a lane: a strip of the regions of its own (see {@link Lease#laneOffsetY()}), because classes
 * running at once share the regions, and avatars placed on the same spot push each other away from where their
 * scenarios put them. There are {@link #LANES} lanes, so at most that many classes run at once.
 */
public final class AccountLeases {
    /** Roles that always use their named account, pool or not: the owner of the land the others stand on. */
    public static final Set<String> PINNED_ROLES = Set.of("owner");
    /** Lanes 40 m apart (beyond the 20 m of a said line) fit five times in a 256 m region around its middle. */
    public static final int LANES = 5;

    private final Map<String, Credentials> named;
    private final AccountPool pool;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Account key (see {@link AccountPool#key}) → the holder using it. */
    private final Map<String, String> held = new HashMap<>();
    private final List<Request> waiting = new ArrayList<>();
    private final boolean[] laneHeld;

    /**
     * @param named accounts by role ({@code accounts:} of the configuration, or those of a grid started for the run)
     * @param pool  interchangeable accounts for the roles that are not pinned; empty: every role is pinned
     */
    public AccountLeases(Map<String, Credentials> named, AccountPool pool) {
        this(named, pool, LANES);
    }

    /** @param lanes how many classes may run at once whatever the accounts (at least 1) */
    public AccountLeases(Map<String, Credentials> named, AccountPool pool, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane");
        }
        this.laneHeld = new boolean[lanes];
        Map<String, Credentials> byRole = new LinkedHashMap<>();
        named.forEach((role, c) -> byRole.put(role.toLowerCase(Locale.ROOT), c));
        this.named = Map.copyOf(byRole);
        this.pool = pool;
    }

    /** Whether this role is played by a pool account (there is a pool and the role is not pinned). */
    public boolean pooled(String role) {
        return !pool.isEmpty() && !PINNED_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Whether the role can be leased at all: from the pool, or by its named account. */
    public boolean provides(String role) {
        return pooled(role) || named.containsKey(role.toLowerCase(Locale.ROOT));
    }

    public AccountPool pool() {
        return pool;
    }

    /**
     * Leases accounts for all of {@code roles} that can be provided, waiting at most {@code timeout} for accounts
     * other holders use. Roles nobody configured are left out (asking for one then says what to configure).
     *
     * @param holder who uses them, for messages ("ChatTest")
     * @throws ConfigurationException the pool is smaller than the roles asked of it (waiting would not help)
     * @throws LeaseTimeoutException  the accounts did not come free in time; says what was waited for
     */
    public Lease lease(String holder, Collection<String> roles, Duration timeout) throws InterruptedException {
        Request r = request(holder, roles);
        lock.lock();
        try {
            waiting.add(r);
            grant();
            long left = timeout.toNanos();
            while (r.granted == null) {
                if (left <= 0) {
                    String why = describeWait(r);
                    waiting.remove(r);
                    grant(); // what it kept for itself goes to the next in line
                    throw new LeaseTimeoutException(holder + " did not get its accounts within "
                            + (timeout.toMillis() < 10_000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s")
                            + ": " + why);
                }
                try {
                    left = changed.awaitNanos(left);
                } catch (InterruptedException e) {
                    if (r.granted != null) {
                        release(r.granted.values(), r.lane);
                    }
                    waiting.remove(r);
                    grant();
                    throw e;
                }
            }
            return new Lease(holder, r.granted, r.lane, l -> release(l.accounts().values(), l.lane()));
        } finally {
            lock.unlock();
        }
    }

    private Request request(String holder, Collection<String> roles) {
        Map<String, Credentials> pinned = new LinkedHashMap<>();
        List<String> pooledRoles = new ArrayList<>();
        for (String role : new TreeSet<>(roles.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList())) {
            if (pooled(role)) {
                pooledRoles.add(role);
            } else if (named.containsKey(role)) {
                pinned.put(role, named.get(role));
            }
        }
        Set<String> keys = new HashSet<>();
        for (Credentials c : pinned.values()) {
            if (!keys.add(AccountPool.key(c))) {
                throw new ConfigurationException(holder + " needs roles " + pinned.keySet() + " but two of them are the "
                        + "same account, " + c.fullName() + ": each role needs an account of its own");
            }
        }
        long usable = pool.accounts().stream().filter(c -> !keys.contains(AccountPool.key(c))).count();
        if (pooledRoles.size() > usable) {
            throw new ConfigurationException(holder + " needs " + pooledRoles.size() + " pool accounts (" + pooledRoles
                    + ") but the " + pool + " has only " + usable + " for it; configure a larger pool");
        }
        return new Request(holder, pinned, pooledRoles);
    }

    /**
     * Serves the waiters in arrival order. One that cannot be served yet keeps what is free of what it needs, so that
     * later ones cannot take it: it will be served as soon as the rest comes free. Called with the lock held.
     */
    private void grant() {
        Set<String> kept = new HashSet<>();
        int keptLanes = 0;
        boolean any = false;
        for (Iterator<Request> it = waiting.iterator(); it.hasNext(); ) {
            Request r = it.next();
            Set<String> mine = new HashSet<>();
            boolean pinnedFree = true;
            for (Credentials c : r.pinned.values()) {
                String k = AccountPool.key(c);
                mine.add(k);
                pinnedFree &= !held.containsKey(k) && !kept.contains(k);
            }
            List<Credentials> picks = new ArrayList<>();
            for (Credentials c : pool.accounts()) {
                String k = AccountPool.key(c);
                if (picks.size() < r.pooledRoles.size() && !held.containsKey(k) && !kept.contains(k) && !mine.contains(k)) {
                    picks.add(c);
                }
            }
            int lane = freeLane(keptLanes);
            if (pinnedFree && picks.size() == r.pooledRoles.size() && lane >= 0) {
                Map<String, Credentials> got = new LinkedHashMap<>(r.pinned);
                for (int i = 0; i < picks.size(); i++) {
                    Credentials c = picks.get(i);
                    String role = r.pooledRoles.get(i);
                    got.put(role, new Credentials(role, c.firstName(), c.lastName(), c.password()));
                }
                got.values().forEach(c -> held.put(AccountPool.key(c), r.holder));
                laneHeld[lane] = true;
                r.lane = lane;
                r.granted = Map.copyOf(got);
                it.remove();
                any = true;
            } else {
                kept.addAll(mine);
                picks.forEach(c -> kept.add(AccountPool.key(c)));
                keptLanes += lane >= 0 ? 1 : 0;
            }
        }
        if (any) {
            changed.signalAll();
        }
    }

    /** The lowest free lane once {@code kept} free ones are left to earlier waiters; -1 when none is left. */
    private int freeLane(int kept) {
        int skip = kept;
        for (int i = 0; i < laneHeld.length; i++) {
            if (!laneHeld[i] && skip-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private void release(Collection<Credentials> accounts, int lane) {
        lock.lock();
        try {
            accounts.forEach(c -> held.remove(AccountPool.key(c)));
            if (lane >= 0) {
                laneHeld[lane] = false;
            }
            grant();
        } finally {
            lock.unlock();
        }
    }

    /** What a waiter waited for, by name and holder; never a password. Called with the lock held. */
    private String describeWait(Request r) {
        List<String> parts = new ArrayList<>();
        r.pinned.forEach((role, c) -> {
            String by = held.get(AccountPool.key(c));
            parts.add(role + " (" + c.fullName() + (by == null ? ", free" : ", held by " + by) + ")");
        });
        if (!r.pooledRoles.isEmpty()) {
            long free = pool.accounts().stream().filter(c -> !held.containsKey(AccountPool.key(c))).count();
            parts.add(r.pooledRoles.size() + " pool accounts for " + r.pooledRoles + " (" + free + " of the "
                    + pool.size() + " free; held by " + new TreeSet<>(held.values()) + ")");
        }
        if (freeLane(0) < 0) {
            parts.add("a lane (all " + laneHeld.length + " in use: at most " + laneHeld.length + " classes at once)");
        }
        List<String> before = waiting.subList(0, Math.max(0, waiting.indexOf(r))).stream().map(w -> w.holder).toList();
        return "it waited for " + String.join(" and ", parts)
                + (before.isEmpty() ? "" : "; waiting before it (served first): " + before);
    }

    /** Accounts currently leased, by holder, for tests and diagnostics. */
    public Map<String, String> heldAccounts() {
        lock.lock();
        try {
            return Map.copyOf(held);
        } finally {
            lock.unlock();
        }
    }

    /** Holders waiting for accounts, in arrival order. */
    public List<String> waitingHolders() {
        lock.lock();
        try {
            return waiting.stream().map(w -> w.holder).toList();
        } finally {
            lock.unlock();
        }
    }

    private static final class Request {
        final String holder;
        final Map<String, Credentials> pinned;
        final List<String> pooledRoles;
        Map<String, Credentials> granted;
        int lane = -1;

        Request(String holder, Map<String, Credentials> pinned, List<String> pooledRoles) {
            this.holder = holder;
            this.pinned = pinned;
            this.pooledRoles = pooledRoles;
        }
    }
}
