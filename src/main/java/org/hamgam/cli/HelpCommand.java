package org.hamgam.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hamgam help [COMMAND [SUBCOMMAND]]}: the help of the command named, however deep ({@code hamgam help
 * glossary match} is {@code match}'s help, not {@code glossary}'s), or the overview with no command.
 */
@Command(name = "help", helpCommand = true, description = "Show the help of a command: hamgam help glossary match.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command, and its subcommand.")
    List<String> commands = new ArrayList<>();

    private CommandLine helpFor;
    private CommandLine.Help.Ansi ansi;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
                     PrintWriter err) {
        this.helpFor = helpCommandLine.getParent();
        this.ansi = colorScheme.ansi();
    }

    @Override
    public void run() {
        CommandLine shown = helpFor;
        for (String name : commands) {
            CommandLine next = shown.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(shown, "Unknown command: '" + name + "'; the commands are "
                        + String.join(", ", shown.getSubcommands().keySet()));
            }
            shown = next;
        }
        java.io.PrintWriter writer = shown.getOut();
        shown.usage(writer, ansi);
        writer.flush();
    }
}
