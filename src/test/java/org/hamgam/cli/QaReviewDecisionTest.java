package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qa} over a run's folder after a review: the reviewer's decisions the XLIFF carries stand, and findings name
 * pairs by the row ids the run's TSV, JSONL and review page use.
 */
class QaReviewDecisionTest {
    @TempDir
    Path dir;

    /** A run's XLIFF 2 as {@code XliffWriter} writes it, one unit of two beads: s2 accepted with no English. */
    private static String xliff(String englishOfS2) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" \
                xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="fa" trgLang="en">
                  <file id="f1" original="art">
                    <unit id="u1" name="p1">
                      <mda:metadata>
                        <mda:metaGroup id="md1" category="hamgam:bead">
                          <mda:meta type="segment">s1</mda:meta>
                          <mda:meta type="row">art:1</mda:meta>
                        </mda:metaGroup>
                        <mda:metaGroup id="md2" category="hamgam:bead">
                          <mda:meta type="segment">s2</mda:meta>
                          <mda:meta type="row">art:2</mda:meta>
                          <mda:meta type="review">accepted</mda:meta>
                          <mda:meta type="reviewer">Tester</mda:meta>
                        </mda:metaGroup>
                      </mda:metadata>
                      <notes>
                        <note id="s2-r" category="hamgam:review" priority="9">s2: accepted by Tester.</note>
                        <note id="s2-q1" category="qa:no-counterpart" appliesTo="target" priority="8">s2: info \
                no-counterpart: No English: accepted by Tester as having no counterpart.</note>
                      </notes>
                      <segment id="s1" state="initial">
                        <source>سه نفر آمدند.</source>
                        <target>Three people came.</target>
                      </segment>
                      <segment id="s2" state="reviewed">
                        <source>سخنگوی وزارت گفت یارانه جدیدی پرداخت خواهد شد.</source>%s
                      </segment>
                    </unit>
                  </file>
                </xliff>
                """.formatted(englishOfS2);
    }

    private Path folder(String englishOfS2) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("art"));
        Files.writeString(out.resolve("art/art.xlf"), xliff(englishOfS2));
        return out;
    }

    @Test
    void persianAcceptedWithNoEnglishIsOneInformationNotAnError() throws Exception {
        MainTest.Result r = hamgam("qa", "--no-grammar", "--fail-on", "error", folder("").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("untranslated")
                .containsPattern("art +art:2 +no-counterpart +info .*accepted by Tester as having no counterpart");
        assertThat(r.err()).contains("0 errors, 0 warnings, 1 info");
    }

    @Test
    void englishWrittenSinceTheDecisionIsCheckedAsAnyOther() throws Exception {
        MainTest.Result r = hamgam("qa", "--no-grammar", "--json",
                folder("\n<target>The spokesman said 4 people came.</target>").toString());
        assertThat(r.out()).doesNotContain("no-counterpart").contains("\"segment\" : \"art:2\"");
    }

    @Test
    void anXliffWithoutRowIdsKeepsItsSegmentIds() throws Exception {
        Path out = folder("");
        Files.writeString(out.resolve("art/art.xlf"), xliff("").replaceAll("<mda:meta type=\"row\">art:\\d</mda:meta>",
                ""));
        MainTest.Result r = hamgam("qa", "--no-grammar", "--json", out.toString());
        assertThat(r.out()).contains("\"segment\" : \"s2\"", "\"code\" : \"no-counterpart\"");
    }
}
