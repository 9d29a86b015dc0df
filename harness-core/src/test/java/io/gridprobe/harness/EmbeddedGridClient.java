package io.gridprobe.harness;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.util.List;
import java.util.Map;

/** What the harness's own tests need to log seeded accounts in to an embedded grid. */
public final class EmbeddedGridClient {
    private EmbeddedGridClient() {
    }

    /** A client of the grid with no accounts file and unscaled timeouts. */
    public static GridClient of(EmbeddedGrid grid) {
        return GridClient.create(grid.loginUri(), new HarnessConfig(grid.loginUri(), Map.of(), List.of(), 1.0, "test"));
    }

    /** A seeded account's credentials under a role name. */
    public static Credentials credentials(String role, Account a) {
        return new Credentials(role, a.first(), a.last(), a.password());
    }
}
