package org.hamgam.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Draft;
import org.hamgam.model.Lang;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.TermHit;

/**
 * The seed article as a bitext for rendering tests. Segmentation and alignment here are deliberately naive
 * (sentences split at end punctuation, paragraph n paired with paragraph n): the page, not the aligner, is under
 * test. The last Persian line, a source credit, is treated as boilerplate.
 */
final class SeedFixture {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?؟]+(?:[.!?؟]+|$)");

    private SeedFixture() {
    }

    static Path seeds() {
        return Path.of("seeds");
    }

    static Bitext seed() throws IOException {
        String id = "000_197c25bd1892c35a";
        List<String> faLines = lines(seeds().resolve(id + ".txt"));
        List<String> enLines = lines(seeds().resolve(id + ".en.txt"));
        List<String[]> glossary = glossary(Path.of("glossary", "terms.tsv"));

        Fixtures.DocBuilder fa = new Fixtures.DocBuilder(id, Lang.FA);
        List<List<Segment>> faParagraphs = build(fa, faLines, true);
        Fixtures.DocBuilder en = new Fixtures.DocBuilder(id, Lang.EN);
        List<List<Segment>> enParagraphs = build(en, enLines, false);

        List<Row> rows = new ArrayList<>();
        int n = Math.max(faParagraphs.size(), enParagraphs.size());
        for (int p = 0; p < n; p++) {
            List<Segment> src = p < faParagraphs.size() ? faParagraphs.get(p) : List.of();
            List<Segment> trg = p < enParagraphs.size() ? enParagraphs.get(p) : List.of();
            String enText = String.join(" ", trg.stream().map(Segment::text).toList());
            int faLength = src.stream().mapToInt(s -> s.original().length()).sum();
            double score = trg.isEmpty() || src.isEmpty() ? 0.1
                    : Math.exp(-2 * Math.abs(Math.log(faLength / (enText.length() * 1.25))));
            Row shell = new Row(id + ":" + (p + 1), bead(src, trg, score), src, trg, Draft.none(), List.of(), List.of());
            List<TermHit> hits = terms(shell.sourceOriginal(), glossary);
            Draft draft = enText.isEmpty() ? Draft.none() : new Draft(enText, Origin.ALIGNED, "aligner", score);
            rows.add(new Row(shell.id(), shell.bead(), src, trg, draft, hits, List.of()));
        }
        return new Bitext(id, fa.build(), Optional.of(en.build()), rows, 0.7, List.of("Naive paragraph alignment."));
    }

    private static Bead bead(List<Segment> src, List<Segment> trg, double score) {
        return new Bead(src.stream().map(Segment::index).toList(), trg.stream().map(Segment::index).toList(),
                Math.min(1, score));
    }

    private static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<List<Segment>> build(Fixtures.DocBuilder doc, List<String> lines, boolean lastIsBoilerplate) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        int count = 0;
        for (int l = 0; l < lines.size(); l++) {
            if (l > 0) {
                doc.newline();
            }
            String line = lines.get(l);
            if (lastIsBoilerplate && l == lines.size() - 1) {
                doc.boilerplate(line, "boilerplate:credit");
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            Matcher m = SENTENCE.matcher(line);
            int at = 0;
            while (m.find()) {
                String piece = m.group();
                String lead = piece.substring(0, piece.length() - piece.stripLeading().length());
                String sentence = piece.strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                String gap = line.substring(at, m.start()) + lead;
                if (!gap.isEmpty()) {
                    doc.boilerplate(gap, org.hamgam.model.SkippedSpan.WHITESPACE);
                }
                doc.sentence(sentence);
                segments.add(doc.segment(count++));
                at = m.start() + lead.length() + sentence.length();
            }
            if (at < line.length()) {
                doc.boilerplate(line.substring(at), org.hamgam.model.SkippedSpan.WHITESPACE);
            }
            if (!segments.isEmpty()) {
                paragraphs.add(segments);
            }
        }
        return paragraphs;
    }

    private static List<String[]> glossary(Path tsv) throws IOException {
        List<String[]> terms = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols.length >= 2) {
                terms.add(cols);
            }
        }
        return terms;
    }

    private static List<TermHit> terms(String text, List<String[]> glossary) {
        // Longest terms first, first occurrence only, no overlaps: like a real matcher, simpler.
        List<String[]> byLength = new ArrayList<>(glossary);
        byLength.sort(java.util.Comparator.comparingInt((String[] t) -> t[0].length()).reversed());
        List<TermHit> hits = new ArrayList<>();
        for (String[] term : byLength) {
            int at = text.indexOf(term[0]);
            int end = at + term[0].length();
            if (at >= 0 && hits.stream().allMatch(h -> end <= h.start() || at >= h.end())) {
                hits.add(new TermHit("t" + hits.size(), term[0], term[1], at, end, term[0]));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(TermHit::start));
        return hits;
    }
}
