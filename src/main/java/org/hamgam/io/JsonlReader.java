package org.hamgam.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Draft;
import org.hamgam.model.Issue;
import org.hamgam.model.Lang;
import org.hamgam.model.Origin;
import org.hamgam.model.Review;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.Severity;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmMatch;

/**
 * Reads a document's {@code NAME.jsonl} back into a {@link Bitext}: its beads with their sentences, provenance,
 * terms, matches, findings and review decisions, and the boilerplate that was skipped on either side. The original documents are
 * not in the file; each side's text is rebuilt from its sentences and boilerplate at their offsets, with line
 * breaks between paragraphs and spaces elsewhere, so that offsets and paragraphs stay those of the input.
 * Quality and document notes live in {@code index.json}, not here: the result has none.
 */
public final class JsonlReader {
    private JsonlReader() {
    }

    /** @param docId the document's name, as the segment and row identifiers carry it */
    public static Bitext read(Path jsonl, String docId) throws BadInputException {
        String text;
        try {
            text = Files.readString(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(jsonl, "cannot be read: " + e.getMessage(), e);
        }
        ObjectMapper mapper = Json.mapper();
        TreeMap<Integer, Segment> fa = new TreeMap<>();
        TreeMap<Integer, Segment> en = new TreeMap<>();
        List<SkippedSpan> skipped = new ArrayList<>();
        List<Integer> skippedParagraphs = new ArrayList<>();
        List<SkippedSpan> skippedEnglish = new ArrayList<>();
        List<Integer> skippedEnglishParagraphs = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            try {
                JsonNode node = mapper.readTree(lines[i]);
                if ("skipped".equals(node.path("kind").asText())) {
                    boolean english = "en".equals(node.path("side").asText("fa"));
                    (english ? skippedEnglish : skipped).add(new SkippedSpan(node.path("start").asInt(),
                            node.path("end").asInt(), node.path("text").asText(), node.path("reason").asText()));
                    (english ? skippedEnglishParagraphs : skippedParagraphs).add(node.path("paragraph").asInt(-1));
                } else if ("bead".equals(node.path("kind").asText())) {
                    rows.add(row(node, docId, fa, en, where));
                }
            } catch (IOException e) {
                throw new BadInputException(jsonl, where + "not JSON: " + e.getMessage(), e);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadInputException(jsonl, where + e.getMessage(), e);
            }
        }
        SegmentedDocument source = side(docId, Lang.FA, fa, skipped, skippedParagraphs);
        Optional<SegmentedDocument> target = en.isEmpty() ? Optional.empty()
                : Optional.of(side(docId, Lang.EN, en, skippedEnglish, skippedEnglishParagraphs));
        return new Bitext(docId, source, target, rows, 0, List.of());
    }

    private static Row row(JsonNode node, String docId, TreeMap<Integer, Segment> fa, TreeMap<Integer, Segment> en,
                           String where) {
        if (!node.path("source").has("sentences")) {
            throw new IllegalArgumentException("a bead without its sentences: the file was written by an older "
                    + "version; run 'hamgam run' again");
        }
        List<Segment> source = sentences(node.path("source").path("sentences"), docId, Lang.FA, fa);
        List<Segment> target = sentences(node.path("target").path("sentences"), docId, Lang.EN, en);
        Bead bead = new Bead(source.stream().map(Segment::index).toList(), target.stream().map(Segment::index).toList(),
                node.path("score").asDouble());
        JsonNode o = node.path("origin");
        Origin origin = Origin.valueOf(o.path("origin").asText("none").toUpperCase(java.util.Locale.ROOT));
        Draft draft = new Draft(node.path("target").path("text").asText(""), origin, o.path("engine").asText(""),
                o.path("score").asDouble());
        List<TermHit> terms = new ArrayList<>();
        for (JsonNode t : node.path("terms")) {
            List<String> alternatives = new ArrayList<>();
            t.path("alternatives").forEach(a -> alternatives.add(a.asText()));
            terms.add(new TermHit(t.path("id").asText(""), t.path("source").asText(), t.path("target").asText(),
                    t.path("start").asInt(), t.path("end").asInt(), t.path("surface").asText(), alternatives));
        }
        List<TmMatch> matches = new ArrayList<>();
        for (JsonNode m : node.path("matches")) {
            matches.add(new TmMatch(m.path("source").asText(), m.path("target").asText(), m.path("similarity").asInt(),
                    m.path("exact").asBoolean(), m.path("inContext").asBoolean(), m.path("origin").asText("")));
        }
        List<Issue> issues = new ArrayList<>();
        for (JsonNode i : node.path("issues")) {
            issues.add(new Issue(i.path("code").asText(), Severity.valueOf(i.path("severity").asText("info")
                    .toUpperCase(java.util.Locale.ROOT)), i.path("segment").asText(), i.path("start").asInt(-1),
                    i.path("end").asInt(-1), i.path("message").asText(), i.path("suggestion").asText("")));
        }
        Review review = Review.none();
        if (node.has("review")) {
            JsonNode r = node.path("review");
            review = new Review(Review.State.valueOf(r.path("state").asText().toUpperCase(java.util.Locale.ROOT)),
                    r.path("reviewer").asText(""), r.path("time").asText(""));
        }
        return new Row(node.path("id").asText(), bead, source, target, draft, terms, issues, matches, review);
    }

    private static List<Segment> sentences(JsonNode array, String docId, Lang lang, TreeMap<Integer, Segment> seen) {
        List<Segment> out = new ArrayList<>();
        for (JsonNode s : array) {
            Segment segment = new Segment(s.path("id").asText(), docId, s.path("paragraph").asInt(),
                    s.path("index").asInt(), lang, s.path("original").asText(), s.path("normalized").asText(),
                    s.path("start").asInt(), s.path("end").asInt());
            if (seen.put(segment.index(), segment) != null) {
                throw new IllegalArgumentException("sentence " + segment.id() + " belongs to two beads");
            }
            out.add(segment);
        }
        return out;
    }

    /** The side's segments in index order, over a text rebuilt from them and the boilerplate. */
    private static SegmentedDocument side(String docId, Lang lang, TreeMap<Integer, Segment> segments,
                                          List<SkippedSpan> boilerplate, List<Integer> boilerplateParagraphs) {
        record Piece(int start, int end, int paragraph, String text) { }
        List<Piece> pieces = new ArrayList<>();
        segments.values().forEach(s -> pieces.add(new Piece(s.start(), s.end(), s.paragraph(), s.original())));
        for (int i = 0; i < boilerplate.size(); i++) {
            SkippedSpan b = boilerplate.get(i);
            pieces.add(new Piece(b.start(), b.end(), boilerplateParagraphs.get(i), b.text()));
        }
        pieces.sort(Comparator.comparingInt(Piece::start));
        StringBuilder text = new StringBuilder();
        List<SkippedSpan> gaps = new ArrayList<>();
        int paragraph = 0;
        for (Piece p : pieces) {
            if (p.start() < text.length()) {
                throw new IllegalArgumentException("overlapping sentences at offset " + p.start());
            }
            int gapStart = text.length();
            int breaks = Math.max(0, p.paragraph() - paragraph);
            while (text.length() < p.start()) {
                text.append(breaks-- > 0 ? '\n' : ' ');
            }
            if (text.length() > gapStart) {
                gaps.add(new SkippedSpan(gapStart, text.length(), text.substring(gapStart), SkippedSpan.WHITESPACE));
            }
            text.append(p.text());
            paragraph = Math.max(paragraph, p.paragraph());
        }
        List<SkippedSpan> skipped = new ArrayList<>(gaps);
        skipped.addAll(boilerplate);
        skipped.sort(Comparator.comparingInt(SkippedSpan::start));
        return new SegmentedDocument(new Document(docId, lang, text.toString()),
                List.copyOf(segments.values()), skipped);
    }
}
