package org.hamgam.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamgam.align.Alignment;
import org.hamgam.align.BeadModel;
import org.hamgam.align.SentenceAligner;
import org.hamgam.draft.DraftChain;
import org.hamgam.draft.DraftNote;
import org.hamgam.draft.DraftResult;
import org.hamgam.glossary.TermMatcher;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Draft;
import org.hamgam.model.Issue;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.Severity;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.TermHit;
import org.hamgam.model.QaPair;
import org.hamgam.qa.QaRunner;
import org.hamgam.qa.TermAlternatives;
import org.hamgam.segment.SentenceSegmenter;
import org.hamgam.text.ScriptProfile;

/**
 * Wires the stages for one document: segment → find terms → align with the English (or draft) → check. Pure:
 * no files, no printing; the same inputs give the same {@link Bitext}. Thread-safe when its stages are.
 */
public final class Pipeline {
    /** The engine label of aligned targets. */
    public static final String ALIGNER_ENGINE = "hamgam-aligner";

    /** Too few letters say nothing about a text's script. */
    static final int MIN_LETTERS_FOR_SCRIPT_CHECK = 20;

    private final SentenceSegmenter persian;
    private final SentenceSegmenter persianForAlignment;
    private final SentenceSegmenter english;
    private final TermMatcher matcher;
    private final TermAlternatives alternatives;
    private final SentenceAligner aligner;
    private final DraftChain drafter;
    private final QaRunner qa;

    /**
     * A pipeline whose terminology check accepts any translation {@code alternatives} lists for a Persian term
     * that {@code matcher} finds.
     */
    public Pipeline(SentenceSegmenter persian, SentenceSegmenter english, TermMatcher matcher,
                    TermAlternatives alternatives, SentenceAligner aligner, DraftChain drafter, QaRunner qa) {
        this(persian, persian, english, matcher, alternatives, aligner, drafter, qa);
    }

    /**
     * As {@link #Pipeline(SentenceSegmenter, SentenceSegmenter, TermMatcher, TermAlternatives, SentenceAligner,
     * DraftChain, QaRunner)}, with the Persian cut by {@code persianForAlignment} when there is English to align
     * with (a segmenter that may cut finer, for the aligner to join again), by {@code persian} when it is drafted.
     */
    public Pipeline(SentenceSegmenter persian, SentenceSegmenter persianForAlignment, SentenceSegmenter english,
                    TermMatcher matcher, TermAlternatives alternatives, SentenceAligner aligner, DraftChain drafter,
                    QaRunner qa) {
        this.persian = persian;
        this.persianForAlignment = persianForAlignment;
        this.english = english;
        this.matcher = matcher;
        this.alternatives = alternatives;
        this.aligner = aligner;
        this.drafter = drafter;
        this.qa = qa;
    }

    /** Processes a Persian document and, when there is one, its English counterpart. */
    public Bitext process(Document source, Optional<Document> target) {
        Optional<SegmentedDocument> en = target.map(english::segment);
        boolean aligning = en.isPresent() && !en.get().segments().isEmpty();
        SegmentedDocument fa = (aligning ? persianForAlignment : persian).segment(source);
        List<List<TermHit>> faTerms = fa.segments().stream().map(s -> matcher.find(s.original())).toList();
        List<String> notes = new ArrayList<>(scriptWarnings(source, target));
        List<Row> rows;
        double quality;
        if (aligning) {
            List<Segment> enSegments = en.get().segments();
            List<List<TermHit>> enTerms = enSegments.stream().map(s -> matcher.findTarget(s.original())).toList();
            Alignment alignment = aligner.align(fa.segments(), enSegments, faTerms, enTerms);
            notes.addAll(alignment.warnings());
            quality = alignment.quality();
            rows = alignedRows(source.id(), fa.segments(), enSegments, faTerms, alignment.beads());
        } else {
            if (en.isPresent()) {
                notes.add("the English counterpart is empty: drafts are prepared instead of an alignment");
            }
            quality = 0;
            rows = draftRows(source.id(), fa.segments(), faTerms);
        }
        rows = withIssues(rows, en.isPresent() && !en.get().segments().isEmpty());
        return new Bitext(source.id(), fa, en, rows, quality, notes);
    }

    /**
     * What the run must warn of once its documents are done: the drafter's engines that were left out or left
     * segments without a translation ({@link DraftChain#warnings()}).
     */
    public List<String> warnings() {
        return drafter.warnings();
    }

    /**
     * The aligner's model of an aligned document, to score beads a reviewer reshaped with the evidence the aligner
     * weighed: the document's sentences and the glossary terms this pipeline finds in them.
     *
     * @throws IllegalArgumentException when the document has no English to align with
     */
    public BeadModel beadModel(Bitext bitext) {
        List<Segment> fa = bitext.source().segments();
        List<Segment> en = bitext.target().map(SegmentedDocument::segments)
                .orElseThrow(() -> new IllegalArgumentException(bitext.docId() + " has no English"));
        return aligner.model(fa, en, fa.stream().map(s -> matcher.find(s.original())).toList(),
                en.stream().map(s -> matcher.findTarget(s.original())).toList());
    }

    private static List<Row> alignedRows(String docId, List<Segment> fa, List<Segment> en,
                                         List<List<TermHit>> faTerms, List<Bead> beads) {
        List<Row> rows = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            List<Segment> src = bead.source().stream().map(fa::get).toList();
            List<Segment> tgt = bead.target().stream().map(en::get).toList();
            String text = tgt.stream().map(Segment::original).collect(Collectors.joining(" "));
            Draft draft = tgt.isEmpty() ? Draft.none() : new Draft(text, Origin.ALIGNED, ALIGNER_ENGINE, bead.score());
            rows.add(new Row(rowId(docId, rows.size()), bead, src, tgt, draft,
                    termsOfRow(src, bead.source().stream().map(faTerms::get).toList()), List.of()));
        }
        return rows;
    }

    private List<Row> draftRows(String docId, List<Segment> fa, List<List<TermHit>> faTerms) {
        DraftResult result = drafter.draft(fa, faTerms);
        List<Row> rows = new ArrayList<>(result.drafts().size());
        for (int u = 0; u < result.drafts().size(); u++) {
            Draft draft = result.drafts().get(u);
            List<Integer> covered = result.segments().get(u);
            Bead bead = new Bead(covered, List.of(), draft.score());
            String id = rowId(docId, u);
            List<Issue> notes = result.notes().get(u).stream().map(n -> draftIssue(id, n)).toList();
            List<Segment> source = covered.stream().map(fa::get).toList();
            rows.add(new Row(id, bead, source, List.of(), draft,
                    termsOfRow(source, covered.stream().map(faTerms::get).toList()), notes, result.matches().get(u)));
        }
        return rows;
    }

    /** A drafting note as a finding: a dropped glossary term is a warning, a failed engine only information. */
    static Issue draftIssue(String rowId, DraftNote note) {
        Severity severity = DraftNote.TERM_MISSING.equals(note.code()) ? Severity.WARNING : Severity.INFO;
        return new Issue(note.code(), severity, rowId, -1, -1, note.message(), note.term());
    }

    /** Term hits of a row, with offsets into {@link Row#sourceOriginal()} (originals joined by one space). */
    static List<TermHit> termsOfRow(List<Segment> segments, List<List<TermHit>> hits) {
        List<TermHit> out = new ArrayList<>();
        int shift = 0;
        for (int k = 0; k < segments.size(); k++) {
            for (TermHit h : hits.get(k)) {
                out.add(h.moved(shift));
            }
            shift += segments.get(k).original().length() + 1;
        }
        return out;
    }

    private List<Row> withIssues(List<Row> rows, boolean aligned) {
        // Rows without any target text in draft mode have nothing to check yet.
        List<Row> checked = rows.stream()
                .filter(r -> !r.source().isEmpty() && (aligned || !r.draft().isEmpty()))
                .toList();
        if (checked.isEmpty()) {
            return rows;
        }
        List<QaPair> pairs = checked.stream()
                .map(r -> new QaPair(r.id(), r.sourceOriginal(), r.targetText(), alternatives.expand(r.terms()),
                        matcher.findTarget(r.targetText())))
                .toList();
        Map<String, List<Issue>> bySegment = qa.run(pairs).stream()
                .collect(Collectors.groupingBy(Issue::segment));
        Function<Row, Row> attach = r -> {
            List<Issue> all = new ArrayList<>(r.issues());
            all.addAll(bySegment.getOrDefault(r.id(), List.of()));
            return r.withIssues(all);
        };
        return rows.stream().map(attach).toList();
    }

    /**
     * Warns when the Persian side is mostly not Persian, or the English side mostly Persian; the warnings say which
     * file name makes a document Persian or English.
     */
    public static List<String> scriptWarnings(Document source, Optional<Document> target) {
        List<String> warnings = new ArrayList<>();
        if (notPersian(source)) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "the Persian document does not look Persian: %.0f%% of its letters are Arabic script (NAME.txt "
                            + "and NAME.fa.txt are read as Persian, NAME.en.txt as the English of NAME.txt: name an "
                            + "English file NAME.en.txt beside its Persian)", 100 * arabicShare(source)));
        }
        target.filter(Pipeline::looksPersian).ifPresent(t -> warnings.add(String.format(java.util.Locale.ROOT,
                "the English counterpart looks Persian: %.0f%% of its letters are Arabic script; "
                        + "were the files swapped?", 100 * arabicShare(t))));
        return warnings;
    }

    /** Whether a document with letters enough to tell has fewer than half of them in Arabic script. */
    public static boolean notPersian(Document document) {
        ScriptProfile profile = ScriptProfile.of(document.original());
        return profile.letters() >= MIN_LETTERS_FOR_SCRIPT_CHECK && profile.arabicShare() < 0.5;
    }

    /** Whether a document with letters enough to tell has more than half of them in Arabic script. */
    public static boolean looksPersian(Document document) {
        ScriptProfile profile = ScriptProfile.of(document.original());
        return profile.letters() >= MIN_LETTERS_FOR_SCRIPT_CHECK && profile.arabicShare() > 0.5;
    }

    private static double arabicShare(Document document) {
        return ScriptProfile.of(document.original()).arabicShare();
    }

    static String rowId(String docId, int index) {
        return docId + ":" + (index + 1);
    }
}
