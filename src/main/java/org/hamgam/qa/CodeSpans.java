package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of a message that are code, not English prose: a command-line option with its argument ({@code vlc -I qt},
 * {@code --offline}), an identifier joined by underscores ({@code use_custom_default_size}), a dotted name
 * ({@code org.gnome.Terminal}, {@code gedit.desktop}) and a path ({@code /usr/share}). A grammar rule reads them as
 * words (I the pronoun, use the verb) and questions English that is right.
 */
final class CodeSpans {
    private CodeSpans() {
    }

    private static final Pattern CODE = Pattern.compile(
            // an option, and the lower-case word after it that is its argument
            "(?<![\\w-])--?[A-Za-z][\\w-]*(?:=\\S+|\\s+[a-z][\\w.-]*)?"
                    + "|\\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\\b"
                    + "|\\b[A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*)+\\b(?=[^.\\w]|\\.?$|\\.\\s)"
                    + "|(?<![\\w/])/[\\w.-]+(?:/[\\w.-]*)+");

    /** The code spans of {@code text}, as start and end offsets. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (dotted(m.group()) && !looksLikeName(m.group())) {
                continue;
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * Whether a grammar finding at {@code from..to} reads code: it overlaps a code span, or the span follows it
     * with only spaces between ("if use_custom_default_size": the rule took the identifier for a verb).
     */
    static boolean touches(String text, int from, int to) {
        for (int[] span : of(text)) {
            int gap = span[0] - to;
            boolean next = gap >= 0 && text.substring(to, span[0]).isBlank() && gap <= 1;
            if (span[0] < to && from < span[1] || next) {
                return true;
            }
        }
        return false;
    }

    private static boolean dotted(String token) {
        return token.indexOf('.') > 0 && token.indexOf('_') < 0 && !token.startsWith("-");
    }

    /**
     * A dotted token is code when it is not two words run together at a missing space: one of its parts is lower
     * case throughout and short, as a file ending or a domain part is (gedit.desktop, org.gnome.Terminal), and it
     * does not end a sentence with a capital after the stop ("done.The").
     */
    private static boolean looksLikeName(String token) {
        String[] parts = token.split("\\.");
        for (String part : parts) {
            if (part.length() < 2) {
                return false; // e.g, U.S: abbreviations
            }
        }
        for (int k = 1; k < parts.length; k++) {
            if (!parts[k].isEmpty() && Character.isUpperCase(parts[k].charAt(0)) && parts[k].length() > 1
                    && parts[k].substring(1).chars().allMatch(Character::isLowerCase) && parts.length == 2) {
                return false;
            }
        }
        return parts.length >= 2 && (parts[0].chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))
                || parts.length > 2);
    }
}
