package io.gridprobe.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gridprobe} command. Each subcommand is a class of its own, listed in {@code subcommands} below: adding
 * {@code run}, {@code grid}, {@code login} or {@code report} is writing the class and adding it to that list.
 * Subcommands return their exit code from {@code call()}; {@link #main} hands it to the shell.
 */
@Command(
        name = "gridprobe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tests Second Life-protocol grids (Second Life, OpenSimulator) the way real users use them.",
        subcommands = {
                RunCommand.class,
                LoadCommand.class,
                GridCommand.class,
                LoginCommand.class,
                SayCommand.class,
                ImCommand.class,
                CompareCommand.class,
                AccountsCommand.class,
                ReportCommand.class,
                ParsePacketsCommand.class,
                CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class,
        },
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:the command ran and found a failure (e.g. a datagram that does not decode)",
                "2:usage error, or an input that cannot be read"},
        footer = {"", "Run 'gridprobe help COMMAND' for a command's options and examples."})
public final class GridprobeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line as the shell would, returning the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line as {@link #main} runs it: like {@code new CommandLine(new GridprobeCommand())}, except that a
     * usage error prints one line and a hint rather than the whole help.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GridprobeCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine bad = ex.getCommandLine();
            PrintWriter err = bad.getErr();
            err.println("gridprobe: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + bad.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return bad.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /** {@code gridprobe} without a command: the usage on stderr, and a usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
