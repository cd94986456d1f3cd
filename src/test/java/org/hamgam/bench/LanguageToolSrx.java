package org.hamgam.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.loomchild.segment.TextIterator;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import net.loomchild.segment.srx.io.Srx2SaxParser;

/**
 * LanguageTool's SRX sentence rules ({@code segment.srx} of languagetool-core) for any language code they name,
 * read as LanguageTool itself reads them, so that languages whose LanguageTool module is not on the class path
 * (German, French) are split by the same rules. Returns the sentence spans of a paragraph, spaces trimmed.
 */
final class LanguageToolSrx {
    private static final SrxDocument RULES = load();

    private final String code;

    LanguageToolSrx(String code) {
        this.code = code;
    }

    private static SrxDocument load() {
        try (InputStream in = LanguageToolSrx.class.getResourceAsStream("/org/languagetool/resource/segment.srx");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Srx2SaxParser(Map.of("validate", false)).parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentence spans {@code {start, end}} of {@code paragraph}, without the spaces around them. */
    List<int[]> split(String paragraph) {
        List<int[]> out = new ArrayList<>();
        TextIterator it = new SrxTextIterator(RULES, code, paragraph);
        int offset = 0;
        while (it.hasNext()) {
            String piece = it.next();
            int start = offset;
            int end = offset + piece.length();
            offset = end;
            while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }
}
