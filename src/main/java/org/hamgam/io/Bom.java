package org.hamgam.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks the text readers recognise: the encoding each announces and the label it is reported by. */
enum Bom {
    UTF_8(StandardCharsets.UTF_8, "UTF-8 (BOM)", 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16LE", 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16BE", 0xFE, 0xFF);

    final Charset charset;
    final String label;
    private final int[] marks;

    Bom(Charset charset, String label, int... marks) {
        this.charset = charset;
        this.label = label;
        this.marks = marks;
    }

    /** The mark's length in bytes. */
    int length() {
        return marks.length;
    }

    /** Whether {@code bytes} start with this mark. */
    boolean starts(byte[] bytes) {
        if (bytes.length < marks.length) {
            return false;
        }
        for (int i = 0; i < marks.length; i++) {
            if ((bytes[i] & 0xFF) != marks[i]) {
                return false;
            }
        }
        return true;
    }

    /** The mark {@code bytes} start with, if any. */
    static Optional<Bom> of(byte[] bytes) {
        for (Bom bom : values()) {
            if (bom.starts(bytes)) {
                return Optional.of(bom);
            }
        }
        return Optional.empty();
    }

    /** The length of the mark of {@code cs} that {@code bytes} start with, 0 for none: a forced encoding skips it too. */
    static int lengthFor(byte[] bytes, Charset cs) {
        return of(bytes).filter(bom -> bom.charset.equals(cs)).map(Bom::length).orElse(0);
    }
}
