package org.hamgam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void beadNotationAndType() {
        Bead bead = new Bead(List.of(0, 1), List.of(2), 0.9);
        assertThat(bead.notation()).isEqualTo("[0, 1]:[2]");
        assertThat(bead.type()).isEqualTo("2-1");
        assertThat(new Bead(List.of(), List.of(4), 0.1).notation()).isEqualTo("[]:[4]");
    }

    @Test
    void beadRejectsEmptyAndOutOfRangeScores() {
        assertThatThrownBy(() -> new Bead(List.of(), List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bead(List.of(0), List.of(), 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bead(List.of(0), List.of(), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentOffsetsMustFitItsText() {
        assertThatThrownBy(() -> new Segment("d:fa:0", "d", 0, 0, Lang.FA, "abc", "abc", 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reassembleRebuildsTheOriginal() {
        Document doc = new Document("d", Lang.FA, "سلام. خوبی؟\nRead More");
        SegmentedDocument seg = new SegmentedDocument(doc,
                List.of(new Segment("d:fa:0", "d", 0, 0, Lang.FA, "سلام.", "سلام.", 0, 5),
                        new Segment("d:fa:1", "d", 0, 1, Lang.FA, "خوبی؟", "خوبی؟", 6, 11)),
                List.of(new SkippedSpan(5, 6, " ", SkippedSpan.WHITESPACE),
                        new SkippedSpan(11, 12, "\n", SkippedSpan.WHITESPACE),
                        new SkippedSpan(12, 21, "Read More", "boilerplate:script")));
        assertThat(seg.reassemble()).isEqualTo(doc.original());
        assertThat(seg.boilerplate()).extracting(SkippedSpan::reason).containsExactly("boilerplate:script");
    }

    @Test
    void langParsesCodes() {
        assertThat(Lang.of("fa-IR")).isEqualTo(Lang.FA);
        assertThat(Lang.of("en_US")).isEqualTo(Lang.EN);
        assertThat(Lang.of("de")).isEqualTo(Lang.OTHER);
    }

    @Test
    void rowsAreFlaggedForLowConfidenceTargetsOrQaFindings() {
        Segment fa = new Segment("d:fa:0", "d", 0, 0, Lang.FA, "الف", "الف", 0, 3);
        Row low = new Row("d:1", new Bead(List.of(0), List.of(0), 0.2), List.of(fa), List.of(),
                new Draft("A", Origin.ALIGNED, "x", 0.2), List.of(), List.of());
        Row noDraft = new Row("d:2", new Bead(List.of(0), List.of(), 0), List.of(fa), List.of(),
                Draft.none(), List.of(), List.of());
        Row withIssue = new Row("d:3", new Bead(List.of(0), List.of(), 0), List.of(fa), List.of(),
                Draft.none(), List.of(), List.of(new Issue("number", Severity.ERROR, "d:3", 0, 1, "m", "")));
        assertThat(low.flagged(0.5)).isTrue();
        assertThat(noDraft.flagged(0.5)).isFalse();
        assertThat(withIssue.flagged(0.5)).isTrue();
    }

    @Test
    void onlyProposedEnglishMakesADraftRow() {
        Segment fa = new Segment("d:fa:0", "d", 0, 0, Lang.FA, "الف", "الف", 0, 3);
        Bead alone = new Bead(List.of(0), List.of(), 0.9);
        java.util.function.Function<Draft, Row> row = draft -> new Row("d:1", alone, List.of(fa), List.of(), draft,
                List.of(), List.of());
        assertThat(row.apply(new Draft("A", Origin.TM, "tm", 0.9)).beadType()).isEqualTo(Row.DRAFT_TYPE);
        assertThat(row.apply(new Draft("A", Origin.MT, "mt", 0)).beadType()).isEqualTo(Row.DRAFT_TYPE);
        // a reviewer's English for Persian the English document lacked: still that document's 1-0 bead
        assertThat(row.apply(new Draft("A", Origin.HUMAN, "Parisa", 1)).beadType()).isEqualTo("1-0");
        assertThat(row.apply(Draft.none()).beadType()).isEqualTo("1-0");
    }
}
