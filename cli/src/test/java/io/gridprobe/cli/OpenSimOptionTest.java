package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --opensim DIR} refuses, with exit 2 and one line, what cannot run: a folder that is not a built
 * OpenSimulator, and a machine without mono. Run as a separate JVM, since mono is looked up on the real PATH.
 */
class OpenSimOptionTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result gridprobe(String path, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), GridprobeCommand.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", path);
        pb.environment().remove("GRIDPROBE_LOGIN_URI");
        pb.environment().remove("GRIDPROBE_OPENSIM");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gridprobe did not finish within 60 s");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** A folder that passes the build checks (its files are not real assemblies; nothing gets to run them). */
    private Path fakeBuild() throws Exception {
        Path bin = dir.resolve("bin");
        for (String f : new String[] {"OpenSim.exe", "OpenSimDefaults.ini", "config-include/Standalone.ini",
                "config-include/storage/SQLiteStandalone.ini", "OpenSim.Data.SQLite.dll"}) {
            Files.createDirectories(bin.resolve(f).getParent());
            Files.writeString(bin.resolve(f), "x");
        }
        return bin;
    }

    @Test
    void aFolderWithoutOpenSimExeExitsTwoWithOneLine() throws Exception {
        Path notABuild = Files.createDirectories(dir.resolve("empty"));
        Result r = gridprobe(System.getenv("PATH"), "run", "--opensim", notABuild.toString(), "--no-html",
                "--report", dir.resolve("report").toString());
        assertThat(r.code()).as("stdout:\n%s\nstderr:\n%s", r.out(), r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("cannot run the OpenSimulator build").contains("has no OpenSim.exe");
    }

    @Test
    void noMonoOnThePathExitsTwoWithOneLine() throws Exception {
        Path build = fakeBuild();
        Path noMono = Files.createDirectories(dir.resolve("no-mono"));
        for (String[] args : List.of(new String[] {"run", "--opensim", build.toString(), "--no-html", "--report",
                dir.resolve("report").toString()}, new String[] {"login", "--opensim", build.toString(), "--account", "alice"})) {
            Result r = gridprobe(noMono.toString(), args);
            assertThat(r.code()).as("%s: stdout:\n%s\nstderr:\n%s", args[0], r.out(), r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("mono is not on the PATH");
        }
    }
}
