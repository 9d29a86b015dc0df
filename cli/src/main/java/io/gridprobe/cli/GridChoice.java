package io.gridprobe.cli;

import io.gridprobe.harness.config.HarnessConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that say which grid a one-off command talks to (a picocli mixin): a login URI or the embedded grid, an
 * accounts file, or an OpenSimulator build to start.
 */
final class GridChoice {
    @Option(names = "--grid", paramLabel = "URI|embedded", description = "Login URI (default: the accounts file's, else embedded).")
    String grid;

    @Option(names = "--accounts", paramLabel = "FILE", description = "YAML accounts file.")
    Path accounts;

    @Option(names = "--opensim", paramLabel = "DIR", description = GridOptions.OPENSIM_DESCRIPTION)
    Path openSim;

    /** The configuration these options make (see {@link GridOptions#config(String, Path, Path)}). */
    HarnessConfig config() {
        return GridOptions.config(grid, accounts, openSim);
    }
}
