package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hamgam.model.TermHit;
import org.hamgam.text.Letters;

/**
 * The currencies Persian news names, each with the ways English writes it: its word, symbol and code (دلار: dollar,
 * $, US$, USD). A currency in the source is rendered when the target has any of them. پوند is also the unit of
 * weight, so lb counts for it too.
 */
final class Currencies {
    private Currencies() {
    }

    /**
     * One currency: its Persian words, the English that renders it (a pattern over the target in lower case) and the
     * English word a suggestion uses.
     */
    record Currency(String name, List<String> persian, Pattern english) {
    }

    static final List<Currency> ALL = List.of(
            currency("dollars", List.of("دلار", "دلاری"),
                    "\\$|(?<![\\p{L}])(?:usd|dollars?)(?![\\p{L}])"),
            // ریال is Iran's and Oman's rial and the riyal of Qatar, Saudi Arabia and Yemen (ریال قطر).
            currency("rials", List.of("ریال", "ریالی"), "(?<![\\p{L}])(?:rials?|riyals?|irr)(?![\\p{L}])"),
            currency("tomans", List.of("تومان", "تومانی", "تومن"), "(?<![\\p{L}])(?:tomans?|irt)(?![\\p{L}])"),
            currency("euros", List.of("یورو", "یورویی"), "€|(?<![\\p{L}])(?:eur|euros?)(?![\\p{L}])"),
            currency("pounds", List.of("پوند", "پوندی"),
                    "£|(?<![\\p{L}])(?:gbp|pounds?|sterling|lbs?)(?![\\p{L}])"));

    private static Currency currency(String name, List<String> persian, String english) {
        return new Currency(name, persian, Pattern.compile(english));
    }

    /** A currency named in a Persian text, and where. */
    record Mention(Currency currency, int start, int end) {
    }

    /** The currency words of a Persian text, as whole words (دلار, دلارِ, دلارها; not دلارام). */
    static List<Mention> inPersian(String text) {
        List<Mention> out = null;
        for (Currency c : ALL) {
            for (String word : c.persian()) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                    int end = at + word.length();
                    if (at > 0 && Letters.isLetter(text.charAt(at - 1)) || !wordEnd(text, end)) {
                        continue;
                    }
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new Mention(c, at, end));
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether a Persian word ends at {@code end}, or goes on only with a plural or a joined ending. */
    private static boolean wordEnd(String text, int end) {
        if (end >= text.length() || !Letters.isLetter(text.charAt(end))) {
            return true;
        }
        return text.startsWith("ها", end);
    }

    /** Whether {@code lowerTarget}, a target in lower case, renders {@code c}. */
    static boolean rendered(Currency c, String lowerTarget) {
        return c.english().matcher(lowerTarget).find();
    }

    /** Every Persian word and English name, symbol and code of each currency, as a glossary term gives it. */
    private static final Map<String, Currency> TERMS = terms();

    private static Map<String, Currency> terms() {
        Map<String, Currency> out = new HashMap<>();
        String[][] english = {{"dollar", "dollars", "usd", "$", "us$", "us dollar", "us dollars"},
            {"rial", "rials", "irr", "iranian rial", "iranian rials"}, {"toman", "tomans", "irt"},
            {"euro", "euros", "eur", "€"}, {"pound", "pounds", "gbp", "£", "pound sterling", "sterling"}};
        for (int k = 0; k < ALL.size(); k++) {
            Currency c = ALL.get(k);
            for (String w : c.persian()) {
                out.put(w, c);
            }
            for (String w : english[k]) {
                out.put(w, c);
            }
        }
        return out;
    }

    /** The currency a Persian or English glossary term names, or null. */
    static Currency of(String term) {
        Currency c = TERMS.get(term);
        if (c != null || term.isEmpty() || !needsFolding(term)) {
            return c;
        }
        return TERMS.get(term.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a term has a capital or an outer space, which the look-up must fold first (US Dollar). */
    private static boolean needsFolding(String term) {
        if (Character.isWhitespace(term.charAt(0)) || Character.isWhitespace(term.charAt(term.length() - 1))) {
            return true;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isUpperCase(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a glossary term whose {@code alternatives} are a currency (دلار: dollar) is in the target by its
     * symbol, code or word ($120 million, USD).
     */
    static boolean present(List<TermHit> alternatives, String target) {
        String lower = null;
        for (TermHit hit : alternatives) {
            Currency c = of(hit.source());
            if (c == null) {
                c = of(hit.target());
            }
            if (c != null) {
                if (lower == null) {
                    lower = target.toLowerCase(Locale.ROOT);
                }
                if (rendered(c, lower)) {
                    return true;
                }
            }
        }
        return false;
    }
}
