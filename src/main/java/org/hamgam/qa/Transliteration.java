package org.hamgam.qa;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hamgam.text.Letters;
import org.hamgam.text.PersianLatin;

/**
 * Whether a Latin word is written by its sound in a Persian text (کنی میلر for Kenny Miller, آپلین for apelin), by
 * the consonants both spellings share. Persian script leaves out short vowels and does not double letters, and
 * و and ی stand for vowels as often as for v and y, so vowels, doubled letters, v, w, y and h are left out on both
 * sides: Miller and Miler have the same skeleton, mlr, as میلر.
 */
final class Transliteration {
    /**
     * The classes of U+0600–U+06FF, from the shared table: gh and q are one class; h and v are left out, as on the
     * Latin side.
     */
    private static final char[] CLASSES = PersianLatin.classes(latin -> switch (latin) {
        case "b" -> 'b';
        case "p" -> 'p';
        case "t" -> 't';
        case "s" -> 's';
        case "j" -> 'j';
        case "ch" -> 'C';
        case "kh" -> 'x';
        case "d" -> 'd';
        case "z" -> 'z';
        case "r" -> 'r';
        case "zh" -> 'Z';
        case "sh" -> 'S';
        case "gh", "q" -> 'q';
        case "f" -> 'f';
        case "k" -> 'k';
        case "g" -> 'g';
        case "l" -> 'l';
        case "m" -> 'm';
        case "n" -> 'n';
        default -> 0;
    });

    private Transliteration() {
    }

    /** The consonant skeleton of a Latin word: Miller → mlr, Christopher → krstfr, camelids → kmld. */
    static String latin(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            char mapped;
            if (c == 's' && next == 'h' || c == 'c' && next == 'h' || c == 'k' && next == 'h' || c == 'z' && next == 'h'
                    || c == 'g' && next == 'h' || c == 'p' && next == 'h' || c == 't' && next == 'h'
                    || c == 'c' && next == 'k') {
                mapped = switch (c) {
                    case 's' -> 'S';
                    case 'c' -> next == 'h' ? 'C' : 'k';
                    case 'k' -> 'x';
                    case 'z' -> 'Z';
                    case 'g' -> 'q';
                    case 'p' -> 'f';
                    default -> 't';
                };
                i++;
            } else {
                mapped = switch (c) {
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                    case 'q' -> 'q';
                    case 'x' -> 'k';
                    case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v', 'h' -> 0;
                    default -> Character.isLetter(c) ? c : 0;
                };
                if (c == 'x') {
                    add(out, 'k');
                    mapped = 's';
                }
            }
            add(out, mapped);
        }
        return out.toString();
    }

    /** The consonant skeleton of a Persian word, without a plural ending: میلر → mlr, کاملیدها → kmld. */
    static String persian(String word) {
        String w = word;
        for (String ending : new String[] {"\u200Cهای", "\u200Cها", "های", "ها"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            add(out, persianLetter(w.charAt(i)));
        }
        return out.toString();
    }

    private static char persianLetter(char c) {
        return c >= '\u0600' && c <= '\u06FF' ? CLASSES[c - '\u0600'] : 0;
    }

    private static void add(StringBuilder out, char c) {
        if (c != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
            out.append(c);
        }
    }

    /** The skeletons of the Persian words of {@code source}. */
    static Set<String> skeletons(String source) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < source.length()) {
            if (!Letters.isArabicScriptLetter(source.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < source.length() && (Letters.isArabicScriptLetter(source.charAt(j))
                    || source.charAt(j) == '\u200C')) {
                j++;
            }
            String skeleton = persian(source.substring(i, j));
            if (!skeleton.isEmpty()) {
                out.add(skeleton);
            }
            i = j;
        }
        return out;
    }

    /**
     * Whether the Latin {@code word} is written by its sound among {@code skeletons}, a Persian text's, by at least
     * {@code minConsonants} consonants; an English plural s may be wanting in the Persian.
     */
    static boolean writtenIn(String word, Set<String> skeletons, int minConsonants) {
        String s = latin(word);
        if (s.length() < minConsonants) {
            return false;
        }
        return skeletons.contains(s) || s.endsWith("s") && s.length() > minConsonants
                && skeletons.contains(s.substring(0, s.length() - 1));
    }
}
