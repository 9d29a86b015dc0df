package io.gridprobe.harness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code Agent} parameter logged in as the account configured for a role, ready (in a region, event queue up)
 * before the test body runs, and logged out after it.
 * <pre>{@code void chatIsHeard(@Login("alice") Agent alice, @Login(value = "bob", region = "Alpha") Agent bob)}</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Login {
    /** The role, e.g. "alice": mapped to real credentials by configuration. */
    String value();

    /** Start region; empty means the first region of the grid when known, else the account's last location. */
    String region() default "";

    /** Start position in the region, in metres; used with {@link #region()}. */
    int x() default 128;

    int y() default 128;

    int z() default 25;
}
