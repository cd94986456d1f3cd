package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Format placeholders in a message: printf and gettext ({@code %s}, {@code %1$s}, {@code %.1f}, {@code %Id}),
 * Python ({@code %(name)s}, {@code {name}}), ICU and .NET ({@code {0}}), Qt ({@code %1}) and shell variables
 * ({@code $VAR}, {@code ${VAR}}), and the conversions strftime shares with printf, with its modifiers
 * ({@code %-Oe} for {@code %-e}: the O asks for the locale's digits). They are code the program fills in, not
 * words or figures, and a translation must keep each one. {@code %%} is a literal percent sign, not a placeholder,
 * and so is a {@code %} right after a digit ("27%.A new study" is a percentage, not {@code %.A}). A space is never
 * read as a printf flag: "50% of" is a percentage, not {@code % o}.
 */
final class Placeholders {
    private Placeholders() {
    }

    /** The kinds of placeholder, each compared with its own kind. */
    enum Kind { PRINTF, PYTHON, BRACE, QT, VARIABLE }

    /**
     * One placeholder: its offsets, its kind and what it stands for. {@code key} is the conversion for printf
     * (length modifier and letter, {@code i} read as {@code d}), the name for the others; {@code position} is the
     * argument number a printf placeholder names ({@code %2$s}), or 0.
     */
    record Placeholder(int start, int end, Kind kind, String key, int position) {
    }

    /** A percent sign right after a digit is a percentage, whatever follows it. */
    private static final String NOT_AFTER_DIGIT = "(?<![0-9\u06F0-\u06F9\u0660-\u0669])";

    private static final Pattern ANY = Pattern.compile(
            "%%"
                    // printf; glibc's I flag asks for the locale's digits and changes nothing else, as does
                    // strftime's O modifier (%Oe for %e; E, the era's form, likewise), with its _ and ^ flags.
                    + "|" + NOT_AFTER_DIGIT + "%(?<pos>[1-9][0-9]*\\$)?[-+#0'I_^]*(?<width>[0-9]+|\\*)?"
                    + "(?:\\.(?<prec>[0-9]+|\\*)?)?"
                    + "(?:[EO](?=[a-zA-Z]))?(?<conv>(?:hh|h|ll|l|L|q|j|z|Z|t)?[diouxXeEfFgGaAcsSpn])"
                    + "|" + NOT_AFTER_DIGIT + "%\\((?<pyname>[A-Za-z_][A-Za-z0-9_]*)\\)[-+#0]*[0-9]*(?:\\.[0-9]+)?"
                    + "(?<pyconv>[diouxXeEfFgGcrsa])"
                    + "|" + NOT_AFTER_DIGIT + "%(?<qt>[1-9][0-9]?)(?![0-9])"
                    + "|\\{(?<brace>[0-9]+|[A-Za-z_][A-Za-z0-9_]*)(?:[:!,][^{}]*)?\\}"
                    + "|\\$\\{(?<bvar>[A-Za-z_][A-Za-z0-9_]*)\\}"
                    + "|\\$(?<var>[A-Za-z_][A-Za-z0-9_]*)");

    /**
     * Whether a printf placeholder starts at {@code at} ({@code %lu}, {@code %I.1f}): there {@code %l} or {@code %I}
     * is a length modifier or a flag, not a conversion of strftime.
     */
    static boolean printfAt(String text, int at) {
        Matcher m = ANY.matcher(text).region(at, text.length()).useTransparentBounds(true);
        return m.lookingAt() && m.group("conv") != null;
    }

    /** The placeholders of {@code text}, in order. */
    static List<Placeholder> of(String text) {
        List<Placeholder> out = new ArrayList<>();
        if (text.indexOf('%') < 0 && text.indexOf('{') < 0 && text.indexOf('$') < 0) {
            return out;
        }
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            if (m.group(0).equals("%%")) {
                continue;
            }
            if (m.group("conv") != null) {
                String pos = m.group("pos");
                String conv = m.group("conv");
                if (conv.endsWith("i")) {
                    conv = conv.substring(0, conv.length() - 1) + "d";
                }
                int position = pos == null ? 0 : Integer.parseInt(pos.substring(0, pos.length() - 1));
                // A star takes its width or precision from an argument of its own, before the value.
                if ("*".equals(m.group("width"))) {
                    out.add(new Placeholder(m.start(), m.end(), Kind.PRINTF, "*", 0));
                }
                if ("*".equals(m.group("prec"))) {
                    out.add(new Placeholder(m.start(), m.end(), Kind.PRINTF, "*", 0));
                }
                out.add(new Placeholder(m.start(), m.end(), Kind.PRINTF, conv, position));
            } else if (m.group("pyname") != null) {
                out.add(new Placeholder(m.start(), m.end(), Kind.PYTHON, m.group("pyname"), 0));
            } else if (m.group("qt") != null) {
                out.add(new Placeholder(m.start(), m.end(), Kind.QT, m.group("qt"), 0));
            } else if (m.group("brace") != null) {
                out.add(new Placeholder(m.start(), m.end(), Kind.BRACE, m.group("brace"), 0));
            } else {
                String var = m.group("bvar") != null ? m.group("bvar") : m.group("var");
                out.add(new Placeholder(m.start(), m.end(), Kind.VARIABLE, var, 0));
            }
        }
        return out;
    }

    /**
     * {@code text} with every placeholder blanked out by spaces, so that offsets stay the same: what the checks of
     * words and figures read.
     */
    static String mask(String text) {
        List<Placeholder> found = of(text);
        if (found.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Placeholder p : found) {
            java.util.Arrays.fill(out, p.start(), p.end(), ' ');
        }
        return new String(out);
    }

    /** Whether {@code from..to} of {@code text} holds no letter or digit outside a placeholder. */
    static boolean onlyPlaceholders(String text, int from, int to) {
        String masked = mask(text);
        if (masked == text) {
            return false; // no placeholder at all
        }
        for (int k = Math.max(0, from); k < Math.min(to, masked.length()); k++) {
            if (Character.isLetterOrDigit(masked.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
