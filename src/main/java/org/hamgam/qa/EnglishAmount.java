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

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
