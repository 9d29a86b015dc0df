package io.gridprobe.load.target;

import io.gridprobe.harness.config.Credentials;
import java.net.URI;
import java.util.List;

/** A grid someone else runs, reached at its login URI with the accounts file's pool. */
public record GivenGrid(URI loginUri, List<Credentials> accounts, List<String> regions) implements LoadTarget {
    public GivenGrid {
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
