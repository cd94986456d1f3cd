package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryException;
import org.hamgam.glossary.GlossaryReader;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Term;
import org.junit.jupiter.api.Test;

/** The term base writers, checked by reading what they write back with the project's own readers. */
class TbxWriterTest {
    private static final List<Term> SAMPLE = Glossary.of(List.of(
            new Term("a:1", "شاهد-۱۳۶", "Shahed-136", "weapon; <drone> & \"loitering\" ]]>", List.of("شاهد ۱۳۶"),
                    "a:1", 0, List.of("Shahed 136", "Geran-2")),
            new Term("a:2", "تفاهم\u200Cنامه", "memorandum of understanding", "", List.of(), "a:2", 0))).terms();

    private static Glossary read(String name, String content) throws GlossaryException {
        return GlossaryReader.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static List<Tuple> entries(List<Term> terms) {
        return terms.stream()
                .map(t -> tuple(t.source(), t.target(), t.note(), t.variants(), t.targetVariants()))
                .toList();
    }

    @Test
    void anEntryWithoutEnglishHasNoEnglishSection() {
        List<Term> persianOnly = List.of(new Term("c:1", "پهپاد", "", "proposed", List.of(), "c:1", 0));
        for (TbxWriter.TbxVersion version : TbxWriter.TbxVersion.values()) {
            String tbx = TbxWriter.toTbx(persianOnly, version, LanguageTags.DEFAULT);
            assertThat(tbx).as(version.name()).contains("xml:lang=\"fa\"", "پهپاد")
                    .doesNotContain("xml:lang=\"en\"").doesNotContain("<term></term>").doesNotContain("<term/>");
        }
    }

    @Test
    void tsvRoundTrips() throws Exception {
        String tsv = GlossaryTsvWriter.toTsv(SAMPLE);
        assertThat(tsv).startsWith("شاهد-۱۳۶\tShahed-136|Shahed 136|Geran-2\tweapon; <drone> & \"loitering\" ]]>\n");
        Glossary back = read("back.tsv", tsv);
        // the variant comes back as a duplicate row and merges into the term again; synonyms as alternatives
        assertThat(back.terms()).extracting(Term::source, Term::target, Term::note, Term::variants,
                Term::targetVariants).containsExactlyElementsOf(entries(SAMPLE));
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void omegatRowsListEachRenderingOnItsOwnWithoutSeparators() {
        String tsv = GlossaryTsvWriter.toOmegat(SAMPLE);
        assertThat(tsv).doesNotContain("|");
        assertThat(tsv.split("\n")).contains("شاهد-۱۳۶\tGeran-2\tweapon; <drone> & \"loitering\" ]]>",
                "شاهد ۱۳۶\tShahed 136\tweapon; <drone> & \"loitering\" ]]>").hasSize(7);
    }

    @Test
    void tsvFieldsCannotBreakRows() {
        String tsv = GlossaryTsvWriter.toTsv(List.of(new Term("x", "#نفت", "oil\tcrude\nblack", "", List.of(), "x", 0)));
        assertThat(tsv.split("\n")).hasSize(1);
        assertThat(tsv).isEqualTo(" #نفت\toil crude black\n");
    }

    @Test
    void tbxV2AndV3AreReadBackWithTheSameEntries() throws Exception {
        for (TbxWriter.TbxVersion v : TbxWriter.TbxVersion.values()) {
            String tbx = TbxWriter.toTbx(SAMPLE, v, LanguageTags.DEFAULT);
            assertThat(tbx).contains(v == TbxWriter.TbxVersion.V2 ? "<martif" : "<conceptEntry")
                    .doesNotContain("]]>");
            Glossary back = read("back.tbx", tbx);
            assertThat(back.terms()).extracting(Term::source, Term::target, Term::note, Term::variants,
                    Term::targetVariants).containsExactlyElementsOf(entries(SAMPLE));
            assertThat(back.warnings()).isEmpty();
        }
        assertThat(TbxWriter.toTbx(SAMPLE)).isEqualTo(TbxWriter.toTbx(SAMPLE, TbxWriter.TbxVersion.V2,
                LanguageTags.DEFAULT));
    }

    @Test
    void tbxKeepsItsLayout() {
        List<Term> one = List.of(new Term("t", "پهپاد", "drone", "a & b", List.of("پهباد"), "t", 0));
        assertThat(TbxWriter.toTbx(one)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="fa">
                  <martifHeader><fileDesc><sourceDesc><p>Persian-English term base written by Hamgam</p></sourceDesc></fileDesc></martifHeader>
                  <text>
                    <body>
                      <termEntry id="t1">
                        <note>a &amp; b</note>
                        <langSet xml:lang="fa">
                          <tig><term>پهپاد</term></tig>
                          <tig><term>پهباد</term></tig>
                        </langSet>
                        <langSet xml:lang="en">
                          <tig><term>drone</term></tig>
                        </langSet>
                      </termEntry>
                    </body>
                  </text>
                </martif>
                """);
        assertThat(TbxWriter.toTbx(List.of(), TbxWriter.TbxVersion.V3, LanguageTags.DEFAULT)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="fa">
                  <tbxHeader><fileDesc><sourceDesc><p>Persian-English term base written by Hamgam</p></sourceDesc></fileDesc></tbxHeader>
                  <text>
                    <body>
                    </body>
                  </text>
                </tbx>
                """);
    }

    @Test
    void charactersXmlCannotCarryAreReplacedSoTheTermBaseStillParses() throws Exception {
        List<Term> bad = List.of(new Term("x", "نفت", "oil\u0001x", "bad\u000Bchar", List.of(), "x", 0));
        Glossary back = read("bad.tbx", TbxWriter.toTbx(bad));
        assertThat(back.terms()).extracting(Term::target, Term::note)
                .containsExactly(tuple("oil\uFFFDx", "bad\uFFFDchar"));
    }
}
