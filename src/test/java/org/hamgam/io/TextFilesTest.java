package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    private static final String PERSIAN = "شاهد-۱۳۶ و لوکاشنکو\nخط دوم";

    @TempDir
    Path dir;

    private TextFiles.Decoded readBytes(byte[] bytes) throws Exception {
        Path file = dir.resolve("in.txt");
        Files.write(file, bytes);
        return TextFiles.read(file, Optional.empty());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBomDecodeToTheSameText() throws Exception {
        byte[] plain = PERSIAN.getBytes(StandardCharsets.UTF_8);
        assertThat(readBytes(plain).text()).isEqualTo(PERSIAN);
        TextFiles.Decoded bom = readBytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain));
        assertThat(bom.text()).isEqualTo(PERSIAN);
        assertThat(bom.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16WithByteOrderMarksIsDetected() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PERSIAN.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PERSIAN.getBytes(StandardCharsets.UTF_16BE));
        assertThat(readBytes(le).text()).isEqualTo(PERSIAN);
        assertThat(readBytes(be).text()).isEqualTo(PERSIAN);
    }

    /** FF FE and then bytes that are no UTF-16 text, as the first hour met them. */
    static final byte[] GARBAGE_AFTER_MARK = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x20, 'g', 'a', 'r', 'b', 'a',
        'g', 'e', ' ', (byte) 0x80, (byte) 0x81, (byte) 0x82, '\n'};

    @Test
    void aUtf16MarkFollowedByNoUtf16TextIsRefusedWithTheFileNamed() throws Exception {
        Path file = Files.write(dir.resolve("garb.txt"), GARBAGE_AFTER_MARK);
        assertThatThrownBy(() -> TextFiles.read(file, Optional.empty())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("garb.txt").hasMessageContaining("UTF-16LE");
        assertThatThrownBy(() -> LineReader.open(file.toString(), Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("garb.txt");
        // English in UTF-16 with its mark is text, and so is a long Persian one cut anywhere by the sniffing
        String english = "Gasoline prices rose.\n";
        assertThat(readBytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, english.getBytes(StandardCharsets.UTF_16LE)))
                .text()).isEqualTo(english);
        String persian = "قیمت بنزین افزایش یافت. ".repeat(3000);
        Path big = Files.write(dir.resolve("big.txt"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, persian.getBytes(StandardCharsets.UTF_16LE)));
        try (LineReader reader = LineReader.open(big.toString(), Optional.empty())) {
            assertThat(reader.next().text()).isEqualTo(persian);
        }
    }

    @Test
    void windows1256PersianIsDetected() throws Exception {
        // Windows-1256 has no Persian yeh: such files carry the Arabic one, which the normalizer maps.
        String text = "بلاروس و ا\u064Aران";
        TextFiles.Decoded decoded = readBytes(text.getBytes(Charset.forName("windows-1256")));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("windows-1256");
    }

    @Test
    void binaryFilesAreRefusedWithTheFileNamed() throws Exception {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {'a', 0, 1, 2});
        assertThatThrownBy(() -> TextFiles.read(file, Optional.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("image.txt").hasMessageContaining("binary").hasMessageContaining("offset 1");
    }

    @Test
    void undecodableBytesAreReportedWithTheirOffsetNotReplaced() throws Exception {
        Path file = dir.resolve("bad.txt");
        // Valid UTF-8 Latin text, then a lone continuation byte: not UTF-8, and not Persian Windows-1256 either.
        Files.write(file, concat("hello world".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x81, 'x'}));
        assertThatThrownBy(() -> TextFiles.read(file, Optional.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.txt").hasMessageContaining("byte offset 11");
    }

    @Test
    void forcedEncodingIsUsed() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "café".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(TextFiles.read(file, Optional.of(StandardCharsets.ISO_8859_1)).text()).isEqualTo("café");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> TextFiles.read(dir.resolve("nope.txt"), Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nope.txt").hasMessageContaining("no such file");
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertThat(readBytes(new byte[0]).text()).isEmpty();
    }
}
