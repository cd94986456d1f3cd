package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Draft;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.junit.jupiter.api.Test;

class MosesWriterTest {
    @Test
    void writesOneLinePerNonEmptyPair() throws Exception {
        Bitext bitext = Fixtures.hostile();
        StringWriter fa = new StringWriter();
        StringWriter en = new StringWriter();
        new MosesWriter().write(bitext, fa, en);
        List<String> faLines = fa.toString().lines().toList();
        List<String> enLines = en.toString().lines().toList();
        assertThat(faLines).containsExactly(Fixtures.FA0 + " " + Fixtures.FA1, Fixtures.FA2,
                bitext.rows().get(4).sourceText());
        assertThat(enLines).containsExactly(Fixtures.EN0, Fixtures.EN1, Fixtures.EN3);
        assertThat(fa.toString()).endsWith("\n");
    }

    @Test
    void aDocumentToTranslateIsWrittenWholeWithItsDraftsOrEmptyLines() throws Exception {
        StringWriter fa = new StringWriter();
        StringWriter en = new StringWriter();
        Bitext drafted = Fixtures.drafted();
        new MosesWriter().write(drafted, fa, en);
        assertThat(fa.toString().split("\n", -1)).containsExactly(Fixtures.FA0 + " " + Fixtures.FA1, Fixtures.FA2,
                Fixtures.FA3, drafted.rows().get(3).sourceText(), "");
        assertThat(en.toString().split("\n", -1))
                .containsExactly("From memory & <tm>", "Machine ]]> draft", "Glossary words", "", "");
    }

    @Test
    void thePairsAloneAreAnAlignedDocumentsLinesAndADraftedDocumentsTranslationsOnly() throws Exception {
        StringWriter fa = new StringWriter();
        StringWriter en = new StringWriter();
        new MosesWriter().writePairs(Fixtures.hostile(), fa, en);
        StringWriter wholeFa = new StringWriter();
        StringWriter wholeEn = new StringWriter();
        new MosesWriter().write(Fixtures.hostile(), wholeFa, wholeEn);
        assertThat(fa.toString()).isEqualTo(wholeFa.toString());
        assertThat(en.toString()).isEqualTo(wholeEn.toString());

        StringWriter draftedFa = new StringWriter();
        StringWriter draftedEn = new StringWriter();
        new MosesWriter().writePairs(Fixtures.drafted(), draftedFa, draftedEn);
        assertThat(draftedFa.toString()).as("no draft is a pair until a person confirms it").isEmpty();
        assertThat(draftedEn.toString()).isEmpty();
    }

    @Test
    void aDraftAPersonAcceptedOrWroteIsATranslationPair() throws Exception {
        StringWriter fa = new StringWriter();
        StringWriter en = new StringWriter();
        new MosesWriter().writePairs(Fixtures.draftedAndConfirmed(), fa, en);
        assertThat(fa.toString()).isEqualTo(Fixtures.FA0 + " " + Fixtures.FA1 + "\n" + Fixtures.FA2 + "\n");
        assertThat(en.toString()).isEqualTo("From memory & <tm>\nA person's English\n");
    }

    @Test
    void keepsEmptyPairsWhenAskedAndMachineDraftsOnlyWhenAsked() throws Exception {
        StringWriter fa = new StringWriter();
        StringWriter en = new StringWriter();
        new MosesWriter(true, EnumSet.allOf(Origin.class)).write(Fixtures.hostile(), fa, en);
        assertThat(fa.toString().split("\n", -1)).hasSize(6);
        assertThat(en.toString().split("\n", -1)).hasSize(6);
        assertThat(fa.toString().split("\n", -1)[3]).isEmpty();
        assertThat(en.toString().split("\n", -1)[2]).isEmpty();
    }

    @Test
    void lineBreaksInsideATextCannotShiftTheAlignment() throws Exception {
        Bitext base = Fixtures.hostile();
        Row row = base.rows().get(0);
        Row broken = new Row(row.id(), new Bead(List.of(0, 1), List.of(0), 0.9), row.source(), row.target(),
                new Draft("one\r\ntwo\u2028three\u0085four", Origin.ALIGNED, "aligner", 0.9), List.of(), List.of());
        Bitext bitext = new Bitext("d", base.source(), Optional.empty(), List.of(broken), 0, List.of());
        StringWriter fa = new StringWriter();
        StringWriter en = new StringWriter();
        new MosesWriter().write(bitext, fa, en);
        assertThat(en.toString()).isEqualTo("one  two three four\n");
        assertThat(new MosesWriter().sourceFileName("x")).isEqualTo("x.fa.txt");
        assertThat(new MosesWriter().targetFileName("x")).isEqualTo("x.en.txt");
    }
}
