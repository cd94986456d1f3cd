package org.hamgam.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads text files the way users have them: UTF-8 with or without a byte-order mark, UTF-16 with a mark, or
 * Windows-1256 (older Persian files). Decoding is strict: bytes that decode to nothing are reported with their
 * offset, never replaced. Binary files are refused.
 */
public final class TextFiles {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextFiles() {
    }

    /** A decoded file and the encoding it was read with. */
    public record Decoded(String text, String encoding) {
    }

    /** Reads {@code file}, detecting its encoding unless {@code forced} names one. */
    public static Decoded read(Path file, Optional<Charset> forced) throws BadInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
        return decode(file, bytes, forced);
    }

    /** Decodes bytes read from {@code file} (used in messages), detecting the encoding unless forced. */
    public static Decoded decode(Path file, byte[] bytes, Optional<Charset> forced) throws BadInputException {
        if (forced.isPresent()) {
            Charset cs = forced.get();
            int skip = Bom.lengthFor(bytes, cs);
            return new Decoded(strict(file, bytes, skip, cs), cs.name());
        }
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            String text = strict(file, bytes, bom.get().length(), bom.get().charset);
            Utf16Text.require(file, bom.get(), text);
            return new Decoded(text, bom.get().label);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new BadInputException(file, "looks like a binary file (NUL byte at offset " + nul
                    + "); give a text file, or --encoding if it is UTF-16 without a byte-order mark");
        }
        try {
            return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (MalformedInputException utf8Error) {
            // Not UTF-8. Older Persian files are Windows-1256; accept that only if it yields Arabic-script text.
            Optional<String> legacy = asWindows1256(bytes);
            if (legacy.isPresent()) {
                return new Decoded(legacy.get(), "windows-1256");
            }
            long offset = utf8ErrorOffset(bytes);
            throw new BadInputException(file, "not valid UTF-8 at byte offset " + offset
                    + " and not Windows-1256 Persian text; use --encoding to name the file's encoding");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "cannot decode: " + e.getMessage(), e);
        }
    }

    private static Optional<String> asWindows1256(byte[] bytes) {
        String text;
        try {
            text = decodeStrict(bytes, 0, WINDOWS_1256);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        long arabic = text.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
        long letters = text.chars().filter(Character::isLetter).count();
        long high = 0;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                high++;
            }
        }
        // Most high bytes must be Arabic-script letters, and those letters a good part of the text.
        boolean persian = high > 0 && arabic * 10 >= high * 8 && arabic * 3 >= letters;
        return persian ? Optional.of(text) : Optional.empty();
    }

    private static String strict(Path file, byte[] bytes, int skip, Charset cs) throws BadInputException {
        try {
            return decodeStrict(bytes, skip, cs);
        } catch (MalformedInputException e) {
            throw new BadInputException(file, "invalid " + cs.name() + " bytes near byte offset "
                    + errorOffset(bytes, skip, cs));
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "cannot decode as " + cs.name() + ": " + e.getMessage(), e);
        }
    }

    private static String decodeStrict(byte[] bytes, int skip, Charset cs) throws CharacterCodingException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return chars.toString();
    }

    /** The byte offset of the first undecodable byte. */
    private static long errorOffset(byte[] bytes, int skip, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static long utf8ErrorOffset(byte[] bytes) {
        return errorOffset(bytes, 0, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
