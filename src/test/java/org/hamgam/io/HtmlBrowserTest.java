package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hamgam.Browser;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the review pages in a real Chromium (headless) and checks what a reviewer would see: directions,
 * every bead row, the page's tools, a hostile document that runs nothing. Screenshots go to
 * {@code target/browser/} for people to look at. Skipped when Chromium is not installed (failed under CI).
 */
class HtmlBrowserTest {
    private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Bitext seed;
    private static Bitext hostile;

    @BeforeAll
    static void writePages() throws IOException {
        // Two errors planted in the translation (a date, a year), so that the page has flagged rows for its keys:
        // the seed's own translation follows its glossary and numbers throughout.
        seed = SeedFixture.seed(en -> en.replace("February 2022", "February 2021").replace("In 2025,", "In 2026,"));
        hostile = Fixtures.hostile();
        Files.createDirectories(OUT);
        HtmlWriter writer = new HtmlWriter();
        AtomicFiles.write(OUT.resolve("seed.html"), out -> writer.write(seed, out));
        AtomicFiles.write(OUT.resolve("hostile.html"), out -> writer.write(hostile, out));
        AtomicFiles.write(OUT.resolve("index.html"), (Writer out) -> new HtmlIndexWriter().write(List.of(
                DocumentSummary.of(seed, 0.5, "seed.html"), DocumentSummary.of(hostile, 0.5, "hostile.html")),
                Map.of("review threshold", "0.5", "glossary", "glossary/terms.tsv"), out));
    }

    @Test
    void reviewPagesBehaveInChromiumDrivenThroughWebDriver(@TempDir Path profile) throws Exception {
        Browser.requireDriver();
        try (WebDriver browser = WebDriver.start(profile)) {
            browser.window(1200, 2000);
            browser.open(OUT.resolve("seed.html"));
            List<String> ids = strings(browser.execute(
                    "return Array.from(document.querySelectorAll('tr.bead')).map(r => r.dataset.row)"));
            assertThat(ids).containsExactlyElementsOf(seed.rows().stream().map(Row::id).toList());
            assertThat(strings(browser.execute(
                    "return Array.from(document.querySelectorAll('td.fa')).map(c => getComputedStyle(c).direction)")))
                    .hasSize(seed.rows().size() + seed.source().boilerplate().size()).containsOnly("rtl");
            assertThat(strings(browser.execute(
                    "return Array.from(document.querySelectorAll('td.en')).map(c => getComputedStyle(c).direction)")))
                    .hasSize(seed.rows().size() + seed.source().boilerplate().size()).containsOnly("ltr");
            assertThat(browser.execute("return document.querySelector('tr.skip td.fa').textContent").asText())
                    .isEqualTo(seed.source().boilerplate().get(0).text());
            assertThat(browser.execute("return document.getElementById('status').textContent").asText())
                    .startsWith(seed.rows().size() + " of " + seed.rows().size() + " rows shown");
            browser.screenshot(OUT.resolve("seed.png"));
            byte[] pdf = browser.print();
            Files.write(OUT.resolve("seed.pdf"), pdf);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            // n jumps to the first flagged row, f shows flagged rows only
            List<String> flagged = seed.rows().stream().filter(r -> r.flagged(0.5)).map(Row::id).toList();
            assertThat(flagged).isNotEmpty();
            browser.press("n");
            assertThat(browser.execute("return document.activeElement.dataset.row").asText()).isEqualTo(flagged.get(0));
            browser.press("n");
            assertThat(browser.execute("return document.activeElement.dataset.row").asText())
                    .isEqualTo(flagged.get(Math.min(1, flagged.size() - 1)));
            browser.press("f");
            assertThat(strings(browser.execute("return Array.from(document.querySelectorAll('tr.bead'))"
                    + ".filter(r => r.offsetParent !== null).map(r => r.dataset.row)"))).containsExactlyElementsOf(flagged);
            browser.press("f");

            // the Persian shown is the repaired text; the text as written is one click away
            Row repaired = seed.rows().stream().filter(r -> !r.sourceOriginal().equals(r.sourceText()))
                    .findFirst().orElseThrow();
            String cell = "tr[data-row='" + repaired.id() + "'] td.fa";
            String details = "const d = document.querySelector(\"" + cell + " details\");"
                    + " return [d.open, d.innerText, Array.from(d.parentNode.querySelectorAll('span.s'))"
                    + ".map(s => s.textContent).join(' ')]";
            JsonNode closed = browser.execute(details);
            assertThat(closed.get(0).asBoolean()).isFalse();
            assertThat(closed.get(1).asText()).doesNotContain(repaired.sourceOriginal());
            assertThat(closed.get(2).asText()).isEqualTo(repaired.sourceText());
            browser.click(cell + " details.orig summary");
            JsonNode opened = browser.execute(details);
            assertThat(opened.get(0).asBoolean()).isTrue();
            assertThat(opened.get(1).asText()).contains(repaired.sourceOriginal());

            // a focused term shows its glossary translation
            JsonNode term = browser.execute("const m = document.querySelector('mark.term[tabindex]'); m.focus();"
                    + " return [m.dataset.gloss, getComputedStyle(m, '::after').content]");
            assertThat(term.get(1).asText()).isEqualTo("\"" + term.get(0).asText() + "\"");

            // search keeps only rows containing the query
            browser.type("#search", "Lukashenko");
            JsonNode found = browser.execute("return Array.from(document.querySelectorAll('tr.bead'))"
                    + ".filter(r => r.offsetParent !== null).map(r => r.textContent.toLowerCase().includes('lukashenko'))");
            assertThat(found.size()).isBetween(1, seed.rows().size() - 1);
            found.forEach(b -> assertThat(b.asBoolean()).isTrue());

            // on a phone the two columns stack
            browser.open(OUT.resolve("seed.html"));
            browser.window(420, 900);
            assertThat(browser.execute("return getComputedStyle(document.querySelector('td.fa')).display").asText())
                    .isEqualTo("block");
            browser.screenshot(OUT.resolve("seed-phone.png"));
            browser.window(1200, 2000);

            browser.open(OUT.resolve("hostile.html"));
            JsonNode state = browser.execute("return [document.title, document.documentElement.hasAttribute('data-pwned'),"
                    + " document.scripts.length, document.images.length,"
                    + " document.body.textContent.includes('<script>alert(1)</script>'),"
                    + " document.querySelectorAll('tr.bead').length]");
            assertThat(state.get(0).asText()).isEqualTo(hostile.docId() + " — Hamgam review");
            assertThat(state.get(1).asBoolean()).as("hostile script ran").isFalse();
            assertThat(state.get(2).asInt()).isEqualTo(1);
            assertThat(state.get(3).asInt()).isZero();
            assertThat(state.get(4).asBoolean()).isTrue();
            assertThat(state.get(5).asInt()).isEqualTo(hostile.rows().size());
            assertThat(browser.alertText()).as("a dialog is open").isNull();
            browser.screenshot(OUT.resolve("hostile.png"));

            browser.open(OUT.resolve("index.html"));
            assertThat(strings(browser.execute("return Array.from(document.querySelectorAll('tr.doc a'))"
                    + ".map(a => a.getAttribute('href'))"))).containsExactly("hostile.html", "seed.html");
            browser.screenshot(OUT.resolve("index.png"));

            List<String> errors = new ArrayList<>();
            browser.log().forEach(entry -> {
                if ("SEVERE".equals(entry.path("level").asText())) {
                    errors.add(entry.path("message").asText());
                }
            });
            assertThat(errors).as("console errors").isEmpty();
        }
    }

    @Test
    void dumpedDomShowsThePageScriptRanAndTheHostileOneDidNot(@TempDir Path profile) throws Exception {
        Browser.requireChromium();
        String dom = chromium(profile, "--dump-dom", OUT.resolve("hostile.html").toUri().toString());
        assertThat(dom).contains("<title>hostile&lt;&amp;\"'&gt; — Hamgam review</title>")
                .doesNotContain("data-pwned=").doesNotContain("PWNED</title>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                // the page's own script filled in the status line
                .contains(hostile.rows().size() + " of " + hostile.rows().size() + " rows shown");
        assertThat(dom.split("<tr id=\"r", -1)).hasSize(hostile.rows().size() + 1);
        assertThat(dom.split("lang=\"fa\" dir=\"rtl\"", -1)).hasSize(hostile.rows().size() + 3);

        Path png = OUT.resolve("seed-dump.png");
        Files.deleteIfExists(png);
        chromium(profile, "--screenshot=" + png, "--window-size=1200,2000", OUT.resolve("seed.html").toUri().toString());
        assertThat(png).isNotEmptyFile();
    }

    private static String chromium(Path profile, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Browser.CHROMIUM.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile.resolve("dump"));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(profile, "out", ".html");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(OUT.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish");
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Just enough of the W3C WebDriver protocol, spoken over HTTP to chromedriver. */
    private static final class WebDriver implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Process process;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final URI base;
        private String session;

        private WebDriver(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        static WebDriver start(Path profile) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(Browser.DRIVER.toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(OUT.resolve("chromedriver.log").toFile()).start();
            WebDriver driver = new WebDriver(process, URI.create("http://127.0.0.1:" + port + "/"));
            try {
                driver.awaitReady();
                ObjectNode options = JSON.createObjectNode();
                options.put("binary", Browser.CHROMIUM.toString());
                List<String> args = new ArrayList<>(FLAGS);
                args.add("--user-data-dir=" + profile.resolve("webdriver"));
                options.set("args", JSON.valueToTree(args));
                ObjectNode caps = JSON.createObjectNode();
                caps.put("browserName", "chrome");
                caps.set("goog:chromeOptions", options);
                caps.set("goog:loggingPrefs", JSON.valueToTree(Map.of("browser", "ALL")));
                caps.put("unhandledPromptBehavior", "ignore");
                JsonNode created = driver.call("POST", "session", Map.of("capabilities", Map.of("alwaysMatch", caps)));
                driver.session = "session/" + created.get("sessionId").asText() + "/";
                return driver;
            } catch (Exception e) {
                driver.close();
                throw e;
            }
        }

        private void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    if (call("GET", "status", null).path("ready").asBoolean()) {
                        return;
                    }
                } catch (IOException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
                Thread.sleep(100);
            }
        }

        JsonNode call(String method, String path, Object body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                throw new WebDriverError(value.path("error").asText(), value.path("message").asText());
            }
            return value;
        }

        void open(Path page) throws Exception {
            call("POST", session + "url", Map.of("url", page.toUri().toString()));
        }

        void window(int width, int height) throws Exception {
            call("POST", session + "window/rect", Map.of("width", width, "height", height));
        }

        JsonNode execute(String script) throws Exception {
            return call("POST", session + "execute/sync", Map.of("script", script, "args", List.of()));
        }

        void press(String key) throws Exception {
            call("POST", session + "actions", Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard",
                    "actions", List.of(Map.of("type", "keyDown", "value", key), Map.of("type", "keyUp", "value", key))))));
        }

        void type(String css, String text) throws Exception {
            call("POST", session + "element/" + element(css) + "/value", Map.of("text", text));
        }

        /** A click of the mouse on the first element {@code css} selects, as WebDriver's element click does it. */
        void click(String css) throws Exception {
            call("POST", session + "element/" + element(css) + "/click", Map.of());
        }

        private String element(String css) throws Exception {
            JsonNode element = call("POST", session + "element", Map.of("using", "css selector", "value", css));
            return element.path("element-6066-11e4-a52e-4f735466cecf").asText(); // the W3C element reference key
        }

        void screenshot(Path file) throws Exception {
            Files.write(file, Base64.getDecoder().decode(call("GET", session + "screenshot", null).asText()));
        }

        /** The page printed to PDF with the print style sheet. */
        byte[] print() throws Exception {
            return Base64.getDecoder().decode(call("POST", session + "print", Map.of()).asText());
        }

        /** The text of an open dialog, or null when there is none. */
        String alertText() throws Exception {
            try {
                return call("GET", session + "alert/text", null).asText();
            } catch (WebDriverError e) {
                if (e.code.equals("no such alert")) {
                    return null;
                }
                throw e;
            }
        }

        /** The browser console since the last call (chromedriver's logging extension). */
        JsonNode log() throws Exception {
            return call("POST", session + "se/log", Map.of("type", "browser"));
        }

        @Override
        public void close() {
            try {
                if (session != null) {
                    call("DELETE", session.substring(0, session.length() - 1), null);
                }
            } catch (Exception e) {
                // the driver is stopped below either way
            } finally {
                process.destroy();
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static final class WebDriverError extends IOException {
        private static final long serialVersionUID = 1L;
        final String code;

        WebDriverError(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }
    }
}
