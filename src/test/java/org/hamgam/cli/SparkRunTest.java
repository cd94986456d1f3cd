package org.hamgam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.pipeline.BatchPlan;
import org.hamgam.pipeline.DocumentJob;
import org.hamgam.pipeline.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a Spark executor receives of {@code run}: its arguments, from which it makes the same plan. */
class SparkRunTest {
    private static final String SEED = "000_197c25bd1892c35a";

    @TempDir
    Path tmp;

    @Test
    void anExecutorMakesThePlanFromTheArgumentsItWasSent() throws Exception {
        SparkRun.Recipe sent = new SparkRun.Recipe(List.of("--no-grammar", "--glossary", "glossary",
                "--review-threshold", "0.7", "--target-lang", "en-GB", "--output", tmp.toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        SparkRun.Recipe received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = (SparkRun.Recipe) in.readObject();
        }

        BatchPlan plan = received.plan(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(plan.options().reviewThreshold()).isEqualTo(0.7);
        assertThat(plan.options().grammar()).isFalse();
        assertThat(plan.options().glossaries()).containsExactly(Path.of("glossary"));
        MemorySink files = new MemorySink();
        MemorySink parts = new MemorySink();
        DocumentJob.Done done = plan.job().process(plan.factory().create(Set.of()),
                new Document(SEED, Lang.FA, Files.readString(Path.of("seeds", SEED + ".txt"))),
                Optional.of(new Document(SEED, Lang.EN, Files.readString(Path.of("seeds", SEED + ".en.txt")))),
                files, parts);
        assertThat(files.files().get(SEED + ".tmx")).contains("creationdate=\"20240301T100000Z\"", "xml:lang=\"en-GB\"");
        assertThat(done.parts()).contains("batch.tmx");
        assertThat(done.files()).containsExactlyElementsOf(files.files().keySet());
    }

    @Test
    void aHeapSparkWouldRefuseIsAUsageErrorThatSaysHowToGiveMore() {
        assertThatThrownBy(() -> SparkRun.requireDriverHeap(400L << 20))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("450 MB").hasMessageContaining("400 MB").hasMessageContaining("-Xmx1g");
        assertThatCode(() -> SparkRun.requireDriverHeap(SparkRun.SMALLEST_DRIVER_HEAP)).doesNotThrowAnyException();
    }
}
