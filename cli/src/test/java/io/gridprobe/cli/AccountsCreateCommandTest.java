package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which accounts are asked for, and where passwords may be sent (the RemoteAdmin calls are tried on a real grid). */
class AccountsCreateCommandTest {
    @Test
    void aPatternWithACountOrARangeAndNamesMakeTheList() {
        AccountsCreateCommand c = new AccountsCreateCommand();
        c.pattern = "Load Bot{n}";
        c.count = 3;
        c.names = List.of("Test Owner");
        assertThat(c.accounts()).extracting(a -> a[0] + " " + a[1])
                .containsExactly("Test Owner", "Load Bot0", "Load Bot1", "Load Bot2");
        c.count = null;
        c.range = "10-11";
        c.names = List.of();
        assertThat(c.accounts()).extracting(a -> a[0] + " " + a[1]).containsExactly("Load Bot10", "Load Bot11");
    }

    @Test
    void unclearRequestsAreRefusedWithTheReason() {
        AccountsCreateCommand c = new AccountsCreateCommand();
        assertThatThrownBy(c::accounts).hasMessageContaining("name the accounts");
        c.pattern = "Load Bot";
        c.count = 2;
        assertThatThrownBy(c::accounts).hasMessageContaining("{n}");
        c.pattern = "Load Bot{n}";
        c.range = "0-1";
        assertThatThrownBy(c::accounts).hasMessageContaining("either --count");
        c.count = null;
        c.range = "5-1";
        assertThatThrownBy(c::accounts).hasMessageContaining("A <= B");
        c.pattern = null;
        c.names = List.of("Cher");
        assertThatThrownBy(c::accounts).hasMessageContaining("two words");
    }

    @Test
    void passwordsGoOverPlainHttpOnlyToThisMachineUnlessToldOtherwise() {
        assertThat(AccountsCreateCommand.transportRefusal(URI.create("http://127.0.0.1:9000/"), false)).isNull();
        assertThat(AccountsCreateCommand.transportRefusal(URI.create("http://localhost:9000/"), false)).isNull();
        assertThat(AccountsCreateCommand.transportRefusal(URI.create("https://grid.example/"), false)).isNull();
        assertThat(AccountsCreateCommand.transportRefusal(URI.create("http://10.1.2.3:9000/"), false))
                .contains("plain HTTP").contains("--insecure");
        assertThat(AccountsCreateCommand.transportRefusal(URI.create("http://10.1.2.3:9000/"), true)).isNull();
        assertThat(AccountsCreateCommand.transportRefusal(URI.create("ftp://x/"), false)).contains("http(s)");
    }
}
