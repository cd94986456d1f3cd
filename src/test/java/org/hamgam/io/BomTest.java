package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BomTest {
    private static final String TEXT = "سلام\nدنیا";

    @TempDir
    Path dir;

    private Path file(int[] mark, Charset cs) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b : mark) {
            bytes.write(b);
        }
        bytes.write(TEXT.getBytes(cs));
        Path file = Files.createTempFile(dir, "in", ".txt");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static String lines(Path file, Optional<Charset> forced) throws Exception {
        StringBuilder out = new StringBuilder();
        try (LineReader reader = LineReader.open(file.toString(), forced)) {
            for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
                out.append(l.text()).append(l.terminator());
            }
        }
        return out.toString();
    }

    @Test
    void wholeFileAndLineReadersAgreeOnEveryMark() throws Exception {
        int[][] marks = {{0xEF, 0xBB, 0xBF}, {0xFF, 0xFE}, {0xFE, 0xFF}};
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        String[] labels = {"UTF-8 (BOM)", "UTF-16LE", "UTF-16BE"};
        for (int i = 0; i < marks.length; i++) {
            Path file = file(marks[i], charsets[i]);
            TextFiles.Decoded whole = TextFiles.read(file, Optional.empty());
            assertThat(whole.text()).isEqualTo(TEXT);
            assertThat(whole.encoding()).isEqualTo(labels[i]);
            assertThat(lines(file, Optional.empty())).isEqualTo(TEXT);
            try (LineReader reader = LineReader.open(file.toString(), Optional.empty())) {
                assertThat(reader.encoding()).isEqualTo(labels[i]);
            }
        }
    }

    @Test
    void aForcedEncodingSkipsItsOwnMark() throws Exception {
        Path utf8 = file(new int[] {0xEF, 0xBB, 0xBF}, StandardCharsets.UTF_8);
        assertThat(TextFiles.read(utf8, Optional.of(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
        assertThat(lines(utf8, Optional.of(StandardCharsets.UTF_8))).isEqualTo(TEXT);
        Path utf16 = file(new int[] {0xFF, 0xFE}, StandardCharsets.UTF_16LE);
        assertThat(TextFiles.read(utf16, Optional.of(StandardCharsets.UTF_16LE)).text()).isEqualTo(TEXT);
        // ISO-8859-1 has no mark: the bytes of a UTF-8 mark are text in it
        assertThat(TextFiles.read(utf8, Optional.of(StandardCharsets.ISO_8859_1)).text()).startsWith("ï»¿");
    }
}
