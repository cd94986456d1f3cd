package org.hamgam.glossary;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English names of countries and languages (China, United States, Chinese), from the JDK's locale data: every
 * translator knows them, so a glossary of a domain does not list them, however often a text names them.
 */
final class CommonNames {
    private static final Set<String> NAMES = load();

    private CommonNames() {
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String country : Locale.getISOCountries()) {
            names.add(new Locale("", country).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (String language : Locale.getISOLanguages()) {
            names.add(new Locale(language).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        names.remove("");
        return Set.copyOf(names);
    }

    /** Whether an English phrase is the name of a country or a language. */
    static boolean isCountryOrLanguage(String english) {
        return NAMES.contains(english.toLowerCase(Locale.ROOT));
    }
}
