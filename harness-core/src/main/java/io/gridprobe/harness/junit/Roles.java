package io.gridprobe.harness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles a scenario logs in by hand through {@link GridTarget} (a second session, a login in another region), besides
 * its {@link Login} parameters. Declared so that a run can say which roles it lacks before any login
 * ({@link RoleRequirements}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Roles {
    String[] value();
}
