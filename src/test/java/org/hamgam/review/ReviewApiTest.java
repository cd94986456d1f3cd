package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.review.ReviewFixture.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.hamgam.TestResources;
import org.hamgam.io.FileLocks;
import org.hamgam.io.OutputGeneration;
import org.hamgam.review.ReviewFixture.Answer;
import org.hamgam.review.ReviewFixture.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The review API over a real server on 127.0.0.1, on the seed pair's run output: every operation and refusal. */
class ReviewApiTest {
    private static final String SEED = ReviewFixture.SEED;
    private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";

    @TempDir
    Path tmp;

    private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Path output;
    private ReviewServer server;
    private Client api;

    @BeforeEach
    void start() throws Exception {
        output = ReviewFixture.output(tmp);
        server = ReviewServer.start(new ReviewServer.Options(output, "Parisa", ReviewFixture.glossary(), false, 0),
                warnings::add);
        api = new Client(server.address(), server.token());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Path file(String suffix) {
        return output.resolve(SEED).resolve(SEED + suffix);
    }

    private static int firstOfType(JsonNode doc, String type) {
        for (JsonNode bead : doc.path("beads")) {
            if (bead.path("type").asText().equals(type)) {
                return bead.path("index").asInt();
            }
        }
        throw new AssertionError("no " + type + " bead");
    }

    private static Schema xliff21() throws Exception {
        Path dir = TestResources.xliff21Schemas();
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new Source[] {
            new StreamSource(dir.resolve("xliff_core_2.0.xsd").toFile()), new StreamSource(dir.resolve("matches.xsd").toFile()),
            new StreamSource(dir.resolve("glossary.xsd").toFile()), new StreamSource(dir.resolve("metadata.xsd").toFile())});
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The segments of beads (boilerplate is a segment too, {@code b…}). */
    private static List<Element> beads(Document xlf) {
        return elements(xlf, XLIFF2, "segment").stream().filter(e -> e.getAttribute("id").startsWith("s")).toList();
    }

    private static Element segment(Path xlf, int bead) throws Exception {
        return elements(xml(xlf), XLIFF2, "segment").stream()
                .filter(e -> e.getAttribute("id").equals("s" + (bead + 1))).findFirst().orElseThrow();
    }

    @Test
    void thePageCarriesTheTokenAndTheListShowsProgress() throws Exception {
        Answer page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"hamgam-token\" content=\"" + server.token() + "\">");
        assertThat(page.response().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'");
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");

        JsonNode list = api.get("/api/documents").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("id").asText()).isEqualTo(SEED);
        assertThat(list.get(0).path("beads").asInt()).isEqualTo(44);
        // The seed's translation follows its glossary, variants included ("American", "send troops"): nothing flagged.
        assertThat(list.get(0).path("flagged").asInt()).isZero();
        assertThat(list.get(0).path("reviewed").asInt()).isZero();

        JsonNode doc = api.document();
        assertThat(doc.path("id").asText()).isEqualTo(SEED);
        assertThat(doc.path("version").asInt()).isZero();
        JsonNode first = doc.path("beads").get(0);
        for (String field : List.of("index", "type", "source", "target", "sourceText", "targetText", "score", "state")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.path("type").asText()).isEqualTo("1-2");
        assertThat(first.path("source").get(0).asText()).isEqualTo(SEED + ":fa:0");
        assertThat(first.path("state").asText()).isEqualTo("pending");
    }

    @Test
    void readingTheRunBackWritesTheSameFiles() throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (String suffix : List.of(".xlf", ".xliff12.xlf", ".tmx", ".tsv", ".jsonl", ".html", ".fa.txt", ".en.txt")) {
            before.put(suffix, Files.readString(file(suffix)));
        }
        api.edit(edit(0, "merge", "bead", 0));
        api.edit(edit(1, "undo"));
        for (Map.Entry<String, String> f : before.entrySet()) {
            assertThat(Files.readString(file(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
    }

    @Test
    void mergeJoinsABeadWithTheNextAndTheFilesFollow() throws Exception {
        JsonNode before = api.document();
        JsonNode second = before.path("beads").get(2);
        JsonNode doc = api.edit(edit(0, "merge", "bead", 1));
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("beads")).hasSize(43);
        JsonNode merged = doc.path("beads").get(1);
        assertThat(merged.path("source")).hasSize(2);
        assertThat(merged.path("type").asText()).isEqualTo("2-2");
        assertThat(merged.path("targetText").asText()).endsWith(second.path("targetText").asText());

        Document xlf = xml(file(".xlf"));
        assertThat(beads(xlf)).hasSize(43);
        assertThat(Files.readAllLines(file(".en.txt"))).hasSize(43);
        assertThat(Files.readString(file(".tsv")).lines().count()).isEqualTo(1 + 43);
        assertThat(Files.readAllLines(output.resolve(".review").resolve(SEED).resolve("journal.jsonl"))).hasSize(1);
        assertThat(api.get("/api/documents").json().get(0).path("beads").asInt()).isEqualTo(43);
    }

    @Test
    void splitCutsEitherSideAndMoveAndNoCounterpartRegroupSentences() throws Exception {
        JsonNode doc = api.document();
        int twoOne = firstOfType(doc, "2-1");
        doc = api.edit(edit(0, "split", "bead", twoOne, "side", "source", "at", 1));
        assertThat(doc.path("beads").get(twoOne).path("type").asText()).isEqualTo("1-1");
        assertThat(doc.path("beads").get(twoOne + 1).path("type").asText()).isEqualTo("1-0");

        doc = api.edit(edit(1, "split", "bead", 0, "side", "target", "at", 1));
        assertThat(doc.path("beads").get(0).path("type").asText()).isEqualTo("1-1");
        assertThat(doc.path("beads").get(1).path("type").asText()).isEqualTo("0-1");
        assertThat(doc.path("beads").get(1).path("target").get(0).asText()).isEqualTo(SEED + ":en:1");

        // the English sentence goes back to the bead before it
        doc = api.edit(edit(2, "move", "bead", 1, "side", "target", "to", "previous"));
        assertThat(doc.path("beads").get(0).path("type").asText()).isEqualTo("1-2");
        assertThat(doc.path("beads")).hasSize(45);

        doc = api.edit(edit(3, "no-counterpart", "bead", 2, "side", "source"));
        assertThat(doc.path("beads").get(2).path("type").asText()).isEqualTo("1-0");
        assertThat(doc.path("beads").get(3).path("type").asText()).isEqualTo("0-1");
        assertThat(doc.path("beads").get(2).path("targetText").asText()).isEmpty();

        Document xlf = xml(file(".xlf"));
        assertThat(beads(xlf)).hasSize(46);

        // a bead left without sentences goes, but not with English a reviewer wrote for it
        int alone = -1;
        for (JsonNode bead : doc.path("beads")) {
            if (bead.path("index").asInt() > 3 && bead.path("type").asText().equals("1-0")) {
                alone = bead.path("index").asInt();
                break;
            }
        }
        assertThat(alone).isPositive();
        api.edit(edit(4, "edit", "bead", alone, "target", "The reviewer's English."));
        Answer refused = api.post("/api/documents/" + SEED + "/edits",
                edit(5, "move", "bead", alone, "side", "source", "to", "previous"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).contains("would drop its English");
        assertThat(Files.readString(file(".jsonl"))).contains("\"type\":\"1-0\"").contains("\"type\":\"0-1\"");
    }

    @Test
    void anEditedTargetIsCheckedAtOnceAndWrittenAsTranslated() throws Exception {
        JsonNode doc = api.document();
        int bead = firstOfType(doc, "1-1");
        String english = doc.path("beads").get(bead).path("targetText").asText();
        // a number that is not in the Persian
        String edited = english.replaceFirst("\\.$", "") + " in 1999.";
        doc = api.edit(edit(0, "edit", "bead", bead, "target", edited));
        JsonNode row = doc.path("beads").get(bead);
        assertThat(row.path("targetText").asText()).isEqualTo(edited);
        assertThat(row.path("origin").asText()).isEqualTo("human");
        assertThat(row.path("issues").findValuesAsText("code")).contains("number");
        assertThat(row.path("flagged").asBoolean()).isTrue();

        Element segment = segment(file(".xlf"), bead);
        assertThat(segment.getAttribute("state")).isEqualTo("translated");
        assertThat(segment.getElementsByTagNameNS(XLIFF2, "target").item(0).getTextContent()).isEqualTo(edited);
        assertThat(Files.readString(file(".xlf"))).contains("qa:number");
    }

    @Test
    void acceptMarksTheBeadReviewedWithNameAndTimeAndFillsTheMemory() throws Exception {
        JsonNode doc = api.edit(edit(0, "accept", "bead", 3));
        JsonNode row = doc.path("beads").get(3);
        assertThat(row.path("state").asText()).isEqualTo("accepted");
        assertThat(row.path("reviewer").asText()).isEqualTo("Parisa");
        assertThat(row.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        Element segment = segment(file(".xlf"), 3);
        assertThat(segment.getAttribute("state")).isEqualTo("reviewed");
        xliff21().newValidator().validate(new StreamSource(file(".xlf").toFile()));
        String xlf = Files.readString(file(".xlf"));
        assertThat(xlf).contains("<mda:meta type=\"reviewer\">Parisa</mda:meta>")
                .contains("<mda:meta type=\"review-time\">" + row.path("time").asText() + "</mda:meta>");
        Element unit = elements(xml(file(".xliff12.xlf")), XLIFF12, "trans-unit").stream()
                .filter(e -> e.getAttribute("id").equals("s4")).findFirst().orElseThrow();
        assertThat(unit.getAttribute("approved")).isEqualTo("yes");
        assertThat(((Element) unit.getElementsByTagNameNS(XLIFF12, "target").item(0)).getAttribute("state"))
                .isEqualTo("signed-off");

        String tm = Files.readString(output.resolve("tm.tmx"));
        assertThat(tm).contains(escape(row.path("targetText").asText())).contains("<prop type=\"x-origin\">human</prop>");
        assertThat(api.get("/api/documents").json().get(0).path("reviewed").asInt()).isEqualTo(1);

        doc = api.edit(edit(1, "reject", "bead", 4));
        assertThat(doc.path("beads").get(4).path("state").asText()).isEqualTo("rejected");
        assertThat(doc.path("beads").get(4).path("flagged").asBoolean()).isTrue();
        assertThat(segment(file(".xlf"), 4).getAttribute("state")).isEqualTo("initial");
        assertThat(Files.readString(file(".xlf"))).contains("<mda:meta type=\"review\">rejected</mda:meta>");
    }

    @Test
    void undoAndRedoStepThroughTheEdits() throws Exception {
        api.edit(edit(0, "merge", "bead", 0));
        JsonNode doc = api.edit(edit(1, "undo"));
        assertThat(doc.path("beads")).hasSize(44);
        assertThat(doc.path("version").asInt()).isEqualTo(2);
        assertThat(doc.path("canRedo").asBoolean()).isTrue();
        assertThat(beads(xml(file(".xlf")))).hasSize(44);
        doc = api.edit(edit(2, "redo"));
        assertThat(doc.path("beads")).hasSize(43);
        api.edit(edit(3, "undo"));
        Answer nothing = api.post("/api/documents/" + SEED + "/edits", edit(4, "undo"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().path("error").asText()).isEqualTo("nothing to undo");
    }

    @Test
    void aChangeWithoutTheTokenIsForbidden() throws Exception {
        String path = "/api/documents/" + SEED + "/edits";
        assertThat(api.postWith(path, edit(0, "accept", "bead", 0), null).status()).isEqualTo(403);
        assertThat(api.postWith(path, edit(0, "accept", "bead", 0), "guess").status()).isEqualTo(403);
        assertThat(api.document().path("version").asInt()).isZero();
        assertThat(output.resolve(".review")).doesNotExist();
    }

    @Test
    void anEditOnAnOlderVersionIsAConflict() throws Exception {
        api.edit(edit(0, "accept", "bead", 0));
        Answer stale = api.post("/api/documents/" + SEED + "/edits", edit(0, "merge", "bead", 5));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("error").asText()).contains("version 1").contains("version 0");
        assertThat(api.document().path("beads")).hasSize(44);
    }

    @Test
    void badEditsAreRefusedWithAReason() throws Exception {
        String path = "/api/documents/" + SEED + "/edits";
        Map<Object, String> cases = new LinkedHashMap<>();
        cases.put(edit(0, "merge", "bead", 44), "no bead 44");
        cases.put(edit(0, "merge", "bead", 43), "last one");
        cases.put(edit(0, "split", "bead", 1, "side", "source", "at", 1), "no-counterpart");
        cases.put(edit(0, "split", "bead", 0, "side", "middle", "at", 1), "side must be");
        cases.put(edit(0, "move", "bead", 0, "side", "source", "to", "previous"), "no previous bead");
        cases.put(edit(0, "fold", "bead", 0), "unknown op");
        cases.put(edit(0, "accept"), "\"bead\" must be a whole number");
        cases.put(edit(0, "edit", "bead", 0, "target", "two\nlines"), "one line");
        cases.put(edit(0, "edit", "bead", 0, "target", "  "), "no-counterpart");
        cases.put(Map.of("op", "merge", "bead", 0), "\"version\"");
        cases.put("{not json", "not JSON");
        for (Map.Entry<Object, String> c : cases.entrySet()) {
            Answer answer = api.post(path, c.getKey());
            assertThat(answer.status()).as(c.getKey().toString()).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(c.getKey().toString()).contains(c.getValue());
        }
        assertThat(api.document().path("version").asInt()).isZero();
    }

    @Test
    void documentIdsCannotReachOutsideTheOutputFolder() throws Exception {
        assertThat(api.get("/api/documents/index.json").status()).isEqualTo(404);
        assertThat(api.get("/api/documents/..").status()).isIn(400, 404);
        assertThat(api.get("/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd").status()).isIn(400, 404);
        assertThat(api.get("/api/documents/..%2F..%2Fetc/export?format=txt").status()).isIn(400, 404);
        assertThat(api.post("/api/documents/%2e%2e/edits", edit(0, "accept", "bead", 0)).status()).isIn(400, 404);
        assertThat(api.get("/assets/..%2Freview.html").status()).isIn(400, 404);
        assertThat(api.get("/assets/ReviewServer.class").status()).isEqualTo(404);
        // a page on another site that resolves its own name to 127.0.0.1 is refused
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/documents HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).contains(" 403");
        }
    }

    @Test
    void exportGivesTheEnglishByParagraphAndTheBilingualPage() throws Exception {
        JsonNode doc = api.document();
        int bead = firstOfType(doc, "1-1");
        api.edit(edit(0, "edit", "bead", bead, "target", "A sentence the reviewer wrote."));
        Answer txt = api.get("/api/documents/" + SEED + "/export?format=txt");
        assertThat(txt.status()).isEqualTo(200);
        assertThat(txt.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(txt.body()).contains("A sentence the reviewer wrote.")
                .startsWith(doc.path("beads").get(0).path("targetText").asText());
        long paragraphs = Files.readString(Path.of("seeds", SEED + ".en.txt")).lines().filter(l -> !l.isBlank()).count();
        assertThat(txt.body().lines().count()).isBetween(paragraphs - 3, paragraphs + 3);
        assertThat(txt.body().lines()).noneMatch(String::isBlank);

        Answer html = api.get("/api/documents/" + SEED + "/export?format=html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<html").contains("A sentence the reviewer wrote.").contains("dir=\"rtl\"");
        assertThat(api.get("/api/documents/" + SEED + "/export?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void aRestartedServerHasEveryEdit() throws Exception {
        api.edit(edit(0, "merge", "bead", 0));
        api.edit(edit(1, "accept", "bead", 2));
        JsonNode before = api.document();
        server.close();
        server = ReviewServer.start(new ReviewServer.Options(output, "Parisa", ReviewFixture.glossary(), false, 0),
                m -> { });
        api = new Client(server.address(), server.token());
        JsonNode after = api.document();
        assertThat(after).isEqualTo(before);
        assertThat(api.edit(edit(2, "undo")).path("beads").get(2).path("state").asText()).isEqualTo("pending");
    }

    @Test
    void aNewRunSetsTheOldReviewAside() throws Exception {
        api.edit(edit(0, "merge", "bead", 0));
        server.close();
        Path fresh = ReviewFixture.output(tmp.resolve("again")).resolve(SEED).resolve(SEED + ".jsonl");
        Files.copy(fresh, file(".jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the run wrote its files again: the journal no longer describes them
        Files.writeString(file(".jsonl"), Files.readString(file(".jsonl")).replace("\"score\":0.996", "\"score\":0.995"));
        List<String> warnings = new ArrayList<>();
        server = ReviewServer.start(new ReviewServer.Options(output, "Parisa", ReviewFixture.glossary(), false, 0),
                warnings::add);
        api = new Client(server.address(), server.token());
        assertThat(api.document().path("version").asInt()).isZero();
        assertThat(api.document().path("beads")).hasSize(44);
        assertThat(warnings).singleElement().asString().contains("new run");
    }

    @Test
    void aRunAndAReviewNeverWriteAtOnce() throws Exception {
        String path = "/api/documents/" + SEED + "/edits";
        try (FileLocks.Held run = OutputGeneration.lock(output)) {
            Answer busy = api.post(path, edit(0, "merge", "bead", 0));
            assertThat(busy.status()).isEqualTo(409);
            assertThat(busy.json().path("error").asText()).contains("in use by another hamgam command");
        }
        assertThat(api.document().path("version").asInt()).isZero();
        assertThat(beads(xml(file(".xlf")))).hasSize(44);

        api.edit(edit(0, "merge", "bead", 0));
        // the same inputs run again while the server is up: the journal still fits the new files, so the run applies
        // the edit again and the review goes on where it was
        ReviewFixture.run(output);
        assertThat(beads(xml(file(".xlf")))).hasSize(43);
        JsonNode doc = api.edit(edit(1, "accept", "bead", 0));
        assertThat(doc.path("version").asInt()).isEqualTo(2);
        assertThat(doc.path("beads")).hasSize(43);
        assertThat(beads(xml(file(".xlf")))).hasSize(43);
        assertThat(segment(file(".xlf"), 0).getAttribute("state")).isEqualTo("reviewed");

        // a run on other inputs: the review no longer fits and is set aside; an edit made before is refused
        Files.writeString(file(".jsonl"), Files.readString(ReviewFixture.output(tmp.resolve("again"))
                .resolve(SEED).resolve(SEED + ".jsonl")).replace("\"score\":0.996", "\"score\":0.995"));
        Answer stale = api.post(path, edit(2, "merge", "bead", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.document().path("version").asInt()).isZero();
        assertThat(warnings).anyMatch(w -> w.contains("new run"));
        assertThat(output.resolve(".review")).isDirectoryContaining(p -> p.getFileName().toString()
                .startsWith(SEED + ".set-aside-"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
