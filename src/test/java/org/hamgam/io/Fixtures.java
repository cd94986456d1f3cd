package org.hamgam.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Draft;
import org.hamgam.model.Issue;
import org.hamgam.model.Lang;
import org.hamgam.model.Origin;
import org.hamgam.model.Review;
import org.hamgam.model.Row;
import org.hamgam.model.TmMatch;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.Severity;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.TermHit;

/** Hand-built bitexts for the writer tests, full of strings that break careless escaping. */
final class Fixtures {
    static final String RLM = "\u200F";
    static final String ZWNJ = "\u200C";
    static final String SCRIPT = "<script>alert(1)</script>";
    /** Sets the page title and adds an attribute if it ever runs. */
    static final String PAYLOAD = "<script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')</script>";
    static final String IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">";

    static final String FA0 = "سلام " + SCRIPT + " & \"نقل\" 'قول' ]]> دنیا.";
    static final String FA1 = "کتاب" + ZWNJ + "ها" + RLM + " را خواندم " + PAYLOAD + ".";
    static final String BOILER = "کپی‌رایت © <b>۱۴۰۳</b> & ]]> " + IMG;
    static final String FA2 = "جمهوری اسلامی ایران در سطح بین" + ZWNJ + "المللی.";
    static final String FA3 = "جمله" + ZWNJ + "ای بی" + ZWNJ + "ترجمه.";
    static final String FA4 = "\u202Bمتن دوسویه ABC-123\u202C چرا؟";
    static final String EN0 = "Hello " + SCRIPT + " & \"quotes\" 'x' ]]> world; I read the books " + PAYLOAD + ".";
    static final String EN1 = "The Islamic Republic of Iran at the international level.";
    static final String EN2 = "An extra English sentence & more.";
    static final String EN3 = "Bidi text " + RLM + "ABC-123 why?";

    private Fixtures() {
    }

    /** Builds a document piece by piece so that offsets, paragraphs and skipped spans are consistent. */
    static final class DocBuilder {
        private final String docId;
        private final Lang lang;
        private final StringBuilder text = new StringBuilder();
        private final List<Segment> segments = new ArrayList<>();
        private final List<SkippedSpan> skipped = new ArrayList<>();
        private int paragraph;

        DocBuilder(String docId, Lang lang) {
            this.docId = docId;
            this.lang = lang;
        }

        DocBuilder sentence(String original) {
            return sentence(original, original);
        }

        DocBuilder sentence(String original, String normalized) {
            int start = text.length();
            text.append(original);
            int index = segments.size();
            segments.add(new Segment(docId + ":" + lang.code() + ":" + index, docId, paragraph, index, lang,
                    original, normalized, start, text.length()));
            return this;
        }

        DocBuilder space() {
            return skip(" ", SkippedSpan.WHITESPACE);
        }

        DocBuilder newline() {
            skip("\n", SkippedSpan.WHITESPACE);
            paragraph++;
            return this;
        }

        DocBuilder boilerplate(String span, String reason) {
            return skip(span, reason);
        }

        private DocBuilder skip(String span, String reason) {
            int start = text.length();
            text.append(span);
            skipped.add(new SkippedSpan(start, text.length(), span, reason));
            return this;
        }

        Segment segment(int index) {
            return segments.get(index);
        }

        SegmentedDocument build() {
            return new SegmentedDocument(new Document(docId, lang, text.toString()), segments, skipped);
        }
    }

    static DocBuilder persian(String docId) {
        return new DocBuilder(docId, Lang.FA)
                .sentence(FA0).space().sentence(FA1).newline()
                .boilerplate(BOILER, "boilerplate:footer").newline()
                .sentence(FA2).space().sentence(FA3).newline()
                .sentence(FA4, FA4.replace("؟", "?"));
    }

    /** An aligned document: a 2-1 bead, a low-confidence bead with a term hit, a 1-0, a 0-1 and QA issues. */
    static Bitext hostile() {
        String docId = "hostile<&\"'>";
        DocBuilder fa = persian(docId);
        DocBuilder en = new DocBuilder(docId, Lang.EN)
                .sentence(EN0).newline().sentence(EN1).space().sentence(EN2).newline().sentence(EN3);
        String term = "جمهوری اسلامی ایران";
        List<Row> rows = List.of(
                new Row(docId + ":1", new Bead(List.of(0, 1), List.of(0), 0.91),
                        List.of(fa.segment(0), fa.segment(1)), List.of(en.segment(0)),
                        new Draft(EN0, Origin.ALIGNED, "aligner", 0.91), List.of(),
                        List.of(new Issue("number", Severity.WARNING, docId + ":1", 0, 5,
                                "Number " + SCRIPT + " missing & \"odd\"", "<b>1403</b>"))),
                new Row(docId + ":2", new Bead(List.of(2), List.of(1), 0.35),
                        List.of(fa.segment(2)), List.of(en.segment(1)),
                        new Draft(EN1, Origin.ALIGNED, "aligner", 0.35),
                        List.of(new TermHit("t<7>", term, "Islamic Republic of Iran & \"co\"", 0, term.length(), term)),
                        List.of()),
                new Row(docId + ":3", new Bead(List.of(3), List.of(), 0.6),
                        List.of(fa.segment(3)), List.of(), Draft.none(), List.of(), List.of()),
                new Row(docId + ":4", new Bead(List.of(), List.of(2), 0.2),
                        List.of(), List.of(en.segment(2)), new Draft(EN2, Origin.ALIGNED, "aligner", 0.2),
                        List.of(), List.of()),
                new Row(docId + ":5", new Bead(List.of(4), List.of(3), 0.8),
                        List.of(fa.segment(4)), List.of(en.segment(3)),
                        new Draft(EN3, Origin.ALIGNED, "aligner", 0.8), List.of(),
                        List.of(new Issue("source-punct", Severity.ERROR, docId + ":5", -1, -1,
                                "Question mark ]]> differs", ""))));
        return new Bitext(docId, fa.build(), Optional.of(en.build()), rows, 0.62,
                List.of("The English is shorter & \"odd\" " + SCRIPT));
    }

    /** The same Persian without English: drafts from a memory, a machine, the glossary, and none. */
    static Bitext drafted() {
        String docId = "drafted";
        DocBuilder fa = persian(docId);
        List<Row> rows = List.of(
                new Row("drafted:1", new Bead(List.of(0, 1), List.of(), 0.0), List.of(fa.segment(0), fa.segment(1)),
                        List.of(), new Draft("From memory & <tm>", Origin.TM, "tm.tmx", 0.87), List.of(), List.of(),
                        List.of(new TmMatch("حافظه & <منبع>", "From memory & <tm>", 87, false, false, "tm.tmx"))),
                new Row("drafted:2", new Bead(List.of(2), List.of(), 0.0), List.of(fa.segment(2)), List.of(),
                        new Draft("Machine ]]> draft", Origin.MT, "engine \"x\"", 0.5), List.of(), List.of()),
                new Row("drafted:3", new Bead(List.of(3), List.of(), 0.0), List.of(fa.segment(3)), List.of(),
                        new Draft("Glossary words", Origin.GLOSSARY, "glossary", 1.0), List.of(), List.of()),
                new Row("drafted:4", new Bead(List.of(4), List.of(), 0.0), List.of(fa.segment(4)), List.of(),
                        Draft.none(), List.of(), List.of()));
        return new Bitext(docId, fa.build(), Optional.empty(), rows, 0, List.of());
    }

    /**
     * {@link #drafted()} after a review: the memory's draft accepted, the machine draft replaced by a person's
     * English; the glossary draft still unconfirmed.
     */
    static Bitext draftedAndConfirmed() {
        Bitext drafted = drafted();
        List<Row> rows = new ArrayList<>(drafted.rows());
        Row memory = rows.get(0);
        rows.set(0, new Row(memory.id(), memory.bead(), memory.source(), memory.target(), memory.draft(),
                memory.terms(), memory.issues(), memory.matches(),
                new Review(Review.State.ACCEPTED, "ana", "2026-01-01T00:00:00Z")));
        Row machine = rows.get(1);
        rows.set(1, new Row(machine.id(), machine.bead(), machine.source(), machine.target(),
                new Draft("A person's English", Origin.HUMAN, "ana", 1.0), machine.terms(), machine.issues()));
        return new Bitext(drafted.docId(), drafted.source(), drafted.target(), rows, drafted.quality(),
                drafted.notes());
    }

    /** All texts a reader must get back exactly. */
    static List<String> hostileTexts() {
        return List.of(FA0, FA1, FA2, FA3, EN0, EN1, EN2, EN3);
    }
}
