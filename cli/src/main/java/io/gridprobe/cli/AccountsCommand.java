package io.gridprobe.cli;

import picocli.CommandLine.Command;

/** {@code gridprobe accounts}: the test accounts a grid needs, made through its admin interface. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Test accounts on a grid: 'create' makes them (OpenSimulator RemoteAdmin), 'check' reports what earlier runs left on them.",
        subcommands = {AccountsCreateCommand.class, AccountsCheckCommand.class})
public final class AccountsCommand {
}
