package io.gridprobe.load.target;

import io.gridprobe.harness.config.Credentials;
import java.net.URI;
import java.util.List;

/**
 * The grid a load run talks to, and nothing else: its login URI, the accounts the run may use, its regions. Closing
 * it stops a grid the run started itself (embedded); a grid given by URI is left alone.
 */
public interface LoadTarget extends AutoCloseable {
    URI loginUri();

    /** The accounts in pool order; a run takes the first {@code --agents} of them (then its shard's slice). */
    List<Credentials> accounts();

    /** Regions to start in and travel between; empty when the grid did not say (logins go to "last"). */
    List<String> regions();

    /** What to call it in a report: the login URI, never a password. */
    default String describe() {
        return loginUri().toString();
    }

    @Override
    void close();
}
