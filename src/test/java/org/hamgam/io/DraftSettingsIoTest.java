package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hamgam.model.DraftConfig;
import org.hamgam.model.MtEngineConfig;
import org.hamgam.model.TmOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftSettingsIoTest {
    @Test
    void readsTheDraftingSections(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hamgam.json"), """
                { "tm": { "paths": ["tm", "output/tm.tmx"], "leverage": 80 },
                  "mt": [ { "type": "OpenAI", "url": "http://localhost:11434/v1/chat/completions",
                            "model": "qwen2.5:7b", "apiKeyEnv": "OPENAI_API_KEY", "timeoutMs": 30000 },
                          { "type": "libretranslate", "url": "http://localhost:5000/translate" } ] }
                """);
        DraftConfig config = DraftConfigFile.readIfPresent(dir);
        assertThat(config.tm().paths()).containsExactly("tm", "output/tm.tmx");
        assertThat(config.tm().options()).isEqualTo(new TmOptions(50, 3, 80));
        assertThat(config.mt()).extracting(MtEngineConfig::type).containsExactly("openai", "libretranslate");
        MtEngineConfig chat = config.mt().get(0);
        assertThat(chat.label()).isEqualTo("openai:qwen2.5:7b");
        assertThat(chat.temperature()).isZero();
        assertThat(chat.timeoutMs()).isEqualTo(30000);
        assertThat(chat.retries()).isEqualTo(3);
        assertThat(config.mt().get(1).apiKeyEnv()).isEmpty();
    }

    @Test
    void noFileMeansNoEngine(@TempDir Path dir) throws Exception {
        assertThat(DraftConfigFile.readIfPresent(dir)).isEqualTo(DraftConfig.empty());
        assertThat(DraftConfig.empty().mt()).isEmpty();
    }

    @Test
    void brokenJsonAndBadSettingsNameFileAndLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("hamgam.json");
        Files.writeString(broken, "{\n  \"mt\": [ { \"type\": \"openai\", }\n");
        assertThatThrownBy(() -> DraftConfigFile.read(broken)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("hamgam.json").hasMessageContaining("line 2");
        Files.writeString(broken, "{\n \"mt\": [\n  { \"type\": \"deepl\", \"url\": \"http://x\" } ] }\n");
        assertThatThrownBy(() -> DraftConfigFile.read(broken)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("unknown MT engine type 'deepl'");
    }

    @Test
    void aSettingOfNoKnownNameIsRefusedWithItsFileLineAndTheKnownNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hamgam.json");
        Files.writeString(file, "{\n  \"tm\": {\"treshold\": 60}\n}\n");
        assertThatThrownBy(() -> DraftConfigFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("hamgam.json").hasMessageContaining("line 2")
                .hasMessageContaining("unknown setting \"treshold\" in \"tm\"").hasMessageContaining("threshold");
        Files.writeString(file, "{\"mt\": [{\"type\": \"openai\", \"url\": \"http://x\", \"model\": \"m\",\n"
                + "  \"timeout\": 5}]}");
        assertThatThrownBy(() -> DraftConfigFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("unknown setting \"timeout\" in \"mt\"")
                .hasMessageContaining("timeoutMs");
        Files.writeString(file, "{\"output\": \"out\"}");
        assertThatThrownBy(() -> DraftConfigFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("unknown setting \"output\" (known: mt, tm)");
    }

    @Test
    void aKeyWrittenIntoTheFileIsRefusedWithoutEchoingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hamgam.json");
        Files.writeString(file, "{\"mt\": [{\"type\": \"openai\", \"url\": \"http://x\", \"model\": \"m\","
                + " \"apiKey\": \"sk-inline-123\"}]}");
        assertThatThrownBy(() -> DraftConfigFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("apiKeyEnv").hasMessageNotContaining("sk-inline-123");
    }

    @Test
    void theDiskCacheKeepsEntriesBetweenInstances(@TempDir Path dir) {
        String key = "ab".repeat(32);
        new DiskMtCache(dir).put(key, "The minister resigned.");
        assertThat(new DiskMtCache(dir).get(key)).contains("The minister resigned.");
        assertThat(dir.resolve("ab").resolve(key + ".txt")).exists();
        assertThat(new DiskMtCache(dir).get("cd".repeat(32))).isEmpty();
        assertThatThrownBy(() -> new DiskMtCache(dir).get("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
