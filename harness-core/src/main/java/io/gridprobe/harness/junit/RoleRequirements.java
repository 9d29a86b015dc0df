package io.gridprobe.harness.junit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The account roles scenarios need: their {@link Login} parameters and their {@link Roles}. A run checks them against
 * the configured accounts before it logs anybody in, so that a missing role is one clear configuration error rather
 * than a failure in the middle of the run.
 */
public final class RoleRequirements {
    /** Every role the suites use, in the order the README lists them. */
    public static final java.util.List<String> KNOWN = java.util.List.of("alice", "bob", "carol", "owner");

    private final Map<String, Set<String>> usedBy = new TreeMap<>();

    /** Adds the roles of one scenario method (its parameters, the method's and its class's {@link Roles}). */
    public RoleRequirements add(Method scenario) {
        String name = scenario.getDeclaringClass().getSimpleName() + "." + scenario.getName();
        for (Parameter p : scenario.getParameters()) {
            Login login = p.getAnnotation(Login.class);
            if (login != null) {
                need(login.value(), name);
            }
        }
        for (Roles r : new Roles[] {scenario.getAnnotation(Roles.class),
                scenario.getDeclaringClass().getAnnotation(Roles.class)}) {
            if (r != null) {
                for (String role : r.value()) {
                    need(role, name);
                }
            }
        }
        return this;
    }

    /**
     * The roles a whole class may use: every method's (test or not: over-asking is safe, a role missing from a
     * class's lease is not) and the class's own {@link Roles}, through its superclasses.
     */
    public static RoleRequirements of(Class<?> scenarioClass) {
        RoleRequirements r = new RoleRequirements();
        for (Method m : org.junit.platform.commons.support.ReflectionSupport.findMethods(scenarioClass, x -> true,
                org.junit.platform.commons.support.HierarchyTraversalMode.TOP_DOWN)) {
            r.add(m);
        }
        for (Class<?> k = scenarioClass; k != null; k = k.getSuperclass()) {
            Roles own = k.getAnnotation(Roles.class);
            if (own != null) {
                for (String role : own.value()) {
                    r.need(role, scenarioClass.getSimpleName());
                }
            }
        }
        for (Class<?> nested : scenarioClass.getDeclaredClasses()) {
            // @Nested classes run inside this one, on its lease
            of(nested).usedBy.forEach((role, by) -> by.forEach(who -> r.need(role, who)));
        }
        return r;
    }

    private void need(String role, String scenario) {
        usedBy.computeIfAbsent(role.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(scenario);
    }

    public Set<String> roles() {
        return usedBy.keySet();
    }

    /** The roles needed but not among {@code configured}, each with the scenarios that need it. */
    public Map<String, Set<String>> missingFrom(Collection<String> configured) {
        Set<String> have = new TreeSet<>();
        configured.forEach(c -> have.add(c.toLowerCase(Locale.ROOT)));
        Map<String, Set<String>> missing = new TreeMap<>();
        usedBy.forEach((role, scenarios) -> {
            if (!have.contains(role)) {
                missing.put(role, scenarios);
            }
        });
        return missing;
    }

    /** "carol (ChatTest.x, ...), owner (ParcelsTest.y)": what to configure, and who needs it. */
    public static String describe(Map<String, Set<String>> missing) {
        StringBuilder sb = new StringBuilder();
        missing.forEach((role, scenarios) -> {
            sb.append(sb.length() == 0 ? "" : ", ").append(role).append(" (");
            sb.append(String.join(", ", scenarios.stream().limit(3).toList()));
            if (scenarios.size() > 3) {
                sb.append(" and ").append(scenarios.size() - 3).append(" more");
            }
            sb.append(')');
        });
        return sb.toString();
    }
}
