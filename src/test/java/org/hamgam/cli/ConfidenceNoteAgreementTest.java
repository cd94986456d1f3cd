package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamgam.cli.MainTest.hamgam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code align} and {@code run} say the same about the beads below the review threshold of the same pair, and
 * count what the output flags {@code low-confidence}: Persian left without English is an {@code untranslated}
 * error, not a bead whose confidence needs a look.
 */
class ConfidenceNoteAgreementTest {
    private static final Pattern NOTE = Pattern.compile("(\\d+) of (\\d+) beads (has|have) a confidence below [^\\n]*");

    @TempDir
    Path dir;

    @Test
    void alignAndRunCountTheSameBeadsForReview() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("doc.txt"), String.join("\n", "تهران پایتخت ایران است.",
                "مسکو پایتخت روسیه است.", "این جمله هیچ ترجمه‌ای در متن انگلیسی ندارد و تنها برای آزمایش نوشته شده است.",
                "مینسک پایتخت بلاروس است.", "کییف پایتخت اوکراین است.") + "\n");
        Files.writeString(in.resolve("doc.en.txt"), String.join("\n", "Tehran is the capital of Iran.",
                "Moscow is the capital of Russia.", "Minsk is the capital of Belarus.",
                "Kyiv is the capital of Ukraine.") + "\n");
        // Every bead scores below 1: all are below the threshold, the Persian without English among them.
        String threshold = "1";

        MainTest.Result align = hamgam("align", "--review-threshold", threshold, in.resolve("doc.txt").toString(),
                in.resolve("doc.en.txt").toString());
        assertThat(align.code()).isZero();
        assertThat(align.out()).contains("[2]:[]\tuntranslated");
        Matcher said = NOTE.matcher(align.err());
        assertThat(said.find()).as(align.err()).isTrue();
        long flagged = align.out().lines().filter(l -> l.contains("low-confidence")).count();
        assertThat(Long.parseLong(said.group(1))).isEqualTo(flagged).isEqualTo(4);
        assertThat(said.group(2)).isEqualTo("5");

        Path out = dir.resolve("out");
        MainTest.Result run = hamgam("run", "--quiet", "--no-grammar", "--input", in.toString(), "--output",
                out.toString(), "--review-threshold", threshold);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
        assertThat(index.path("documents").get(0).path("notes").toString()).contains(said.group());
    }
}
