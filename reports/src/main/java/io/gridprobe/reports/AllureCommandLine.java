package io.gridprobe.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Renders an HTML report from allure-results with the Allure command line, which comes from Maven Central as a zip
 * ({@code io.qameta.allure:allure-commandline}). The zip is unpacked once into a cache folder and run with the same
 * Java that runs gridprobe: no other download, no Node, no global install.
 */
public final class AllureCommandLine {
    public static final String VERSION = "2.32.0";
    private static final String MAIN_CLASS = "io.qameta.allure.CommandLine";

    private final Path home;

    private AllureCommandLine(Path home) {
        this.home = home;
    }

    /**
     * Finds the zip (system property {@code gridprobe.allure.zip}, else the local Maven repository where the build put
     * it) and unpacks it under {@code cacheDir} unless already there.
     */
    public static AllureCommandLine locate(Path cacheDir) {
        Path zip = zipLocation();
        Path home = cacheDir.resolve("allure-" + VERSION);
        if (!Files.isRegularFile(home.resolve("lib/allure-commandline-" + VERSION + ".jar"))) {
            if (!Files.isRegularFile(zip)) {
                throw new ReportException("the Allure command line " + VERSION + " is not at " + zip
                        + "; build gridprobe with Maven once (it fetches io.qameta.allure:allure-commandline:" + VERSION
                        + ":zip from Maven Central) or set -Dgridprobe.allure.zip=FILE");
            }
            unpack(zip, cacheDir);
        }
        return new AllureCommandLine(home);
    }

    static Path zipLocation() {
        String explicit = System.getProperty("gridprobe.allure.zip");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String repo = System.getProperty("maven.repo.local");
        Path local = repo != null ? Path.of(repo) : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return local.resolve("io/qameta/allure/allure-commandline/" + VERSION + "/allure-commandline-" + VERSION + ".zip");
    }

    private static void unpack(Path zip, Path into) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Path root = into.toAbsolutePath().normalize();
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new ReportException("refusing zip entry outside the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new ReportException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Generates the report. With {@code singleFile}, one self-contained index.html (for mail or chat).
     * Copies the previous report's history into the results first, so the new report shows trends.
     */
    public void generate(Path results, Path report, boolean singleFile, Path previousReport, Duration timeout) {
        try {
            if (previousReport != null && Files.isDirectory(previousReport.resolve("history"))) {
                copyTree(previousReport.resolve("history"), results.resolve("history"));
            }
            List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-cp",
                    home.resolve("lib") + "/*" + java.io.File.pathSeparator + home.resolve("lib/config"),
                    MAIN_CLASS, "generate", results.toString(), "-o", report.toString(), "--clean"));
            if (singleFile) {
                cmd.add("--single-file");
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("APP_HOME", home.toString());
            Process p = pb.start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ReportException("Allure did not finish within " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(report.resolve("index.html"))) {
                throw new ReportException("Allure failed (exit " + p.exitValue() + "): "
                        + new String(out, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new ReportException("cannot run Allure: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while generating the report", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
