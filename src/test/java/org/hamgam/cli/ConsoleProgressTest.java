package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    @Test
    void plainLinesSayDocumentsDoneOfTheBatchSentencesASecondAndTimeLeft() {
        StringWriter out = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(out), false, false, false, nanos::get);
        progress.started(4);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        progress.sentences(200);
        progress.documentDone("a", true, "40 beads, quality 0.95");
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        progress.documentDone("b", false, "b: binary file");
        progress.finish();
        assertThat(out.toString().lines()).containsExactly(
                "hamgam: 4 documents to process",
                "hamgam: [1/4] a: 40 beads, quality 0.95; 20 sentences/s, about 30 s left",
                "hamgam: [2/4] failed: b: binary file");
    }

    @Test
    void timeLeftIsTheDocumentsStillToDoAtTheAverageSoFar() {
        Throughput t = new Throughput(1000, 100, 5000, Duration.ofSeconds(50));
        assertThat(t.sentencesPerSecond()).isEqualTo(100.0);
        assertThat(t.left()).contains(Duration.ofSeconds(450));
        assertThat(t.describe()).isEqualTo("100 sentences/s, about 7 min 30 s left");
        assertThat(new Throughput(3, 0, 0, Duration.ZERO).describe()).isEqualTo("0 sentences/s");
        assertThat(Throughput.humane(Duration.ofMinutes(135))).isEqualTo("2 h 15 min");
    }

    @Test
    void theLastDocumentHasNoTimeLeftAndLessThanASecondIsSaidInWords() {
        assertThat(new Throughput(1, 1, 1, Duration.ofMillis(30)).describe()).isEqualTo("33 sentences/s");
        assertThat(new Throughput(3, 2, 40, Duration.ofMillis(800)).describe())
                .isEqualTo("50 sentences/s, about a second left");
    }
}
