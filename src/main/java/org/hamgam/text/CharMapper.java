package org.hamgam.text;

import java.text.Normalizer;

/**
 * The character-level pass: presentation forms to standard letters, Arabic letter variants to Persian ones,
 * kashida removed (or a hyphen between a word and a number), invisible controls dropped, optional diacritic and
 * hamza simplification, digits per policy. Works one character at a time, so it never reorders anything.
 */
final class CharMapper {
    private static final int FORMS_A_START = 0xFB50;
    private static final int FORMS_A_END = 0xFDFF;
    private static final int FORMS_B_START = 0xFE70;
    private static final int FORMS_B_END = 0xFEFF;
    /** NFKC of each presentation form, computed once; null where NFKC leaves the character alone. */
    private static final String[] FORMS = buildForms();

    private final NormalizerOptions options;
    /** {@link #touches} for U+0000–U+06FF under these options, looked up once a character. */
    private final boolean[] touchesBelow0700 = new boolean[0x0700];

    CharMapper(NormalizerOptions options) {
        this.options = options;
        for (int i = 0; i < touchesBelow0700.length; i++) {
            touchesBelow0700[i] = touchesSlowly((char) i);
        }
    }

    /** The mapped text of {@code in}, or null when nothing changes. */
    OffsetBuilder apply(String in) {
        int n = in.length();
        int first = 0;
        while (first < n && !touches(in.charAt(first))) {
            first++;
        }
        if (first == n) {
            return null;
        }
        OffsetBuilder out = new OffsetBuilder(in);
        out.copy(0, first);
        for (int i = first; i < n; i++) {
            char c = in.charAt(i);
            if (c < '\u0600') {
                appendDigit(out, c, i);
                continue;
            }
            if (c == PersianNormalizer.KASHIDA) {
                int end = i;
                while (end < n && in.charAt(end) == PersianNormalizer.KASHIDA) {
                    end++;
                }
                // A run of kashida between a letter and a digit is used as a hyphen: شاهدــ۱۳۶.
                if (out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
                        && end < n && Digits.isDigit(in.charAt(end))) {
                    out.append('-', i);
                }
                i = end - 1;
                continue;
            }
            if (isInvisibleControl(c)) {
                continue;
            }
            String form = presentationForm(c);
            if (form != null) {
                for (int k = 0; k < form.length(); k++) {
                    appendMapped(out, form.charAt(k), i);
                }
                continue;
            }
            appendMapped(out, c, i);
        }
        return out;
    }

    /** Whether this pass changes {@code c} (or may drop it or a neighbour), with the options in force. */
    private boolean touches(char c) {
        if (c < '\u0700') {
            return touchesBelow0700[c];
        }
        if (c < '\u200E') {
            return false; // (ZWNJ among them) no presentation form, no control this pass drops
        }
        return touchesSlowly(c);
    }

    private boolean touchesSlowly(char c) {
        if (c < '\u0600') {
            return options.digits() == DigitPolicy.PERSIAN && c >= '0' && c <= '9';
        }
        if (c <= '\u06FF') {
            switch (c) {
                case '\u064A', '\u0649', '\u0643', '\u0629', '\u06BE', PersianNormalizer.KASHIDA -> {
                    return true;
                }
                case '\u0623', '\u0625', '\u0624', '\u0626', '\u06C0', '\u0654', '\u0655' -> {
                    return options.simplifyHamza();
                }
                default -> {
                    if (isDiacritic(c)) {
                        return options.removeDiacritics();
                    }
                    return Digits.convert(c, options.digits()) != c;
                }
            }
        }
        return isInvisibleControl(c) || presentationForm(c) != null;
    }

    private void appendDigit(OffsetBuilder out, char c, int at) {
        out.append(Digits.convert(c, options.digits()), at);
    }

    private void appendMapped(OffsetBuilder out, char c, int at) {
        if ((options.removeDiacritics() && isDiacritic(c)) || c == PersianNormalizer.KASHIDA) {
            return; // a kashida can come out of a presentation form (U+FE71)
        }
        switch (c) {
            case '\u064A', '\u0649' -> out.append('\u06CC', at); // ي ى → ی
            case '\u0643' -> out.append('\u06A9', at);           // ك → ک
            case '\u0629', '\u06BE' -> out.append('\u0647', at); // ة ھ → ه
            default -> {
                if (options.simplifyHamza()) {
                    switch (c) {
                        case '\u0623', '\u0625' -> out.append('\u0627', at); // أ إ → ا
                        case '\u0624' -> out.append('\u0648', at);           // ؤ → و
                        case '\u0626' -> out.append('\u06CC', at);           // ئ → ی
                        case '\u06C0' -> out.append('\u0647', at);           // ۀ → ه
                        case '\u0654', '\u0655' -> { }                       // hamza above or below (هٔ)
                        default -> out.append(Digits.convert(c, options.digits()), at);
                    }
                } else {
                    out.append(Digits.convert(c, options.digits()), at);
                }
            }
        }
    }

    static String presentationForm(char c) {
        if (c >= FORMS_A_START && c <= FORMS_A_END) {
            return FORMS[c - FORMS_A_START];
        }
        if (c >= FORMS_B_START && c <= FORMS_B_END) {
            return FORMS[FORMS_A_END - FORMS_A_START + 1 + c - FORMS_B_START];
        }
        return null;
    }

    /** Bidi controls and the byte order mark: they carry no text and confuse matching. */
    static boolean isInvisibleControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670';
    }

    private static String[] buildForms() {
        String[] forms = new String[(FORMS_A_END - FORMS_A_START + 1) + (FORMS_B_END - FORMS_B_START + 1)];
        int k = 0;
        for (int c = FORMS_A_START; c <= FORMS_A_END; c++) {
            forms[k++] = nfkc((char) c);
        }
        for (int c = FORMS_B_START; c <= FORMS_B_END; c++) {
            forms[k++] = nfkc((char) c);
        }
        return forms;
    }

    private static String nfkc(char c) {
        String s = String.valueOf(c);
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return n.equals(s) ? null : n;
    }
}
