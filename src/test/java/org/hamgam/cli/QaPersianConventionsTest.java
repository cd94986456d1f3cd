package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.cli.MainTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamgam qa} on a small table as a new user writes one: dates in the Jalali and Hijri calendars, amounts of
 * money and glossary terms with the variants their entries list, each pair once right and once with an error
 * planted. Every planted error is reported, and no correct pair gets a warning or an error.
 */
class QaPersianConventionsTest {
    @TempDir
    Path tmp;

    private static final String GLOSSARY = """
            آمریکا\tUnited States\tplace; also "America" / "American" in attributive use
            قدرت‌طلبی\thegemonism\tpolitics; lit. "power-seeking"
            کییف\tKyiv\tplace; not "Kiev"
            دلار\tdollar\tcurrency
            """;

    private static final String TBX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="t1">
                <langSet xml:lang="fa"><tig><term>تسلیحات</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>weapons</term></tig><tig><term>arms</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """;

    /** id, Persian, English; ids starting with "ok" are right, the others carry one planted error. */
    private static final String[][] PAIRS = {
        {"ok-date", "نشست در ۱۵ آبان ۱۴۰۲ برگزار شد.", "The meeting was held on 6 November 2023."},
        {"ok-date-no-year", "نشست در ۱۵ آبان برگزار شد.", "The meeting was held on 6 November."},
        {"ok-date-other-year", "گفتگو در ۱۵ آبان انجام شد.", "The talks took place on November 5."},
        {"ok-month", "در آبان‌ماه هوا سرد شد.", "The weather turned cold in October."},
        {"ok-year", "در سال ۱۴۰۲ تورم بالا بود.", "Inflation was high in 2023."},
        {"ok-hijri", "در ۱۰ محرم ۱۴۴۵ مراسم برگزار شد.", "The ceremony was held on 28 July 2023."},
        {"ok-dollar", "قیمت به ۱۲۰ میلیون دلار رسید.", "The price reached $120 million."},
        {"ok-pound", "بودجه ۲٫۸ میلیارد پوند است.", "The budget is £2.8bn."},
        {"ok-euro", "کمک ۵۰۰ هزار یورو بود.", "The aid was EUR 500,000."},
        {"ok-rial", "یارانه ده میلیارد ریال است.", "The subsidy is IRR 10 billion."},
        {"ok-american", "قدرت‌طلبی آمریکا ادامه دارد.", "American hegemonism continues."},
        {"ok-tbx-synonym", "تسلیحات به کییف ارسال شد.", "Arms were sent to Kyiv."},
        {"date", "دیدار در ۱۵ آبان ۱۴۰۲ انجام شد.", "The visit took place on 16 November 2023."},
        {"year", "در سال ۱۴۰۲ بیکاری بالا بود.", "Unemployment was high in 2021."},
        {"currency", "هزینه به ۱۲۰ میلیون دلار رسید.", "The cost reached €120 million."},
        {"amount", "درآمد به ۱۲۰ میلیون دلار رسید.", "Revenue reached $12 million."},
        {"toman", "یارانه ده میلیارد تومان است.", "The subsidy is 10 billion."},
        {"term", "قدرت‌طلبی آمریکا پایان نیافت.", "Russian hegemonism did not end."},
        {"synonym", "تسلیحات به کییف رسید.", "Troops reached Kyiv."},
        {"kiev", "تسلیحات در کییف است.", "The weapons are in Kiev."},
        {"period", "نشست برگزار شد.", "The meeting was held ."},
    };

    @Test
    void everyPlantedErrorIsCaughtAndNoCorrectFormIsFlagged() throws Exception {
        StringBuilder table = new StringBuilder("id\tsource\ttarget\n");
        for (String[] p : PAIRS) {
            table.append(String.join("\t", p)).append('\n');
        }
        Path pairs = Files.writeString(tmp.resolve("pairs.tsv"), table);
        Path glossary = Files.writeString(tmp.resolve("terms.tsv"), GLOSSARY);
        Path tbx = Files.writeString(tmp.resolve("arms.tbx"), TBX);
        Result r = MainTest.hamgam("qa", "--no-grammar", "--json", "--glossary", glossary.toString(), "--glossary",
                tbx.toString(), pairs.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode findings = new ObjectMapper().readTree(r.out());
        List<String> flagged = new ArrayList<>();
        for (JsonNode f : findings) {
            if (!f.get("severity").asText().equals("info")) {
                flagged.add(f.get("segment").asText() + " " + f.get("code").asText() + " "
                        + f.get("suggestion").asText());
            }
        }
        assertThat(flagged).as("warnings and errors").noneMatch(f -> f.startsWith("ok-"));
        assertThat(flagged).contains("date date 6 November 2023", "year date 2023 or 2024",
                "amount number 120 million", "toman currency 10 billion tomans", "term terminology United States",
                "synonym terminology weapons", "period space-before-period .");
        assertThat(flagged).anyMatch(f -> f.startsWith("currency currency "));
        assertThat(flagged).anyMatch(f -> f.startsWith("kiev terminology "));
        Set<String> planted = Set.of("date", "year", "currency", "amount", "toman", "term", "synonym", "kiev",
                "period");
        assertThat(flagged.stream().map(f -> f.substring(0, f.indexOf(' '))).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(planted);
        assertThat(r.err()).contains("qa: ");
    }
}
