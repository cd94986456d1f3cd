package org.hamgam.glossary;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Tells the name of a person (دونالد ترامپ: Donald Trump, جوزپه کونته: Giuseppe Conte) and a surname that stands for
 * one (ترامپ: Trump) from a term: a glossary of a domain lists its concepts, and the translator transliterates a
 * person's name whatever the domain. A name is English of capitalized words that general English knows as proper
 * names, those before the last only so (Donald, Giuseppe; see {@link EnglishTags#isOnlyProperName}), the last maybe
 * also as a common word (Trump), or does not know at all (Shinzo, Ardern); Robert Koch Institute and World Health Organization are not, since Institute and
 * Health are no proper names, nor Diamond Princess, since diamond is a common word. A surname is a
 * one-word candidate that ends such a name in the text and is translated as the name's last word.
 */
final class PersonNames {
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}[\\p{Ll}'-]+");

    private final EnglishTags tags;
    /** Persian stem and English of the last words of the names among the candidates. */
    private final Set<String> surnames = new HashSet<>();

    /** The names among {@code candidates}, each translated as {@code englishOf} shows it. */
    PersonNames(Iterable<Candidate> candidates, Function<Candidate, Optional<String>> englishOf, EnglishTags tags) {
        this.tags = tags;
        for (Candidate c : candidates) {
            if (c.length > 1) {
                englishOf.apply(c).filter(this::isName)
                        .ifPresent(english -> surnames.add(c.stems[c.length - 1] + "\t" + last(english)));
            }
        }
    }

    /** Whether {@code english} is the name of a person, or the Persian one word that ends such a name here. */
    boolean isPerson(Candidate c, String english) {
        return c.length > 1 ? isName(english)
                : CAPITALIZED.matcher(english).matches() && surnames.contains(c.stems[0] + "\t" + english);
    }

    private boolean isName(String english) {
        String[] words = english.split(" ");
        if (words.length < 2) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            boolean name = tags.isUnknown(words[i])
                    || (i < words.length - 1 ? tags.isOnlyProperName(words[i]) : tags.isProperName(words[i]));
            if (!CAPITALIZED.matcher(words[i]).matches() || !name) {
                return false;
            }
        }
        return true;
    }

    private static String last(String english) {
        return english.substring(english.lastIndexOf(' ') + 1);
    }
}
