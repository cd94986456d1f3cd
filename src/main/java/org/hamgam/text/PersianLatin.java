package org.hamgam.text;

import java.util.function.ToIntFunction;

/**
 * The one table of how the Persian consonant letters are written in Latin letters (ب b, پ p, ش sh, خ kh, ق q,
 * غ gh, ژ zh …). Name matching in alignment, term extraction and QA derives its coarser sound classes from it, so
 * that the three agree on what a letter sounds like and differ only in what they merge.
 */
public final class PersianLatin {
    private PersianLatin() {
    }

    /**
     * The Latin spelling of {@code c} as a consonant: one or two lower-case letters, {@code v} for و (which callers
     * know also stands for a vowel), and the empty string for letters that are vowels or silent (alef, ye, ain,
     * hamza), for marks and for anything that is not a Persian letter.
     */
    public static String consonant(char c) {
        return switch (c) {
            case 'ب' -> "b";
            case 'پ' -> "p";
            case 'ت', 'ط' -> "t";
            case 'ث', 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'ج' -> "j";
            case 'ژ' -> "zh";
            case 'چ' -> "ch";
            case 'ح', 'ه', 'ة' -> "h";
            case 'خ' -> "kh";
            case 'ق' -> "q";
            case 'ک', 'ك' -> "k";
            case 'د' -> "d";
            case 'ذ', 'ز', 'ض', 'ظ' -> "z";
            case 'ر' -> "r";
            case 'غ' -> "gh";
            case 'گ' -> "g";
            case 'ف' -> "f";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'و' -> "v";
            default -> "";
        };
    }

    /**
     * The class of every character of U+0600–U+06FF, indexed from U+0600: {@code classOf} maps a
     * {@link #consonant} spelling (empty for none) to a class, 0 for none. Each caller computes its classes once,
     * so that a word is classed a character at a time by one look-up.
     */
    public static char[] classes(ToIntFunction<String> classOf) {
        char[] classes = new char[256];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = (char) classOf.applyAsInt(consonant((char) ('\u0600' + i)));
        }
        return classes;
    }
}
