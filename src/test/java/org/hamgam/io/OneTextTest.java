package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.hamgam.model.Bitext;
import org.hamgam.model.Row;
import org.hamgam.model.TermHit;
import org.hamgam.text.PersianNormalizer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The reviewer and the translator see the same Persian: the review table and page show the repaired text that
 * XLIFF, TMX and OmegaT carry, with the text as written one column or one click away; terms stay marked.
 */
class OneTextTest {
    private static final Pattern PERSIAN_CELL =
            Pattern.compile("<tr id=\"r\\d+\"[^>]*><td class=\"num\">.*?</td><td class=\"fa\" lang=\"fa\" dir=\"rtl\">(.*?)</td>");

    @Test
    void theReviewTableShowsTheRepairedTextAndTheTextAsWrittenBesideIt() throws Exception {
        Bitext seed = SeedFixture.seed();
        StringWriter out = new StringWriter();
        new TsvWriter(0.5).write(seed, out);
        List<String> lines = out.toString().lines().toList();
        List<String> header = List.of(lines.get(0).split("\t"));
        int persian = header.indexOf("persian");
        int written = header.indexOf("persian-as-written");
        assertThat(written).isEqualTo(header.indexOf("english") + 1);
        int repaired = 0;
        for (int i = 0; i < seed.rows().size(); i++) {
            Row row = seed.rows().get(i);
            String[] cells = lines.get(i + 1).split("\t", -1);
            assertThat(TsvWriter.unescape(cells[persian])).isEqualTo(row.sourceText());
            boolean changed = !row.sourceOriginal().equals(row.sourceText());
            assertThat(TsvWriter.unescape(cells[written])).isEqualTo(changed ? row.sourceOriginal() : "");
            repaired += changed ? 1 : 0;
        }
        assertThat(repaired).as("seed rows whose Persian the repair changed").isGreaterThan(20);
        assertThat(out.toString()).contains("کرده\u200Cاند").doesNotContain("\tکردهاند");
    }

    @Test
    void theReviewPageShowsTheRepairedTextWithTheOriginalOneClickAway() throws Exception {
        Bitext seed = SeedFixture.seed();
        String page = HtmlWriterTest.html(seed);
        Matcher cells = PERSIAN_CELL.matcher(page);
        List<Row> rows = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> clickAway = new ArrayList<>();
        int i = 0;
        while (cells.find()) {
            Row row = seed.rows().get(i++);
            String cell = cells.group(1);
            int details = cell.indexOf("<details class=\"orig\">");
            rows.add(row);
            shown.add(text(details < 0 ? cell : cell.substring(0, details)));
            clickAway.add(details < 0 ? "" : text(cell.substring(details).replaceFirst("<summary>.*?</summary>", "")));
        }
        assertThat(rows).hasSameSizeAs(seed.rows());
        assertThat(shown).containsExactlyElementsOf(rows.stream().map(Row::sourceText).toList());
        assertThat(clickAway).containsExactlyElementsOf(rows.stream()
                .map(r -> r.sourceOriginal().equals(r.sourceText()) ? "" : r.sourceOriginal()).toList());
    }

    @Test
    void termsAreMarkedOnTheirRepairedForm() throws Exception {
        Bitext seed = SeedFixture.seed();
        String page = HtmlWriterTest.html(seed);
        PersianNormalizer normalizer = new PersianNormalizer();
        Matcher marked = Pattern.compile("data-gloss=\"[^\"]*\">([^<]*)</mark>").matcher(page);
        List<String> surfaces = marked.results().map(m -> StringEscapeUtils.unescapeHtml4(m.group(1))).toList();
        List<String> expected = new ArrayList<>();
        for (Row row : seed.rows()) {
            row.terms().stream().sorted(java.util.Comparator.comparingInt(TermHit::start))
                    .forEach(t -> expected.add(normalizer.normalize(row.sourceOriginal().substring(t.start(), t.end()))
                            .text()));
        }
        assertThat(expected).isNotEmpty();
        assertThat(surfaces).containsExactlyElementsOf(expected);
    }

    @Test
    void noTransUnitRepeatsANote() throws Exception {
        org.w3c.dom.Document doc = XmlSupport.parse(XmlSupport.write(new Xliff12Writer(), SeedFixture.seed()));
        for (Element unit : XmlSupport.elements(doc, Xliff12Writer.NS, "trans-unit")) {
            Set<String> seen = new HashSet<>();
            for (Element note : XmlSupport.children(unit, Xliff12Writer.NS, "note")) {
                assertThat(seen.add(note.getTextContent())).as("repeated note in %s: %s", unit.getAttribute("id"),
                        note.getTextContent()).isTrue();
            }
        }
    }

    private static String text(String html) {
        return StringEscapeUtils.unescapeHtml4(html.replaceAll("<[^>]+>", ""));
    }
}
