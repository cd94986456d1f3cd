package org.hamgam.glossary;

import org.hamgam.TestResources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.hamgam.model.Term;

class GlossaryReaderTest {
    private static final String ZWNJ = "\u200C";

    static Glossary read(String name, String content) throws GlossaryException {
        return GlossaryReader.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), 0);
    }

    @Test
    void readsOmegaTTsvWithBomCrlfCommentsAndNotes() throws Exception {
        Glossary g = read("t.tsv", "\uFEFF# comment\r\nپهپاد\tdrone\tweapon\r\n\r\nتفاهم" + ZWNJ + "نامه\tMoU\r\n");
        assertThat(g.terms()).extracting(Term::source, Term::target, Term::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("پهپاد", "drone", "weapon"),
                        org.assertj.core.groups.Tuple.tuple("تفاهم" + ZWNJ + "نامه", "MoU", ""));
        assertThat(g.terms().get(0).id()).isEqualTo("t.tsv:2");
        assertThat(g.terms().get(1).origin()).isEqualTo("t.tsv:4");
        assertThat(g.warnings()).isEmpty();
    }

    @Test
    void aTargetOfAlternativesGivesTheFirstAsTheTermAndTheRestAsSynonyms() throws Exception {
        Glossary g = read("t.tsv", "متر مکعب\tcubic meter | cubic metre|cubic meter\nپهپاد\tdrone|\n");
        assertThat(g.terms()).extracting(Term::target, Term::targetVariants)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cubic meter", List.of("cubic metre")),
                        org.assertj.core.groups.Tuple.tuple("drone", List.of()));
        assertThat(read("e.tsv", "پهپاد\t | \n").warnings()).singleElement().asString()
                .startsWith("e.tsv:1:").contains("empty target");
    }

    @Test
    void reportsBadTsvRowsWithFileAndLineAndSkipsThem() throws Exception {
        Glossary g = read("bad.tsv", "پهپاد\tdrone\nno tab here\n\tempty source\nروسیه\t\nایران\tIran\n");
        assertThat(g.terms()).extracting(Term::source).containsExactly("پهپاد", "ایران");
        assertThat(g.warnings()).hasSize(3);
        assertThat(g.warnings().get(0)).startsWith("bad.tsv:2:");
        assertThat(g.warnings().get(1)).startsWith("bad.tsv:3:");
        assertThat(g.warnings().get(2)).startsWith("bad.tsv:4:");
    }

    @Test
    void aRowWithMoreCellsThanSourceTargetCommentKeepsItsTermAndIsSaid() throws Exception {
        Glossary g = read("wide.tsv", "پهپاد\tdrone\tweapon\textra\nایران\tIran\n");
        assertThat(g.terms()).extracting(Term::source, Term::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("پهپاد", "weapon"),
                        org.assertj.core.groups.Tuple.tuple("ایران", ""));
        assertThat(g.warnings()).singleElement().asString().startsWith("wide.tsv:1:").contains("4 tab-separated cells");
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheLine() {
        byte[] bytes = {'a', '\t', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\t', 'x', '\n'};
        assertThatThrownBy(() -> GlossaryReader.read("x.tsv", new ByteArrayInputStream(bytes), 0))
                .isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith("x.tsv:2")
                .satisfies(e -> assertThat(((GlossaryException) e).line()).isEqualTo(2));
    }

    @Test
    void unknownExtensionIsAnError() {
        assertThatThrownBy(() -> read("terms.docx", "x")).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("terms.docx");
    }

    @Test
    void readsCsvWithHeaderQuotesAndVariants() throws Exception {
        String csv = "source,target,note,variants\n"
                + "\"تأمین مالی\",financing,\"economy, \"\"finance\"\"\",تامین مالی\n"
                + "ناتو,NATO,,\n"
                + "\"پهپاد\nبد\"\n"
                + "تحریم,sanction,,\n";
        Glossary g = read("c.csv", csv);
        assertThat(g.terms()).extracting(Term::source).containsExactly("تأمین مالی", "ناتو", "تحریم");
        assertThat(g.terms().get(0).note()).isEqualTo("economy, \"finance\"");
        assertThat(g.terms().get(0).variants()).containsExactly("تامین مالی");
        assertThat(g.terms().get(2).id()).isEqualTo("c.csv:6");
        assertThat(g.warnings()).singleElement().asString().startsWith("c.csv:4:");
    }

    @Test
    void aCsvWhoseFirstRowIsNoKnownHeaderIsRefusedAtLineOne() {
        assertThatThrownBy(() -> read("terms.csv", "foo,bar\nنفت,oil\n")).isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith("terms.csv:1: ").hasMessageContaining("foo,bar")
                .hasMessageContaining("source,target").hasMessageContaining("sourceString,targetString")
                .satisfies(e -> assertThat(((GlossaryException) e).line()).isEqualTo(1));
    }

    @Test
    void readsTicoColumnsInBothDirections() throws Exception {
        String csv = "id,sourceLang,targetLang,sourceString,targetString\n"
                + "1,en,fa_IR,acute bronchitis,برونشیت حاد\n"
                + "2,fa,en,نوشیدن مایعات,Drinking fluids\n"
                + "3,en,fr,cough,toux\n";
        Glossary g = read("tico.csv", csv);
        assertThat(g.terms()).extracting(Term::source, Term::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("برونشیت حاد", "acute bronchitis"),
                org.assertj.core.groups.Tuple.tuple("نوشیدن مایعات", "Drinking fluids"));
        assertThat(g.warnings()).singleElement().asString().startsWith("tico.csv:4:");
    }

    @Test
    void loadsTheTicoTermLists() throws Exception {
        Path dir = TestResources.tico19();
        for (String name : List.of("f_en-fa_IR.csv", "g_en_fa.csv", "g_fa_en.csv")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                Glossary g = GlossaryReader.read(name, in, 0);
                long rows = Files.readAllLines(dir.resolve(name)).size() - 1;
                assertThat(g.size()).as(name).isGreaterThan((int) (rows * 0.9));
                assertThat(g.terms()).allSatisfy(t -> assertThat(t.source()).isNotBlank());
            }
        }
        try (InputStream in = Files.newInputStream(dir.resolve("g_en_fa.csv"))) {
            Glossary g = GlossaryReader.read("g_en_fa.csv", in, 0);
            assertThat(g.terms()).anySatisfy(t -> {
                assertThat(t.source()).isEqualTo("مسری");
                assertThat(t.target()).isEqualTo("contagious");
                assertThat(t.note()).contains("coronavirus");
            });
        }
    }

    @Test
    void readsTbxV2WithVariantsAndNotes() throws Exception {
        String tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en">
                  <text><body>
                    <termEntry id="a">
                      <descrip type="definition">Iranian drone</descrip>
                      <langSet xml:lang="fa-IR"><tig><term>شاهد-۱۳۶</term></tig><ntig><termGrp><term>شاهد ۱۳۶</term></termGrp></ntig></langSet>
                      <langSet xml:lang="en"><tig><term>Shahed-136</term></tig></langSet>
                    </termEntry>
                    <termEntry id="b">
                      <langSet xml:lang="en"><tig><term>orphan</term></tig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """;
        Glossary g = read("g.tbx", tbx);
        assertThat(g.terms()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo("شاهد-۱۳۶");
            assertThat(t.target()).isEqualTo("Shahed-136");
            assertThat(t.variants()).containsExactly("شاهد ۱۳۶");
            assertThat(t.note()).isEqualTo("Iranian drone");
            assertThat(t.id()).isEqualTo("g.tbx:4");
        });
        assertThat(g.warnings()).singleElement().asString().startsWith("g.tbx:9:").contains("Persian");
    }

    @Test
    void readsTbxV3() throws Exception {
        String tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>ceasefire</term></termSec></langSec>
                      <langSec xml:lang="fa"><termSec><term>آتش‌بس</term><note>military</note></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """;
        Glossary g = read("g.xml", tbx);
        assertThat(g.terms()).extracting(Term::source, Term::target, Term::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("آتش‌بس", "ceasefire", "military"));
    }

    @Test
    void refusesDoctypeAndExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <martif><text><body><termEntry><langSet xml:lang="fa"><tig><term>&x;</term></tig></langSet>
                </termEntry></body></text></martif>
                """;
        assertThatThrownBy(() -> read("evil.tbx", xxe)).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("evil.tbx:2:").hasMessageContaining("DOCTYPE");
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() {
        String broken = "<martif>\n<text><body>\n<termEntry></body>\n</martif>\n";
        assertThatThrownBy(() -> read("broken.tbx", broken)).isInstanceOf(GlossaryException.class)
                .satisfies(e -> {
                    GlossaryException ge = (GlossaryException) e;
                    assertThat(ge.file()).isEqualTo("broken.tbx");
                    assertThat(ge.line()).isEqualTo(3);
                    assertThat(ge.column()).isPositive();
                    assertThat(ge.getMessage()).startsWith("broken.tbx:3:");
                });
    }

    @Test
    void otherXmlIsNotATermBase() {
        assertThatThrownBy(() -> read("pom.xml", "<project/>")).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("not a TBX file");
    }

    @Test
    void readsTheProjectGlossary() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("glossary", "terms.tsv"))) {
            Glossary g = GlossaryReader.read("terms.tsv", in, 0);
            assertThat(g.size()).isGreaterThanOrEqualTo(100);
            assertThat(g.warnings()).isEmpty();
        }
    }
}
