package org.hamgam.cli;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hamgam.glossary.Glossary;
import org.hamgam.review.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hamgam review}: the review web application over a run's output folder. */
@Command(name = "review", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
                "  # the output of 'hamgam run' in output/, on any free port",
                "  ./hamgam review",
                "  # another folder, a fixed port, a name for the decisions, and a browser",
                "  ./hamgam review runs/june --port 8080 --reviewer Parisa --open",
        },
        description = {"Review the alignment in the browser: merge, split, move, edit, accept or reject beads. Each "
                + "edit is kept at once in a journal beside the document and its review files are written again; "
                + "accepted pairs go into OUTPUT_DIR/tm.tmx.",
                "Prints 'Review at http://127.0.0.1:PORT/' first and serves until stopped (Ctrl-C). Listens on "
                        + "127.0.0.1 only."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "OUTPUT_DIR", description = "The output folder of 'hamgam run' "
            + "(default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: any free port).")
    int port;

    @Option(names = "--open", description = "Open the page in the default browser.")
    boolean open;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Name recorded with each decision "
            + "(default: the user name, ${DEFAULT-VALUE}).")
    String reviewer = System.getProperty("user.name", "reviewer");

    @Option(names = "--glossary", paramLabel = "PATH", description = "Term base edited English is checked against; "
            + "repeatable (default: the run's term bases, when they are all still there, else glossary, when it "
            + "exists).")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--grammar", description = "Check edited English with LanguageTool too (slower to start).")
    boolean grammar;

    @Mixin
    VerboseOption verbose;

    /**
     * The term bases the run read, when they are all still there, so that an edited bead is checked as the run
     * checked it and the files the review writes are those a run keeping the review writes; else {@code glossary}.
     */
    private List<Path> defaultGlossaries(PrintWriter err) {
        try {
            List<Path> used = org.hamgam.pipeline.RunOutput.open(output).glossaries();
            if (!used.isEmpty() && used.stream().allMatch(Files::exists)) {
                err.println("review: edited English is checked against the run's term bases: " + used.stream()
                        .map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
                return used;
            }
        } catch (org.hamgam.io.BadInputException e) {
            // the server says what is wrong with the folder when it opens it
        }
        return Files.exists(Path.of("glossary")) ? List.of(Path.of("glossary")) : List.of();
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535");
        }
        if (reviewer.isBlank()) {
            throw new UsageException("--reviewer must not be empty");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = glossaries.isEmpty() ? defaultGlossaries(err) : glossaries;
        Glossary glossary = GlossaryOption.load(paths, err, "review", "edited English is not checked for terms");
        ReviewServer server;
        try {
            server = ReviewServer.start(new ReviewServer.Options(output, reviewer.strip(), glossary, grammar, port),
                    message -> {
                        err.println("review: " + message);
                        err.flush();
                    });
        } catch (java.io.IOException e) {
            // Starting reads nothing but the folder, which fails otherwise: this is the port.
            throw new UsageException(e.getMessage() + (port == 0 ? "" : "; is another program using it? Try "
                    + "another --port, or none"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the process is ending either way
            }
        }, "review-shutdown"));
        out.println("Review at " + server.address());
        out.flush();
        err.println("review: " + output.toAbsolutePath().normalize() + ", reviewer " + reviewer.strip()
                + "; stop with Ctrl-C");
        err.flush();
        if (open) {
            openBrowser(server, err);
        }
        server.join();
        return Main.OK;
    }

    /**
     * Opens the page in the desktop's browser; when there is none, says so in one line with the address. What
     * xdg-open prints while it tries one browser after another is not for the reviewer.
     */
    private static void openBrowser(ReviewServer server, PrintWriter err) {
        boolean opened;
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(server.address());
                return;
            }
            Process xdg = new ProcessBuilder("xdg-open", server.address().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // xdg-open returns once a browser has started, or fails at once when it finds none.
            opened = !xdg.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || xdg.exitValue() == 0;
        } catch (Exception e) {
            opened = false;
        }
        if (!opened) {
            err.println("review: no browser was found to open; open " + server.address() + " yourself");
            err.flush();
        }
    }
}
