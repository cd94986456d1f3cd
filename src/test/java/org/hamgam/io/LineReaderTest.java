package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
    @TempDir
    Path dir;

    private List<LineReader.Line> read(byte[] bytes) throws Exception {
        // jqwik properties get no @TempDir: fall back to the system's temporary folder.
        Path file = dir == null ? Files.createTempFile("hamgam-lines", ".txt") : Files.createTempFile(dir, "in", ".txt");
        file.toFile().deleteOnExit();
        Files.write(file, bytes);
        List<LineReader.Line> lines = new ArrayList<>();
        try (LineReader reader = LineReader.open(file.toString(), Optional.empty())) {
            for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static String join(List<LineReader.Line> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.text()).append(l.terminator()));
        return out.toString();
    }

    @Test
    void keepsEveryKindOfLineBreak() throws Exception {
        List<LineReader.Line> lines = read("a\r\nب\rc\n\nd".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly(new LineReader.Line("a", "\r\n"), new LineReader.Line("ب", "\r"),
                new LineReader.Line("c", "\n"), new LineReader.Line("", "\n"), new LineReader.Line("d", ""));
    }

    @Test
    void emptyFileHasNoLines() throws Exception {
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void aLineLongerThanEveryBufferSurvivesWhole() throws Exception {
        String longLine = "شاهد ".repeat(300_000);
        List<LineReader.Line> lines = read((longLine + "\r\nپایان").getBytes(StandardCharsets.UTF_8));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).isEqualTo(longLine);
        assertThat(lines.get(0).terminator()).isEqualTo("\r\n");
    }

    @Test
    void detectsUtf16AndWindows1256() throws Exception {
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write("سلام\nدنیا".getBytes(StandardCharsets.UTF_16LE));
        assertThat(join(read(utf16.toByteArray()))).isEqualTo("سلام\nدنیا");
        String arabicScript = "بلاروس و ا\u064Aران\n";
        assertThat(join(read(arabicScript.getBytes(Charset.forName("windows-1256"))))).isEqualTo(arabicScript);
    }

    @Test
    void aForcedEncodingSkipsItsOwnByteOrderMarkAsTheWholeFileReaderDoes() throws Exception {
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write("سلام\nدنیا".getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(dir.resolve("bom.txt"), utf16.toByteArray());
        List<String> lines = new ArrayList<>();
        try (LineReader reader = LineReader.open(file.toString(), Optional.of(StandardCharsets.UTF_16LE))) {
            for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
                lines.add(l.text());
            }
        }
        assertThat(lines).containsExactly("سلام", "دنیا");
        assertThat(TextFiles.read(file, Optional.of(StandardCharsets.UTF_16LE)).text()).isEqualTo("سلام\nدنیا");
    }

    @Test
    void reportsTheByteOffsetAndLineOfAnUndecodableByteFarIntoTheFile() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] line = "سطر درست\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10_000; i++) {
            bytes.write(line);
        }
        int offset = bytes.size();
        bytes.write(new byte[] {(byte) 0xC3, 'x'});
        Path file = dir.resolve("broken.txt");
        Files.write(file, bytes.toByteArray());
        assertThatThrownBy(() -> {
            try (LineReader reader = LineReader.open(file.toString(), Optional.empty())) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.txt")
                .hasMessageContaining("byte offset " + offset)
                .hasMessageContaining("line 10001");
    }

    @Test
    void refusesBinaryFiles() throws Exception {
        Path file = dir.resolve("x.bin");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> LineReader.open(file.toString(), Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("x.bin").hasMessageContaining("binary");
    }

    @Property(tries = 200)
    void linesAndTerminatorsReassembleTheInput(@ForAll @StringLength(max = 300) String text) throws Exception {
        // Unpaired surrogates cannot be encoded in UTF-8: the file holds what encoding makes of them.
        String encodable = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        // A file that starts with U+FEFF in UTF-8 starts with a byte-order mark, which every reader drops.
        if (encodable.indexOf('\0') >= 0 || encodable.startsWith("\uFEFF")) {
            return;
        }
        assertThat(join(read(encodable.getBytes(StandardCharsets.UTF_8)))).isEqualTo(encodable);
    }
}
