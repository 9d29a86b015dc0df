package io.gridprobe.harness.junit;

import io.gridprobe.harness.accounts.LeaseTimeoutException;
import io.gridprobe.harness.config.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The accounts of one scenario class, leased when its first test resolves a parameter and given back when the
 * class's store closes. The store closes its resources in reverse order of insertion, and the class's agents (of a
 * {@code PER_CLASS} class) are stored after this lease, so they have logged out before the accounts go to another
 * class; agents of single tests are closed with their method's store, earlier still. A lease that fails is kept as
 * the failure, so that the class's other tests fail at once with it instead of waiting again.
 */
record ClassLease(GridTarget view, RuntimeException failure) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /** Long enough for any class to finish on a slow grid; a pinned account is held for one class at a time. */
    static final Duration WAIT = Duration.ofMinutes(10);

    static ClassLease open(GridTarget shared, ExtensionContext classContext) {
        Class<?> k = classContext.getRequiredTestClass();
        RoleRequirements roles = RoleRequirements.of(k);
        try {
            GridTarget view = shared.leaseFor(k.getSimpleName(), roles.roles(), shared.config().scaled(WAIT));
            view.lease().ifPresent(l -> classContext.publishReportEntry("gridprobe.lease", l.toString()));
            return new ClassLease(view, null);
        } catch (ConfigurationException | LeaseTimeoutException e) {
            return new ClassLease(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ClassLease(null, new LeaseTimeoutException(k.getSimpleName() + " was interrupted while waiting "
                    + "for its accounts"));
        }
    }

    GridTarget get() {
        if (failure != null) {
            throw failure;
        }
        return view;
    }

    @Override
    public void close() {
        if (view != null) {
            view.close();
        }
    }
}
