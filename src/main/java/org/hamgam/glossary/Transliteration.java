package org.hamgam.glossary;

import java.util.Locale;
import org.apache.commons.text.similarity.LongestCommonSubsequence;
import org.hamgam.text.PersianLatin;

/**
 * How much a Persian word and an English word sound alike, compared on consonant skeletons (ویروس and virus
 * are both V R S). Vowels are left out because Persian rarely writes short vowels.
 */
final class Transliteration {
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();
    /**
     * The classes of U+0600–U+06FF, from the shared table: b and p, z and zh, sh and ch, g and gh, k and q are one
     * class each; kh and h stay apart.
     */
    private static final char[] CLASSES = PersianLatin.classes(latin -> switch (latin) {
        case "b", "p" -> 'B';
        case "t" -> 'T';
        case "d" -> 'D';
        case "s" -> 'S';
        case "z", "zh" -> 'Z';
        case "sh", "ch" -> 'C';
        case "j" -> 'J';
        case "g", "gh" -> 'G';
        case "k", "q" -> 'K';
        case "kh" -> 'X';
        case "h" -> 'H';
        case "f" -> 'F';
        case "v" -> 'V';
        case "l" -> 'L';
        case "m" -> 'M';
        case "n" -> 'N';
        case "r" -> 'R';
        default -> 0;
    });

    private Transliteration() {
    }

    /** Similarity in [0, 1]: twice the longest common subsequence of the skeletons over their total length. */
    static double similarity(String persianFolded, String english) {
        String a = persianSkeleton(persianFolded);
        String b = englishSkeleton(english);
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        return 2.0 * LCS.apply(a, b) / (a.length() + b.length());
    }

    static String persianSkeleton(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean initial = i == 0 || s.charAt(i - 1) == ' ';
            boolean last = i == s.length() - 1 || s.charAt(i + 1) == ' ';
            char k = switch (c) {
                case 'ه' -> last ? 0 : 'H';
                case 'و' -> initial ? 'V' : 0;
                default -> (c >= '0' && c <= '9') ? c : c >= '\u0600' && c <= '\u06FF' ? CLASSES[c - '\u0600'] : 0;
            };
            if (k != 0) {
                out.append(k);
            }
        }
        return out.toString();
    }

    static String englishSkeleton(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char k;
            if (c == 's' && next == 'h' || c == 'c' && next == 'h') {
                k = 'C';
                i++;
            } else if (c == 't' && next == 'h') {
                k = 'T';
                i++;
            } else if (c == 'p' && next == 'h') {
                k = 'F';
                i++;
            } else if (c == 'k' && next == 'h') {
                k = 'X';
                i++;
            } else if (c == 'c' && next == 'k') {
                k = 'K';
                i++;
            } else {
                k = switch (c) {
                    case 'b', 'p' -> 'B';
                    case 't' -> 'T';
                    case 'd' -> 'D';
                    case 's' -> 'S';
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
                    case 'z' -> 'Z';
                    case 'j' -> 'J';
                    case 'g' -> 'G';
                    case 'k', 'q' -> 'K';
                    case 'x' -> 'X';
                    case 'h' -> 'H';
                    case 'f' -> 'F';
                    case 'v', 'w' -> 'V';
                    case 'l' -> 'L';
                    case 'm' -> 'M';
                    case 'n' -> 'N';
                    case 'r' -> 'R';
                    default -> (c >= '0' && c <= '9') ? c : 0;
                };
            }
            if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
                out.append(k);
            }
        }
        return out.toString();
    }
}
