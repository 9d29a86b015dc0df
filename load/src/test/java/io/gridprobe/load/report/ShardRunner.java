package io.gridprobe.load.report;

import java.nio.file.Path;

/**
 * A test-only stand-in for {@code gridprobe load --shard i/n} until the engine exists: replays shard i of n of the
 * {@link RecordedLoad} into a recorder of its own process and writes the report folder. Arguments: SEED I/N FOLDER.
 */
public final class ShardRunner {
    private ShardRunner() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        String[] shard = args[1].split("/");
        LoadReport report = RecordedLoad.replay(RecordedLoad.generate(seed), Integer.parseInt(shard[0]),
                Integer.parseInt(shard[1]));
        LoadReportFolder.write(report, Path.of(args[2]));
    }
}
