package org.hamgam.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Tells an English phrase that names an animal (bat, pangolin, mammal, dromedary camel): English nouns whose first
 * WordNet 3.1 sense is an animal ({@code animals-en.txt.gz}, see the resources' README). A text of a medical domain
 * names the animals its viruses come from, as any reader would; a glossary lists the viruses. Viruses and bacteria
 * are not animals there.
 */
final class AnimalNames {
    private static final String RESOURCE = "animals-en.txt.gz";
    private static final Set<String> NAMES = load();

    private AnimalNames() {
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        InputStream in = AnimalNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource org/hamgam/glossary/" + RESOURCE));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }

    /**
     * Whether the phrase, or its last word (the head of an English noun phrase: dromedary camel), names an animal,
     * in the singular or the plural (bats). Bat coronavirus and swine flu name no animal.
     */
    static boolean isAnimal(String english) {
        String lower = english.toLowerCase(Locale.ROOT).strip();
        return known(lower) || known(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    private static boolean known(String noun) {
        if (NAMES.contains(noun)) {
            return true;
        }
        if (noun.endsWith("ies") && NAMES.contains(noun.substring(0, noun.length() - 3) + "y")) {
            return true;
        }
        return noun.endsWith("s") && (NAMES.contains(noun.substring(0, noun.length() - 1))
                || noun.endsWith("es") && NAMES.contains(noun.substring(0, noun.length() - 2)));
    }
}
