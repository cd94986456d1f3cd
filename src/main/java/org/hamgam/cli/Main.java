package org.hamgam.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hamgam} command: parses arguments and hands over to a subcommand. */
@Command(name = "hamgam",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Prepares Persian text for translation into English and aligns Persian-English documents "
                + "into review files (XLIFF, TMX, TSV, JSONL, HTML).",
        subcommands = {RunCommand.class, NormalizeCommand.class, SegmentCommand.class, TrainSegmenterCommand.class,
                AlignCommand.class,
                GlossaryCommand.class, QaCommand.class, ImportCommand.class, ReviewCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:some document failed (the others were still written), qa --fail-on found issues, or an internal error",
                "2:bad usage or unreadable input",
                "3:cannot write the output (the message names the path and the reason)"},
        footer = {"", "Run 'hamgam help COMMAND' for a command's options."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int CANNOT_WRITE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Main())
                .setOut(outWriter)
                .setErr(errWriter)
                .setExecutionExceptionHandler(new ErrorHandler(verbose))
                .setParameterExceptionHandler(Main::badUsage);
        cli.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
        cli.getSubcommands().values().forEach(sub -> setInvalidInputCode(sub));
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /**
     * A mistyped command line gets one line, the command's name, what is wrong, a close option name when there is
     * one, and where the help is: the whole usage would bury the one thing to fix.
     */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String hint = "";
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            message = unknown(unmatched.getUnmatched(), args, message);
            String typed = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            List<String> close = unmatched.getSuggestions().stream().filter(s -> CloseNames.close(typed, s))
                    .limit(3).toList();
            if (!close.isEmpty()) {
                hint = " (did you mean " + String.join(" or ", close) + "?)";
            }
        }
        cmd.getErr().println(name + ": " + message + hint + "; see '" + name + " --help'");
        cmd.getErr().flush();
        return BAD_INPUT;
    }

    /**
     * The unknown options without the values written after them: in {@code --outptu x} the mistake is the option
     * alone, and {@code x} is no second one; nor is a file left over because that value took its place. Words are
     * named only where no option is unknown. {@code message} when nothing was left out.
     */
    private static String unknown(List<String> unmatched, String[] args, String message) {
        List<String> reported = new ArrayList<>(unmatched);
        if (reported.stream().anyMatch(a -> a.startsWith("-") && !a.equals("-"))) {
            reported.removeIf(a -> !a.startsWith("-") || a.equals("-"));
        }
        for (int i = 0; i + 1 < args.length; i++) {
            boolean option = args[i].startsWith("-") && !args[i].contains("=") && unmatched.contains(args[i]);
            if (option && !args[i + 1].startsWith("-")) {
                reported.remove(args[i + 1]);
            }
        }
        if (reported.size() == unmatched.size() || reported.isEmpty()) {
            return message;
        }
        return (reported.size() == 1 ? "Unknown option: " : "Unknown options: ")
                + String.join(", ", reported.stream().map(a -> "'" + a + "'").toList());
    }

    private static void setInvalidInputCode(CommandLine cmd) {
        cmd.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
        cmd.getSubcommands().values().forEach(Main::setInvalidInputCode);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"hamgam " + (v == null ? "(development build)" : v)};
        }
    }
}
