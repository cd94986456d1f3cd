package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamgam.model.Bitext;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    static String html(Bitext bitext) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlWriter().write(bitext, out);
        return out.toString();
    }

    @Test
    void hostileTextIsShownLiterallyAndNoMarkupLeaks() throws Exception {
        String page = html(Fixtures.hostile());
        // the page's own script is the only one
        assertThat(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(page).results().count()).isEqualTo(1);
        assertThat(page).doesNotContain("<img").doesNotContain("<b>۱۴۰۳").doesNotContain("<b>1403").doesNotContain("onerror=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=&quot;document")
                .contains("]]&gt;")
                .contains("<title>hostile&lt;&amp;&quot;&#39;&gt; — Hamgam review</title>")
                .contains(Fixtures.ZWNJ).contains(Fixtures.RLM);
    }

    @Test
    void onlyTheHashedScriptMayRunAndNothingIsFetched() throws Exception {
        String page = html(Fixtures.hostile());
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(page).contains("script-src 'sha256-" + hash + "'").contains("default-src 'none'");
        assertThat(page).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
    }

    @Test
    void oneRowPerBeadWithDirectionsTypesFlagsAndBoilerplateInPlace() throws Exception {
        Bitext bitext = Fixtures.hostile();
        String page = html(bitext);
        List<String> rows = Pattern.compile("<tr id=\"r\\d+\" class=\"bead[^\"]*\"").matcher(page).results()
                .map(m -> m.group()).toList();
        assertThat(rows).hasSize(bitext.rows().size());
        assertThat(rows.get(0)).contains("bead c4 flagged"); // 0.91, but a QA warning
        assertThat(rows.get(1)).contains("bead c1 flagged"); // 0.35: low confidence
        assertThat(rows.get(2)).contains("bead c3\"");       // 0.6, nothing wrong
        assertThat(page).contains("data-type=\"2-1\"").contains("data-type=\"1-0\"").contains("data-type=\"0-1\"");
        assertThat(Pattern.compile("<td class=\"fa[^\"]*\" lang=\"fa\" dir=\"rtl\">").matcher(page).results().count())
                .isEqualTo(bitext.rows().size() + 1);
        assertThat(Pattern.compile("<td class=\"en\" lang=\"en\" dir=\"ltr\">").matcher(page).results().count())
                .isEqualTo(bitext.rows().size());
        // the boilerplate line sits between the first and the second bead
        int boiler = page.indexOf("<tr class=\"skip\">");
        assertThat(boiler).isGreaterThan(page.indexOf("id=\"r1\"")).isLessThan(page.indexOf("id=\"r2\""));
        assertThat(page.substring(boiler)).contains("boilerplate:footer");
        // 2-1: the two Persian sentences are two spans in one cell
        String first = page.substring(page.indexOf("id=\"r1\""), page.indexOf("id=\"r2\""));
        assertThat(first.split("<span class=\"s\">", -1)).hasSize(4);
    }

    @Test
    void termHitsAreMarkedFocusableWithTheirTranslation() throws Exception {
        String page = html(Fixtures.hostile());
        assertThat(page).contains("<mark class=\"term\" tabindex=\"0\" title=\"جمهوری اسلامی ایران → Islamic Republic of Iran &amp; &quot;co&quot;\" data-gloss=\"Islamic Republic of Iran &amp; &quot;co&quot;\">جمهوری اسلامی ایران</mark> در سطح");
    }

    @Test
    void qaFindingsWithTargetOffsetsAreUnderlinedAndAlignedSentencesStayApart() throws Exception {
        String page = html(Fixtures.hostile());
        assertThat(page).contains("<span class=\"s\"><mark class=\"issue warning\" title=\"number: Number "
                + "&lt;script&gt;alert(1)&lt;/script&gt; missing &amp; &quot;odd&quot;\">Hello</mark> &lt;script&gt;");
        Bitext seed = SeedFixture.seed();
        String seedPage = html(seed);
        int index = 0;
        for (org.hamgam.model.Row row : seed.rows()) {
            index++;
            if (row.target().size() > 1) {
                String cell = seedPage.substring(seedPage.indexOf("id=\"r" + index + "\""));
                cell = cell.substring(cell.indexOf("<td class=\"en\""), cell.indexOf("<td class=\"info\""));
                assertThat(cell.split("<span class=\"s\">", -1)).hasSize(row.target().size() + 1);
            }
        }
    }

    @Test
    void everyTermHitIsMarkedOnTheSecondSentenceOfABeadToo() throws Exception {
        Bitext seed = SeedFixture.seed();
        String page = html(seed);
        long marks = Pattern.compile("<mark class=\"term\" tabindex").matcher(page).results().count();
        long hits = seed.rows().stream().mapToLong(r -> r.terms().size()).sum();
        assertThat(hits).isPositive();
        assertThat(marks).isEqualTo(hits);
    }

    @Test
    void pageIsDeterministicAndHasReviewTools() throws Exception {
        String page = html(Fixtures.drafted());
        assertThat(page).isEqualTo(html(Fixtures.drafted()));
        assertThat(page).contains("id=\"only-flagged\"", "id=\"next-flag\"", "id=\"search\"", "@media (max-width:700px)",
                "@media print", "mt draft · engine &quot;x&quot;", "no English");
        assertThat(new HtmlWriter().fileName("a")).isEqualTo("a.html");
    }

    @Test
    void indexListsDocumentsWorstFirstWithEscapedLinksAndSettings() throws Exception {
        DocumentSummary good = DocumentSummary.of(SeedFixture.seed(), 0.5, "000/000.html");
        DocumentSummary bad = DocumentSummary.of(Fixtures.hostile(), 0.5, "hostile<&\"'>/x y#z?.html");
        StringWriter out = new StringWriter();
        new HtmlIndexWriter().write(List.of(good, bad), Map.of("threshold", "0.5", "glossary", "<terms>.tsv"), out);
        String page = out.toString();
        assertThat(page.indexOf("hostile&lt;")).isLessThan(page.indexOf("000_197c25bd1892c35a"));
        assertThat(page).contains("href=\"hostile%3C%26%22%27%3E/x%20y%23z%3F.html\"")
                .contains("<th scope=\"row\">glossary</th><td><bdi>&lt;terms&gt;.tsv</bdi></td>")
                .contains("0-1: 1, 1-0: 1, 1-1: 2, 2-1: 1")
                .doesNotContain("<script");
        assertThat(bad.beads()).isEqualTo(5);
        assertThat(bad.flagged()).isEqualTo(4);
        assertThat(bad.termHits()).isEqualTo(1);
        assertThat(bad.sourceSegments()).isEqualTo(5);
        assertThat(bad.targetSegments()).isEqualTo(4);
        assertThat(Html.encodePath("//evil.example/x")).isEqualTo("evil.example/x");
        assertThat(Html.encodePath("javascript:alert(1)")).isEqualTo("javascript%3Aalert%281%29");
    }
    @Test
    void aDocumentToTranslateShowsWorkToDoAndWhereItsDraftsCameFrom() throws Exception {
        Bitext drafted = Fixtures.drafted();
        String page = html(drafted);
        assertThat(page).contains("4 segments to translate (drafts: TM 1, MT 1, glossary 1, none 1)")
                .contains("<span class=\"type\">to translate</span>")
                .doesNotContain("<span class=\"type\">1-0</span>", "<span class=\"type\">2-0</span>");
        // The segment without a draft is neither coloured as a bad alignment nor scored 0.
        Matcher undrafted = Pattern.compile("<tr id=\"r4\" class=\"bead ([a-z0-9]+)").matcher(page);
        assertThat(undrafted.find()).isTrue();
        assertThat(undrafted.group(1)).isEqualTo("todo");

        DocumentSummary summary = DocumentSummary.of(drafted, 0.5, "drafted/drafted.html");
        assertThat(summary.drafts()).containsEntry("tm", 1).containsEntry("mt", 1).containsEntry("none", 1);
        StringWriter out = new StringWriter();
        new HtmlIndexWriter().write(List.of(summary, DocumentSummary.of(SeedFixture.seed(), 0.5, "000/000.html")),
                Map.of(), out);
        String index = out.toString();
        assertThat(index).contains("4 to translate; drafts: TM 1, MT 1, glossary 1, none 1")
                .contains("<span class=\"none\">to translate</span>");
        assertThat(index.indexOf("000_197c25bd1892c35a")).as("aligned documents come first")
                .isLessThan(index.indexOf("drafted/drafted.html"));
    }

    @Test
    void aTermThatOccursTwiceInARowIsListedOnceWithItsCount() throws Exception {
        Bitext hostile = Fixtures.hostile();
        org.hamgam.model.Row row = hostile.rows().get(1);
        org.hamgam.model.TermHit hit = row.terms().get(0);
        org.hamgam.model.Row twice = new org.hamgam.model.Row(row.id(), row.bead(), row.source(), row.target(),
                row.draft(), List.of(hit, hit), row.issues(), row.matches());
        List<org.hamgam.model.Row> rows = new java.util.ArrayList<>(hostile.rows());
        rows.set(1, twice);
        String page = html(new Bitext(hostile.docId(), hostile.source(), hostile.target(), rows, hostile.quality(),
                hostile.notes()));
        assertThat(page).containsOnlyOnce("<li class=\"gloss\">").contains("<small>×2</small></li>");
    }
}
