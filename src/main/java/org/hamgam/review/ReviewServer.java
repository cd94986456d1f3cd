package org.hamgam.review;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hamgam.glossary.Glossary;
import org.hamgam.io.BadInputException;
import org.hamgam.model.Bitext;
import org.hamgam.pipeline.Pipeline;
import org.hamgam.pipeline.RowChecker;
import org.hamgam.pipeline.RunOutput;

/**
 * The local review web application over the output folder of {@code hamgam run}: a page that lists the documents
 * and shows one side by side, and the JSON API the page uses, which scripts can drive too. It listens on 127.0.0.1
 * only; a state-changing request must carry the session token the page holds ({@code X-Hamgam-Token}).
 */
public final class ReviewServer implements AutoCloseable {
    /** The token's header. */
    public static final String TOKEN_HEADER = "X-Hamgam-Token";

    /**
     * @param output   the output folder of a run
     * @param reviewer the name written with each acceptance
     * @param glossary the term base edited English is checked against
     * @param grammar  whether LanguageTool checks edited English too
     * @param port     the port, or 0 for any free one
     */
    public record Options(Path output, String reviewer, Glossary glossary, boolean grammar, int port) {
        public Options {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(glossary, "glossary");
        }
    }

    private static final Map<String, String> ASSETS = Map.of("review.js", "text/javascript; charset=utf-8",
            "review.css", "text/css; charset=utf-8");

    private final Server server;
    private final Workspace workspace;
    private final String token;
    private final String reviewer;
    private final Clock clock;

    private ReviewServer(Server server, Workspace workspace, String token, String reviewer, Clock clock) {
        this.server = server;
        this.workspace = workspace;
        this.token = token;
        this.reviewer = reviewer;
        this.clock = clock;
    }

    /**
     * Opens the output folder and starts listening.
     *
     * @param warn told about things the reviewer should know (a review set aside, a failed request)
     * @throws BadInputException when the folder is not a run's output
     */
    public static ReviewServer start(Options options, Consumer<String> warn) throws BadInputException, IOException {
        RunOutput output = RunOutput.open(options.output());
        Pipeline pipeline = SavedReviews.aligner(options.glossary(), output);
        Workspace workspace = new Workspace(output, RowChecker.of(options.glossary(), options.grammar()), pipeline,
                warn);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        ReviewServer review = new ReviewServer(server, workspace, token, options.reviewer(), Clock.systemUTC());
        Router router = review.routes(new Router(warn));
        server.setHandler(router);
        server.setStopTimeout(2000);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the start failure is what the user needs to see
            }
            throw new IOException("cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage(), e);
        }
        router.port(connector.getLocalPort());
        return review;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The session token a state-changing request must carry. */
    public String token() {
        return token;
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private Router routes(Router router) {
        return router
                .get("/", ex -> page(ex))
                .get("/documents/{id}", ex -> {
                    workspace.document(ex.pathParam("id"));
                    page(ex);
                })
                .get("/assets/{name}", this::asset)
                .get("/api/documents", this::documents)
                .get("/api/documents/{id}", ex -> {
                    ReviewDocument doc = workspace.document(ex.pathParam("id"));
                    synchronized (doc) {
                        ex.json(200, view(doc, doc.bitext()));
                    }
                })
                .post("/api/documents/{id}/edits", this::edit)
                .get("/api/documents/{id}/export", this::export);
    }

    private void documents(Exchange ex) throws IOException {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String id : workspace.ids()) {
            list.add(Views.summary(id, workspace.document(id).bitext(), workspace.output().reviewThreshold()));
        }
        ex.json(200, list);
    }

    private void edit(Exchange ex) throws IOException {
        String sent = ex.header(TOKEN_HEADER);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(403, "a change needs the session token in the " + TOKEN_HEADER
                    + " header, as the review page sends it");
        }
        ReviewDocument doc = workspace.document(ex.pathParam("id"));
        JsonNode body = ex.bodyJson();
        JsonNode version = body == null ? null : body.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new HttpError(400, "\"version\" must be the version of the document the edit was made on");
        }
        Command command = Command.parse(body);
        Stamp stamp = new Stamp(reviewer, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        synchronized (doc) {
            Bitext now = doc.apply(version.intValue(), command, stamp);
            ex.json(200, view(doc, now));
        }
    }

    private void export(Exchange ex) throws IOException {
        ReviewDocument doc = workspace.document(ex.pathParam("id"));
        String format = ex.query("format");
        Bitext bitext = doc.bitext();
        if ("txt".equals(format)) {
            ex.header("Content-Disposition", "attachment; filename=\"" + doc.id() + ".en.txt\"");
            ex.text(200, "text/plain; charset=utf-8", EnglishText.of(bitext));
        } else if ("html".equals(format)) {
            ex.header("Content-Disposition", "attachment; filename=\"" + doc.id() + ".html\"");
            ex.text(200, "text/html; charset=utf-8", workspace.output().html(bitext));
        } else {
            throw new HttpError(400, "format must be txt or html, not " + (format == null ? "nothing" : "\"" + format + "\""));
        }
    }

    private JsonNode view(ReviewDocument doc, Bitext bitext) {
        return Views.document(doc, bitext, workspace.output().reviewThreshold(), doc.canUndo(), doc.canRedo());
    }

    private void page(Exchange ex) throws IOException {
        String html = resource("review.html").replace("{{TOKEN}}", token);
        ex.text(200, "text/html; charset=utf-8", html);
    }

    private void asset(Exchange ex) throws IOException {
        String name = ex.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new HttpError(404, "no asset " + name);
        }
        ex.text(200, type, resource(name));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReviewServer.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IOException("the jar lacks the page's file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
