package io.gridprobe.load.target;

import io.gridprobe.harness.config.Credentials;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A grid the run started itself (the embedded grid, a throwaway OpenSimulator), with the load accounts it made; closing
 * the target stops the grid.
 *
 * @param describe what to call it in a report ("embedded grid http://..."), never a password
 * @param stop     stops the grid
 */
public record StartedGrid(URI loginUri, List<Credentials> accounts, List<String> regions, String describe,
                          Runnable stop) implements LoadTarget {
    public StartedGrid {
        Objects.requireNonNull(loginUri, "loginUri");
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        Objects.requireNonNull(stop, "stop");
    }

    @Override
    public void close() {
        stop.run();
    }
}
