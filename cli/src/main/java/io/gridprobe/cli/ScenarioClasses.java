package io.gridprobe.cli;

import io.gridprobe.harness.accounts.AccountLeases;
import io.gridprobe.harness.config.Shard;
import io.gridprobe.harness.junit.RoleRequirements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The scenario classes a run's plan holds, as leases and shards see them: a class leases accounts for all the roles
 * it declares, for as long as it runs, so the pool size divided by what one class needs bounds how many run at once.
 */
final class ScenarioClasses {
    private final List<Class<?>> classes;

    private ScenarioClasses(List<Class<?>> classes) {
        this.classes = classes;
    }

    /** The top-level scenario classes of the plan, by name: the order every shard agrees on. */
    static ScenarioClasses of(TestPlan plan) {
        TreeMap<String, Class<?>> byName = new TreeMap<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getChildren(root)) {
                id.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                        .ifPresent(s -> byName.put(s.getClassName(), s.getJavaClass()));
            }
        }
        return new ScenarioClasses(List.copyOf(byName.values()));
    }

    List<Class<?>> all() {
        return classes;
    }

    /** Every n-th class, starting at the shard's index: shards together run each class once. */
    List<Class<?>> forShard(Shard shard) {
        List<Class<?>> mine = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            if (shard.takes(i)) {
                mine.add(classes.get(i));
            }
        }
        return mine;
    }

    /** How many pool accounts one class takes at most (the roles it declares that are not pinned). */
    int mostPoolAccountsPerClass() {
        return classes.stream().mapToInt(ScenarioClasses::poolAccounts).max().orElse(0);
    }

    static int poolAccounts(Class<?> k) {
        return (int) RoleRequirements.of(k).roles().stream().filter(r -> !AccountLeases.PINNED_ROLES.contains(r)).count();
    }

    /** The first class that needs more pool accounts than {@code poolSize}, said with what it needs; or null. */
    String tooBigFor(int poolSize) {
        return classes.stream().filter(k -> poolAccounts(k) > poolSize)
                .max(Comparator.comparingInt(ScenarioClasses::poolAccounts))
                .map(k -> k.getSimpleName() + " needs " + poolAccounts(k) + " pool accounts ("
                        + RoleRequirements.of(k).roles().stream().filter(r -> !AccountLeases.PINNED_ROLES.contains(r)).toList()
                        + ") but the pool has " + poolSize)
                .orElse(null);
    }

    /**
     * What to tell the operator when the accounts, not {@code --parallel}, limit how many classes run at once; null
     * when they do not.
     */
    String concurrencyNotice(int poolSize, int parallel) {
        if (parallel <= 1) {
            return null;
        }
        if (poolSize == 0) {
            return "no account pool: scenario classes that need the same role run one after another; add a pool to "
                    + "the accounts file (see README) to run them at once";
        }
        int each = mostPoolAccountsPerClass();
        int byPool = each == 0 ? Integer.MAX_VALUE : poolSize / each;
        if (Math.min(byPool, AccountLeases.LANES) >= parallel) {
            return null;
        }
        if (byPool > AccountLeases.LANES) {
            return "at most " + AccountLeases.LANES + " scenario classes at once: each stands in a lane of the regions "
                    + "of its own, 40 m from the next, and the regions have " + AccountLeases.LANES;
        }
        return "pool of " + poolSize + " account" + (poolSize == 1 ? "" : "s") + ": at most " + byPool
                + " scenario class" + (byPool == 1 ? "" : "es") + " at once (they need up to " + each
                + " pool accounts each)";
    }
}
