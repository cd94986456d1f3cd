package org.hamgam.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a text file a line at a time, so that memory stays bounded by the longest line whatever the file's size.
 * The encoding is detected from the first bytes as {@link TextFiles} does for whole files; decoding is strict,
 * and an undecodable byte is reported with its byte offset and line number.
 */
public final class LineReader implements Closeable {
    static final int SNIFF = 64 * 1024;

    private final Path file;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private final String encoding;
    private long consumed;
    private long lineNumber;
    private boolean endOfInput;
    private boolean flushed;
    private final StringBuilder pending = new StringBuilder();
    private int scanned;

    /** A line and the line break that ended it ({@code "\n"}, {@code "\r\n"}, {@code "\r"} or {@code ""} at the end). */
    public record Line(String text, String terminator) {
    }

    private LineReader(Path file, InputStream in, Charset charset, String encoding, byte[] head, int skip) {
        this.file = file;
        this.in = in;
        this.encoding = encoding;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.put(head, skip, head.length - skip);
        bytes.flip();
        consumed = skip;
        chars.flip();
    }

    /** Opens {@code file}; {@code "-"} reads standard input. */
    public static LineReader open(String file, Optional<Charset> forced) throws BadInputException {
        Path path = Path.of(file.equals("-") ? "stdin" : file);
        InputStream in;
        try {
            in = file.equals("-") ? System.in : Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path, "no such file");
        } catch (IOException e) {
            throw new BadInputException(path, "cannot read: " + e.getMessage(), e);
        }
        try {
            byte[] head = in.readNBytes(SNIFF);
            Detected d = detect(path, head, forced);
            return new LineReader(path, in, d.charset(), d.name(), head, d.skip());
        } catch (IOException e) {
            closeQuietly(in);
            throw new BadInputException(path, "cannot read: " + e.getMessage(), e);
        } catch (BadInputException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private record Detected(Charset charset, String name, int skip) {
    }

    private static Detected detect(Path file, byte[] head, Optional<Charset> forced) throws BadInputException {
        if (forced.isPresent()) {
            Charset cs = forced.get();
            return new Detected(cs, cs.name(), Bom.lengthFor(head, cs));
        }
        Optional<Bom> bom = Bom.of(head);
        if (bom.isPresent()) {
            Utf16Text.require(file, bom.get(), completeHead(head, bom.get()));
            return new Detected(bom.get().charset, bom.get().label, bom.get().length());
        }
        // The whole-file rules, applied to the head: binary, UTF-8, or Windows-1256 Persian.
        byte[] sample = trimIncompleteUtf8(head);
        TextFiles.Decoded decoded = TextFiles.decode(file, sample, Optional.empty());
        Charset cs = decoded.encoding().equals("windows-1256") ? TextFiles.WINDOWS_1256 : StandardCharsets.UTF_8;
        return new Detected(cs, decoded.encoding(), 0);
    }

    /**
     * The head after its mark, decoded so far as it holds whole characters: a head that fills the sniffing buffer
     * may end inside a surrogate pair or halfway through a code unit, which the rest of the stream completes.
     */
    private static String completeHead(byte[] head, Bom bom) {
        int length = head.length - bom.length();
        String text = new String(head, bom.length(), head.length < SNIFF ? length : length & ~1, bom.charset);
        // a pair cut in two decodes to the replacement character, which the rest of the stream would not give
        boolean cut = head.length >= SNIFF && text.endsWith("\uFFFD");
        return cut ? text.substring(0, text.length() - 1) : text;
    }

    /** The head of a stream may end inside a UTF-8 sequence: drop that partial character before sniffing. */
    private static byte[] trimIncompleteUtf8(byte[] head) {
        if (head.length < SNIFF) {
            return head;
        }
        int end = head.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0x80) != 0) {
            end = end - back - 1;
        }
        return Arrays.copyOf(head, end);
    }

    public String encoding() {
        return encoding;
    }

    /** The next line, or {@code null} at the end of the input. */
    public Line next() throws BadInputException {
        while (true) {
            int cut = lineEnd();
            if (cut >= 0) {
                char c = pending.charAt(cut);
                if (c == '\r' && cut + 1 == pending.length() && !flushed) {
                    fill(); // one more character tells CR from CRLF
                    continue;
                }
                String terminator = c == '\r' && cut + 1 < pending.length() && pending.charAt(cut + 1) == '\n'
                        ? "\r\n" : String.valueOf(c);
                String text = pending.substring(0, cut);
                pending.delete(0, cut + terminator.length());
                scanned = 0;
                lineNumber++;
                return new Line(text, terminator);
            }
            if (flushed) {
                if (pending.isEmpty()) {
                    return null;
                }
                String text = pending.toString();
                pending.setLength(0);
                scanned = 0;
                lineNumber++;
                return new Line(text, "");
            }
            fill();
        }
    }

    /** The index of the first line break in {@code pending}, or -1; never rescans what it already saw. */
    private int lineEnd() {
        for (int i = scanned; i < pending.length(); i++) {
            char c = pending.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        scanned = pending.length();
        return -1;
    }

    /** Decodes more input into {@code pending}. */
    private void fill() throws BadInputException {
        if (flushed) {
            return;
        }
        try {
            if (!endOfInput && bytes.remaining() < 16) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
        chars.clear();
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        consumed += bytes.position() - before;
        if (result.isError()) {
            chars.flip();
            pending.append(chars); // the characters before the bad byte count for the line number
            throw new BadInputException(file, "invalid " + decoder.charset().name() + " bytes at byte offset "
                    + consumed + " (line " + (lineNumber + countBreaks() + 1) + ")");
        }
        chars.flip();
        pending.append(chars);
        if (endOfInput && !bytes.hasRemaining()) {
            chars.clear();
            CoderResult flush = decoder.flush(chars);
            if (flush.isError()) {
                throw new BadInputException(file, "truncated " + decoder.charset().name() + " text at the end");
            }
            chars.flip();
            pending.append(chars);
            flushed = true;
        }
    }

    private int countBreaks() {
        int n = 0;
        for (int i = 0; i < pending.length(); i++) {
            if (pending.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        if (in != System.in) {
            closeQuietly(in);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing was written through it; there is nothing to lose.
        }
    }
}
