package org.hamgam.glossary;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a text term base: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error. */
final class TextDecoder {
    private TextDecoder() {
    }

    static String decode(String name, byte[] bytes) throws GlossaryException {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = skip; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new GlossaryException(name, line, -1, "not " + cs.name() + " text (at byte offset " + bad + " of the file, counted from 0)", null);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
