package org.hamgam.qa;

import java.math.BigDecimal;

/**
 * An amount as English news writes it: a million and more with its scale word (120 million, 2.8 billion), since a
 * suggestion of "120000000" leaves the reader to count zeros; smaller amounts as digits (6000, 2.5).
 */
final class EnglishAmount {
    private static final double[] SCALES = {1e12, 1e9, 1e6};
    private static final String[] NAMES = {"trillion", "billion", "million"};

    private EnglishAmount() {
    }

    /** {@code value} in English form. */
    static String of(double value) {
        double magnitude = Math.abs(value);
        for (int i = 0; i < SCALES.length; i++) {
            if (magnitude >= SCALES[i]) {
                BigDecimal scaled = new BigDecimal(Double.toString(value)).divide(BigDecimal.valueOf(SCALES[i]));
                // 1,234,567 is no "1.234567 million": only a figure of three significant decimals reads as one.
                if (scaled.stripTrailingZeros().scale() <= 3) {
                    return plain(scaled) + " " + NAMES[i];
                }
                break;
            }
        }
        return plain(new BigDecimal(Double.toString(value)));
    }

    /**
     * {@code value} in English form with its thousands separated (12,000; 2,500.5; 120 million), as English writes
     * a sum of money: where the figure stands alone rather than beside the source's.
     */
    static String grouped(double value) {
        String figure = of(value);
        int end = 0;
        while (end < figure.length()
                && (Character.isDigit(figure.charAt(end)) || end == 0 && figure.charAt(0) == '-')) {
            end++;
        }
        StringBuilder out = new StringBuilder(figure.substring(end));
        int digits = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = figure.charAt(i);
            if (Character.isDigit(c) && digits > 0 && digits % 3 == 0) {
                out.insert(0, ',');
            }
            out.insert(0, c);
            digits += Character.isDigit(c) ? 1 : 0;
        }
        return out.toString();
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
