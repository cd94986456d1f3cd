package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.text.Digits;

/**
 * Numbers by value across digit systems: {@code ۲۰۲۲} = {@code 2022}, {@code ۴۷٪} = {@code 47%},
 * {@code 3,5} = {@code 3.5} = {@code ۳٫۵}, {@code 1,000} = {@code ۱٬۰۰۰} = {@code 1000}.
 */
final class NumberSignal {
    private NumberSignal() {
    }

    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Digits.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            List<String> groups = new ArrayList<>();
            char separator = 0;
            boolean mixedSeparators = false;
            StringBuilder group = new StringBuilder();
            while (i < n) {
                char c = text.charAt(i);
                if (Digits.isDigit(c)) {
                    group.append((char) ('0' + Digits.value(c)));
                    i++;
                } else if (isSeparator(c) && i + 1 < n && Digits.isDigit(text.charAt(i + 1)) && group.length() > 0) {
                    groups.add(group.toString());
                    group.setLength(0);
                    mixedSeparators |= separator != 0 && separator != c;
                    separator = c;
                    i++;
                } else {
                    break;
                }
            }
            groups.add(group.toString());
            out.add(canonical(groups, mixedSeparators));
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '\'' || c == '\u2019';
    }

    private static String canonical(List<String> groups, boolean mixedSeparators) {
        if (groups.size() == 1) {
            return stripZeros(groups.get(0));
        }
        boolean grouped = true;
        for (int g = 1; g < groups.size(); g++) {
            grouped &= groups.get(g).length() == 3;
        }
        if (grouped && !mixedSeparators) {
            return stripZeros(String.join("", groups));
        }
        // 1,234.5 or 1.234,5: the last separator is the decimal point.
        StringBuilder whole = new StringBuilder();
        for (int g = 0; g < groups.size() - 1; g++) {
            whole.append(groups.get(g));
        }
        String fraction = groups.get(groups.size() - 1).replaceAll("0+$", "");
        String w = stripZeros(whole.toString());
        return fraction.isEmpty() ? w : w + "." + fraction;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
