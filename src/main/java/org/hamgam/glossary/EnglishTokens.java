package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into words: letters and digits, with inner hyphens and apostrophes kept (COVID-19,
 * SARS-CoV-2, don't). Punctuation between words breaks a phrase.
 */
final class EnglishTokens {
    /** One word: its lower-case key, as written, and whether punctuation stands before it. */
    record Token(String key, String surface, boolean breakBefore, boolean number, boolean stop, boolean initial) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*");

    private EnglishTokens() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        boolean sentenceStart = true;
        while (m.find()) {
            boolean brk = out.isEmpty();
            for (int i = last; i < m.start(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    brk = true;
                    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“') {
                        sentenceStart = true;
                    }
                }
            }
            String surface = m.group().replace('’', '\'');
            String key = surface.toLowerCase(Locale.ROOT);
            boolean number = true;
            for (int i = 0; i < key.length(); i++) {
                if (!Character.isDigit(key.charAt(i))) {
                    number = false;
                    break;
                }
            }
            number = number || WordClasses.isEnglishNumber(key);
            out.add(new Token(key, surface, brk, number, ExtractionLexicon.isEnglishStop(key), sentenceStart));
            sentenceStart = false;
            last = m.end();
        }
        return out;
    }
}
