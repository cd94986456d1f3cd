package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryWriterTest {
    private static final Glossary SAMPLE = Glossary.of(List.of(
            new Term("a:1", "شاهد-۱۳۶", "Shahed-136", "weapon; <drone> & \"loitering\"", List.of("شاهد ۱۳۶"), "a:1", 0),
            new Term("a:2", "تفاهم\u200Cنامه", "memorandum of understanding", "", List.of(), "a:2", 0)));

    @Test
    void tsvRoundTrips() throws Exception {
        String tsv = GlossaryWriter.toTsv(SAMPLE);
        assertThat(tsv).startsWith("شاهد-۱۳۶\tShahed-136\tweapon; <drone> & \"loitering\"\n");
        Glossary back = GlossaryReaderTest.read("back.tsv", tsv);
        // the variant comes back as a duplicate row and merges into the term again
        assertThat(back.terms()).extracting(Term::source, Term::target, Term::note, Term::variants)
                .containsExactlyElementsOf(SAMPLE.terms().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.source(), t.target(), t.note(), t.variants()))
                        .toList());
    }

    @Test
    void tsvFieldsCannotBreakRows() {
        Glossary g = Glossary.of(List.of(new Term("x", "#نفت", "oil\tcrude\nblack", "", List.of(), "x", 0)));
        String tsv = GlossaryWriter.toTsv(g);
        assertThat(tsv.split("\n")).hasSize(1);
        assertThat(tsv).isEqualTo(" #نفت\toil crude black\n");
    }

    @Test
    void tbxV2AndV3RoundTrip() throws Exception {
        for (GlossaryWriter.TbxVersion v : GlossaryWriter.TbxVersion.values()) {
            String tbx = GlossaryWriter.toTbx(SAMPLE, v);
            assertThat(tbx).contains(v == GlossaryWriter.TbxVersion.V2 ? "<martif" : "<conceptEntry");
            Glossary back = GlossaryReaderTest.read("back.tbx", tbx);
            assertThat(back.terms()).extracting(Term::source, Term::target, Term::note, Term::variants)
                    .containsExactlyElementsOf(SAMPLE.terms().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.source(), t.target(), t.note(), t.variants()))
                            .toList());
            assertThat(back.warnings()).isEmpty();
        }
        assertThat(GlossaryWriter.toTbx(SAMPLE)).isEqualTo(GlossaryWriter.toTbx(SAMPLE, GlossaryWriter.TbxVersion.V2));
    }
}
