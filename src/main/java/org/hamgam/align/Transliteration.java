package org.hamgam.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamgam.text.PersianLatin;

/**
 * Names by transliteration: Persian (Arabic-script) and Latin words are both reduced to a consonant skeleton
 * over shared sound classes, so that {@code لوکاشنکو} and {@code Lukashenko} both become {@code lksnk},
 * {@code مینسک} and {@code Minsk} {@code mnsk}, {@code کییف} and {@code Kyiv} {@code kf}. Vowels are dropped
 * because Persian script mostly omits them; the letter و is tried both as a vowel and as a consonant.
 */
final class Transliteration {
    private static final int MAX_VARIANTS = 4;
    /** The classes of U+0600–U+06FF, from the shared table: sh joins s, zh j, kh and q k, gh g. */
    private static final char[] CLASSES = PersianLatin.classes(latin -> switch (latin) {
        case "b" -> 'b';
        case "p" -> 'p';
        case "t" -> 't';
        case "s", "sh" -> 's';
        case "j", "zh" -> 'j';
        case "ch" -> 'c';
        case "h" -> 'h';
        case "k", "kh", "q" -> 'k';
        case "d" -> 'd';
        case "z" -> 'z';
        case "r" -> 'r';
        case "g", "gh" -> 'g';
        case "f", "v" -> 'f';
        case "l" -> 'l';
        case "m" -> 'm';
        case "n" -> 'n';
        default -> 0; // alef, ye, ain, hamza, diacritics: vowels or silent
    });

    private Transliteration() {
    }

    /** Skeletons of an Arabic-script word (one per reading of its ambiguous letters). */
    static Set<String> persian(String word) {
        List<StringBuilder> variants = new ArrayList<>();
        variants.add(new StringBuilder());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c == 'و' || c == 'ؤ') {
                if (variants.size() * 2 <= MAX_VARIANTS && i > 0) {
                    List<StringBuilder> more = new ArrayList<>();
                    for (StringBuilder v : variants) {
                        more.add(new StringBuilder(v).append('f'));
                    }
                    variants.addAll(more);
                } else if (i == 0) {
                    append(variants, 'f');
                }
                continue;
            }
            if (c == 'ه' && i == n - 1 && n > 2) {
                continue; // a final he is usually a vowel
            }
            char k = persianClass(c);
            if (k != 0) {
                append(variants, k);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (StringBuilder v : variants) {
            out.add(dedupe(v));
        }
        return out;
    }

    private static void append(List<StringBuilder> variants, char k) {
        for (StringBuilder v : variants) {
            v.append(k);
        }
    }

    /** The sound class of {@code c}: 0 for vowels, silent letters and anything else. */
    private static char persianClass(char c) {
        return c >= '\u0600' && c <= '\u06FF' ? CLASSES[c - '\u0600'] : 0;
    }

    /** Skeletons of a Latin-script word, folded to lower case without accents. */
    static Set<String> latin(String folded) {
        Set<String> out = new LinkedHashSet<>();
        out.add(latinSkeleton(folded));
        for (String suffix : new String[] {"ians", "ian", "ans", "an", "s"}) {
            if (folded.length() > suffix.length() + 3 && folded.endsWith(suffix)) {
                out.add(latinSkeleton(folded.substring(0, folded.length() - suffix.length())));
                break;
            }
        }
        return out;
    }

    private static String latinSkeleton(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            if (next == 'h' && (c == 's' || c == 'c' || c == 'k' || c == 'g' || c == 'z' || c == 't' || c == 'p')) {
                sb.append(switch (c) {
                    case 's' -> 's';
                    case 'c' -> 'c';
                    case 'k' -> 'k';
                    case 'g' -> 'g';
                    case 'z' -> 'j';
                    case 't' -> 't';
                    default -> 'f';
                });
                i++;
                continue;
            }
            switch (c) {
                case 'b', 'd', 'f', 'g', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'z' -> sb.append(c);
                case 'c' -> sb.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                case 'q' -> sb.append('k');
                case 'v', 'w' -> sb.append('f');
                case 'x' -> sb.append("ks");
                case 'h' -> {
                    if (i < n - 1) {
                        sb.append('h');
                    }
                }
                default -> { } // vowels, y and anything else
            }
        }
        return dedupe(sb);
    }

    private static String dedupe(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
