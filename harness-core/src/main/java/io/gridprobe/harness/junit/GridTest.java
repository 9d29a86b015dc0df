package io.gridprobe.harness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against a grid: parameters annotated with {@link Login} receive logged-in agents,
 * and a {@link GridTarget} parameter gives the grid itself. The grid is the configured one (see
 * {@code HarnessConfig}) or the embedded grid, started once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(GridExtension.class)
public @interface GridTest {
    /** Whether agents are logged in for each test method (default) or once for the whole class. */
    Lifetime agents() default Lifetime.PER_TEST;

    enum Lifetime { PER_TEST, PER_CLASS }
}
