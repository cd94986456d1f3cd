package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import org.hamgam.TestResources;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.io.TmxReader;
import org.hamgam.io.TrainingFiles;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.pipeline.SegmenterTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {

    @Test
    void trainingDataLeavesOutTestFilesAndHeldOutDocuments() throws IOException {
        Path tmx = TestResources.tico19Tmx();
        List<String> training = TrainingData.tmxSentences(TmxReader.units(tmx), "fa", false);
        List<String> heldOut = TrainingData.tmxSentences(TmxReader.units(tmx), "fa", true);
        assertThat(training.size() + heldOut.size()).isEqualTo(685);
        String wikinews = "این آمار، بالاترین تعداد تلفات روزانه به دلیل این ویروس بوده است.";
        assertThat(heldOut).contains(wikinews);
        assertThat(training).doesNotContain(wikinews).contains("تقریباً چه مدت است که این علایم ادامه دارد؟");
        List<String> english = TrainingData.tmxSentences(TmxReader.units(tmx), "en", true);
        assertThat(english).hasSameSizeAs(heldOut);

        List<String> all = SegmenterTraining.persianSentences(List.of(TestResources.udPersian(), TestResources.tico19()));
        List<String> seraji = lines(TestResources.udPersian().resolve("seraji-test.txt"));
        assertThat(all).doesNotContain(seraji.get(0)).doesNotContain(heldOut.get(0));
        assertThat(all).hasSize(lines(TestResources.udPersian().resolve("perdt-dev.txt")).size()
                + lines(TestResources.udPersian().resolve("seraji-dev.txt")).size()
                + (int) training.stream().filter(TrainingData::looksLikeOneSentence).count());
        assertThat(TrainingData.looksLikeOneSentence("یک. دو.")).isFalse();
        assertThat(TrainingData.looksLikeOneSentence("نرخ 2.5 درصد و… است.")).isTrue();
    }

    @Test
    void tmxSegmentsKeepTheirTextWithoutInlineMarkup(@TempDir Path dir) throws IOException {
        Path tmx = dir.resolve("t.tmx");
        Files.writeString(tmx, """
                <tmx version="1.4"><body>
                <tu tuid="Doc_1:1"><tuv xml:lang="en"><seg>One.</seg></tuv>
                <tuv xml:lang="fa-IR"><seg>یک <ph>x</ph>دو.</seg></tuv></tu>
                </body></tmx>""");
        assertThat(TrainingData.tmxSentences(TmxReader.units(tmx), "fa", false)).containsExactly("یک دو.");
        assertThat(TrainingData.tmxSentences(TmxReader.units(tmx), "en", false)).containsExactly("One.");
        assertThat(TrainingData.tmxSentences(TmxReader.units(tmx), "fa", true)).isEmpty();
    }

    @Test
    void aTrainedModelSplitsPersianText() throws IOException {
        List<String> sentences = lines(TestResources.udPersian().resolve("seraji-dev.txt")).subList(0, 300);
        SentenceModel model = PersianSentenceModelTrainer.train(sentences);
        assertThat(model.getEosCharacters()).contains('؟', '.', '…');
        assertThat(model.useTokenEnd()).isTrue();
        String text = "او به خانه رفت. آیا تو هم می‌آیی؟ ما منتظریم.";
        assertThat(Segmenters.persianSplitter(model).split(text)).hasSize(3);
        SegmentedDocument document = Segmenters.persian(model, Set.of())
                .segment(new Document("t", Lang.FA, text + "\nRead More"));
        assertThat(document.segments()).hasSize(3);
        assertThat(document.boilerplate()).hasSize(1);
    }

    @Test
    void trainingNeedsSentences() {
        assertThatThrownBy(() -> PersianSentenceModelTrainer.train(List.of(" ", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> lines(Path file) throws IOException {
        return TrainingData.lines(TrainingFiles.lines(file));
    }
}
