package io.gridprobe.cli;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.GridMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridprobe grid}: the embedded grid in the foreground, for any client to log in to. */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = {"Runs the embedded reference grid in the foreground until Ctrl-C (SIGTERM).",
                "Prints the login URI, the regions and the account names (never the passwords)."},
        footer = {"", "Examples:",
                "  gridprobe grid                                  # 2 regions on free ports, seeded accounts",
                "  gridprobe grid --regions 4 --port 9000 --accounts accounts.yaml",
                "  gridprobe grid --objects 2000,100                # Alpha holds 2,000 prims, 100 of them moving",
                "  gridprobe grid --regions 8 --load-accounts 2000  # a grid for gridprobe load --agents 2000",
                "", "With --port P the login/caps HTTP server listens on P and the regions' UDP on P, P+1, ..."})
public final class GridCommand implements Callable<Integer> {
    @Option(names = "--regions", paramLabel = "N", description = "Regions in a row (default 2: Alpha, Beta).")
    Integer regions;

    @Option(names = "--port", paramLabel = "P", description = "HTTP port, and the first region's UDP port (default: free ports).")
    Integer port;

    @Option(names = "--accounts", paramLabel = "FILE", description = "YAML accounts: {accounts: {role: {name, password}}}; $${ENV} allowed.")
    Path accounts;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String bind;

    @Option(names = "--objects", paramLabel = "N[,MOVING]",
            description = "A busy first region: N prims, MOVING of them moving (default a twentieth).")
    String objects;

    @Option(names = "--load-accounts", paramLabel = "N",
            description = "Also make N load accounts, Load Bot0 .. Load Bot{N-1}, password 'loadpass' (for gridprobe load).")
    Integer loadAccounts;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        if (regions != null) {
            args.addAll(List.of("--regions", regions.toString()));
        }
        if (port != null) {
            args.addAll(List.of("--port", port.toString()));
        }
        if (accounts != null) {
            args.addAll(List.of("--accounts", accounts.toString()));
        }
        if (bind != null) {
            args.addAll(List.of("--bind", bind));
        }
        if (objects != null) {
            args.addAll(List.of("--objects", objects));
        }
        if (loadAccounts != null) {
            args.addAll(List.of("--load-accounts", loadAccounts.toString()));
        }
        GridConfig config;
        try {
            config = GridMain.parse(args.toArray(new String[0]));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("gridprobe grid: " + e.getMessage());
            return 2;
        }
        EmbeddedGrid grid;
        try {
            grid = EmbeddedGrid.start(config);
        } catch (RuntimeException e) {
            System.err.println("gridprobe grid: cannot start: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            grid.close();
            stopped.countDown();
        }, "gridprobe-grid-shutdown"));
        GridMain.describe(grid, System.out);
        stopped.await();
        return 0;
    }
}
