package org.hamgam.glossary;

import java.util.Locale;

/**
 * The comparison keys under which a glossary counts two spellings as one term: for Persian the folded letters and
 * digits with separators dropped (ZWNJ, space, hyphen; Arabic letter variants, hamza and digit systems unified),
 * for English lower case with runs of white space as one space. Term extraction and its evaluation compare
 * proposals with reference lists under these keys.
 */
public final class TermKeys {
    private TermKeys() {
    }

    /** The key of a Persian term: کرونا ویروس, کروناویروس and كرونا‌ويروس share one. */
    public static String persian(String term) {
        Units u = Units.of(term);
        return u.key(0, u.n);
    }

    /** The key of an English term: COVID-19 and covid-19 share one, covid 19 does not. */
    public static String english(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
