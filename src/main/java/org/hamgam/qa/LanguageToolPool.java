package org.hamgam.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.hamgam.text.Letters;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool for one language, one {@link JLanguageTool} per thread (they are not thread-safe and slow to
 * start, so each is made on first use by its thread and kept). Texts are checked in parallel.
 */
final class LanguageToolPool {
    private final String languageCode;
    private final Set<String> disabledRules;
    private final List<String> ignoreTokens;
    private final List<String> acceptPhrases;
    private final ThreadLocal<JLanguageTool> tools = ThreadLocal.withInitial(this::create);

    LanguageToolPool(String languageCode, Set<String> disabledRules, Set<String> spellingExceptions) {
        this.languageCode = languageCode;
        this.disabledRules = Set.copyOf(disabledRules);
        List<String> tokens = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String exception : new java.util.TreeSet<>(spellingExceptions)) {
            String e = exception.strip();
            if (e.isEmpty()) {
                continue;
            }
            tokens.add(e);
            if (e.indexOf(' ') >= 0) {
                phrases.add(e);
            }
            // LanguageTool's tokenizer splits at spaces and hyphens: each piece must be accepted on its own.
            for (String piece : e.split("[\\s\\-\u2010\u2011]+")) {
                if (!piece.isEmpty() && !piece.equals(e)) {
                    tokens.add(piece);
                }
            }
        }
        this.ignoreTokens = List.copyOf(tokens);
        this.acceptPhrases = List.copyOf(phrases);
    }

    /** The matches of each text, in order; a blank text has none. */
    List<List<RuleMatch>> check(List<String> texts) {
        List<List<RuleMatch>> out = new ArrayList<>(texts.size());
        IntStream range = IntStream.range(0, texts.size());
        List<List<RuleMatch>> results = (texts.size() > 1 ? range.parallel() : range)
                .mapToObj(i -> checkOne(texts.get(i)))
                .toList();
        out.addAll(results);
        return out;
    }

    /**
     * Whether the language's dictionary speller rejects {@code word}; false when the language has none. Creating
     * only a speller is not enough: its dictionary is the one the language's tool loads.
     */
    boolean misspelled(String word) {
        SpellingCheckRule spelling = speller.get().orElse(null);
        try {
            return spelling != null && spelling.isMisspelled(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the language's tagger knows {@code word} as a proper noun (NNP): Miller and Bell are, Miler is not. */
    boolean properNoun(String word) {
        try {
            return tools.get().getLanguage().getTagger().tag(List.of(word)).get(0).hasPosTag("NNP");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final ThreadLocal<java.util.Optional<SpellingCheckRule>> speller = ThreadLocal.withInitial(() -> {
        for (Rule rule : tools.get().getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule spelling && spelling.isDictionaryBasedSpellingRule()) {
                return java.util.Optional.of(spelling);
            }
        }
        return java.util.Optional.empty();
    });

    private List<RuleMatch> checkOne(String text) {
        if (Letters.isBlank(text)) {
            return List.of();
        }
        try {
            return tools.get().check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JLanguageTool create() {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(languageCode));
        for (String id : disabledRules) {
            tool.disableRule(id);
        }
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule spelling) {
                spelling.addIgnoreTokens(ignoreTokens);
                if (!acceptPhrases.isEmpty()) {
                    spelling.acceptPhrases(acceptPhrases);
                }
            }
        }
        return tool;
    }
}
