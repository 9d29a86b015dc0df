package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.inventory.SystemFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridprobe accounts check} against the embedded grid: what a run left on an account (a folder, a notecard and a
 * group named "gridprobe ...") is listed as the grid shows it to that account, a clean account says so, and the exit
 * code says whether every account is clean; {@code --clean} removes it, and a fresh look finds nothing.
 */
class AccountsCheckCommandTest {
    private static final String LEFT = "1 gridprobe folder: gridprobe left folder; 1 gridprobe item: gridprobe left note "
            + "(notecards); 1 gridprobe group: gridprobe left group";
    /** The command passes --accounts and --grid on as system properties, for the whole JVM. */
    private final String accountsBefore = System.getProperty("gridprobe.accounts");
    private final String loginBefore = System.getProperty("gridprobe.loginUri");

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheProperties() {
        restore("gridprobe.accounts", accountsBefore);
        restore("gridprobe.loginUri", loginBefore);
    }

    @Test
    void whatARunLeftIsListedAndCleanedAndACleanAccountSaysSo() throws Exception {
        Account alice = SeededAccounts.ALICE;
        Account bob = SeededAccounts.BOB;
        try (EmbeddedGrid grid = EmbeddedGrid.start()) {
            try (GridClient client = GridClient.create(grid.loginUri(),
                    new HarnessConfig(grid.loginUri(), Map.of(), List.of(), 1.0, "test"));
                 Agent a = client.login(credentials("alice", alice)).get(60, TimeUnit.SECONDS)) {
                a.inventory().createFolder(a.inventory().root(), "gridprobe left folder").get(20, TimeUnit.SECONDS);
                a.inventory().createNotecard(a.inventory().folder(SystemFolder.NOTECARDS), "gridprobe left note",
                        "left by a run\n").get(20, TimeUnit.SECONDS);
                a.groups().create("gridprobe left group", "left by a run", false).get(20, TimeUnit.SECONDS);
            }
            Path file = dir.resolve("accounts.yaml");
            Files.writeString(file, "loginUri: " + grid.loginUri() + "\naccounts:\n"
                    + "  alice: { name: \"" + alice.first() + " " + alice.last() + "\", password: \"" + alice.password() + "\" }\n"
                    + "  bob: { name: \"" + bob.first() + " " + bob.last() + "\", password: \"" + bob.password() + "\" }\n");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = withStdout(out, () -> GridprobeCommand.execute("accounts", "check", "--accounts", file.toString()));

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(printed).isEqualTo(1);
            assertThat(printed)
                    .contains("LEFTOVERS alice (" + alice.first() + " " + alice.last() + "): " + LEFT)
                    .contains("clean     bob (" + bob.first() + " " + bob.last() + "): clean")
                    .contains("2 accounts checked, 1 not clean")
                    .doesNotContain(alice.password()).doesNotContain(bob.password());

            out.reset();
            int cleaning = withStdout(out, () -> GridprobeCommand.execute("accounts", "check", "--accounts",
                    file.toString(), "--clean"));
            printed = out.toString(StandardCharsets.UTF_8);
            assertThat(cleaning).as(printed).isZero();
            assertThat(printed).contains("CLEANED   alice (" + alice.first() + " " + alice.last() + "): found " + LEFT
                    + "; now clean").contains("2 accounts checked, 0 not clean");

            out.reset();
            int after = withStdout(out, () -> GridprobeCommand.execute("accounts", "check", "--accounts", file.toString()));
            assertThat(after).as("a fresh look after cleaning: %s", out.toString(StandardCharsets.UTF_8)).isZero();
        }
    }

    private static Credentials credentials(String role, Account a) {
        return new Credentials(role, a.first(), a.last(), a.password());
    }

    private static int withStdout(ByteArrayOutputStream out, java.util.function.IntSupplier run) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return run.getAsInt();
        } finally {
            System.setOut(old);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
