package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.model.TermHit;
import org.hamgam.text.Letters;
import org.languagetool.rules.Categories;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool on both sides: {@code spelling} and {@code grammar} on the English targets, split by rule category,
 * and {@code source-*} findings from the Persian rules on the sources, which describe the source and never count as
 * translation errors. The English side runs once per set of pairs and serves both codes.
 *
 * <p>British and American spellings are both right unless one variant is chosen; then the other's spellings are
 * warnings. The speller does not know names and jargon, so its findings are graded: glossary terms, codes and
 * acronyms (HCoV-229E, IgG), Latin words copied from the source and the words of a user's list are accepted;
 * capitalised words (names), words whose only fault is case, unknown words that recur in several pairs (a
 * document's own vocabulary), words made of known words (brainstem, multinucleated, faecal-oral), the second word
 * of a species name, terms the source writes by their sound, and words no known word is one edit away from are
 * info; the rest, likely typos, are warnings. A name is a warning when the source shows it is misspelt: the source
 * keeps it in Latin script spelled otherwise, or writes by its sound a known name one doubled letter away (Miler,
 * کنی میلر, for Miller). Grammar, doubled words and wrong word forms (a/an) are warnings; style and typography
 * advice, capitals of titles, look-alike word guesses, rules that guess a part of speech (its/it's, "for use"),
 * advice on writing compounds and multi-word spelling rules (which mostly question names) are info. On the source,
 * spacing, typography and LanguageTool's list of older spellings with a standard form are info.
 */
final class LanguageToolChecks {
    static final String SPELLING = "spelling";
    static final String GRAMMAR = "grammar";
    static final String SOURCE_PREFIX = Issue.SOURCE_PREFIX;

    /** Rules another check covers already, or that misfire on segments cut out of running text. */
    private static final Set<String> EN_DISABLED = Set.of("WHITESPACE_RULE", "CONSECUTIVE_SPACES",
            "UPPERCASE_SENTENCE_START", "EN_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END",
            "SENTENCE_WHITESPACE", "COMMA_PARENTHESIS_WHITESPACE");
    private static final Set<String> FA_DISABLED = Set.of("TOO_LONG_SENTENCE");
    private static final Set<ITSIssueType> SOURCE_HINT_TYPES = Set.of(ITSIssueType.Whitespace,
            ITSIssueType.Typographical, ITSIssueType.Characters, ITSIssueType.Style);
    /** LanguageTool's Persian list of common spellings and their standard forms. */
    private static final String FA_SPELLING_VARIANTS = "FA_SIMPLE_REPLACE";
    /**
     * Words English news about Iran writes that the speller does not know: the currency check's own suggestions
     * ("12,000 tomans") would be spelling warnings otherwise.
     */
    private static final Set<String> IRANIAN_CURRENCIES = Set.of("toman", "tomans", "rial", "rials");
    /** The speller's first suggestions, where the word it was meant to be stands if it was a slip. */
    private static final int MAX_SUGGESTIONS = 5;

    private final Set<String> exceptions;
    private final LanguageToolPool english;
    private final LanguageToolPool persian;
    private final ThreadLocal<Memo> memo = new ThreadLocal<>();

    private record Memo(List<QaPair> pairs, List<Issue> issues) {
    }

    /** The variant the user asked for, or null: then British and American spellings are both right. */
    private final String variant;
    /** The other English variant's speller: a word it knows is a spelling of that variant, not a typo. */
    private final LanguageToolPool otherVariant;

    /** With a user word list: single words accepted in any case, as the glossary's terms are. */
    LanguageToolChecks(Set<String> spellingExceptions, Set<String> userWords) {
        this(spellingExceptions, userWords, null);
    }

    /**
     * With a chosen English variant ({@code en-US} or {@code en-GB}): a spelling of the other variant is then a
     * warning; with null, both are accepted.
     */
    LanguageToolChecks(Set<String> spellingExceptions, Set<String> userWords, String englishVariant) {
        this.exceptions = new HashSet<>();
        Set<String> all = new HashSet<>(spellingExceptions);
        all.addAll(IRANIAN_CURRENCIES);
        all.addAll(userWords);
        for (String e : all) {
            exceptions.add(e.strip().toLowerCase(Locale.ROOT));
        }
        if (englishVariant != null && !englishVariant.equals("en-US") && !englishVariant.equals("en-GB")) {
            throw new IllegalArgumentException("English variant must be en-US or en-GB, not " + englishVariant);
        }
        this.variant = englishVariant;
        String primary = englishVariant == null ? "en-US" : englishVariant;
        this.english = new LanguageToolPool(primary, EN_DISABLED, all);
        this.otherVariant = new LanguageToolPool(primary.equals("en-US") ? "en-GB" : "en-US", EN_DISABLED, all);
        this.persian = new LanguageToolPool("fa", FA_DISABLED, Set.of());
    }

    Check spelling() {
        return new Filtered(SPELLING);
    }

    Check grammar() {
        return new Filtered(GRAMMAR);
    }

    Check source() {
        return new Check() {
            @Override
            public String code() {
                return SOURCE_PREFIX + "*";
            }

            @Override
            public List<Issue> check(List<QaPair> pairs) {
                return sourceIssues(pairs);
            }
        };
    }

    private final class Filtered implements Check {
        private final String code;

        Filtered(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public List<Issue> check(List<QaPair> pairs) {
            List<Issue> out = new ArrayList<>();
            for (Issue issue : targetIssues(pairs)) {
                if (issue.code().equals(code)) {
                    out.add(issue);
                }
            }
            return out;
        }
    }

    private List<Issue> targetIssues(List<QaPair> pairs) {
        Memo last = memo.get();
        if (last != null && last.pairs() == pairs) {
            return last.issues();
        }
        List<String> targets = new ArrayList<>(pairs.size());
        for (QaPair p : pairs) {
            targets.add(p.target());
        }
        List<List<RuleMatch>> matches = english.check(targets);
        // Unknown words met in several pairs are the document's vocabulary (drug names, jargon), not typos.
        Map<String, Integer> unknownIn = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            Set<String> seen = new HashSet<>();
            for (RuleMatch m : matches.get(i)) {
                if (isSpelling(m.getRule())) {
                    String word = pairs.get(i).target().substring(m.getFromPos(), m.getToPos());
                    if (seen.add(word)) {
                        unknownIn.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            QaPair pair = pairs.get(i);
            Set<String> names = termWords(pair);
            boolean onPurpose = DoubledWords.in(pair.source()) && DoubledWords.in(pair.target());
            Set<String> sourceSounds = null;
            for (RuleMatch m : matches.get(i)) {
                String covered = pair.target().substring(m.getFromPos(), m.getToPos());
                if (m.getRule().getLocQualityIssueType() == ITSIssueType.Duplication && DoubledWords.in(covered)) {
                    // DoubledWordCheck reports a doubled word with or without LanguageTool: said once.
                    continue;
                }
                if (Placeholders.onlyPlaceholders(pair.target(), m.getFromPos(), m.getToPos())) {
                    // %i, %d or "%s %s" are code the program fills in: neither words nor a doubled word.
                    continue;
                }
                if (!isSpelling(m.getRule())) {
                    if (Headlines.isHeadline(pair.target())
                            && Headlines.asksForArticle(m.getRule().getId(), m.getMessage())) {
                        // "Gold prices hit highest level": headlines drop their articles.
                        continue;
                    }
                    // "Hussein A A": a single capital repeated is a person's initials, not a doubled word.
                    boolean initials = covered.length() == 3 && Character.isUpperCase(covered.charAt(0))
                            && covered.charAt(0) == covered.charAt(2) && covered.charAt(1) == ' ';
                    // Both sides doubling a word show errors on purpose (a demonstration text, an example of a
                    // doubled word): what the source does, the translation rightly does too.
                    // A rule reading code (vlc -I qt, if use_custom_default_size) as words; hyphenation advice on
                    // a name in capitals (the To Do bar, Three Star), which its owner writes as it likes.
                    boolean notProse = CodeSpans.touches(pair.target(), m.getFromPos(), m.getToPos())
                            || hyphenatingName(covered, m.getSuggestedReplacements());
                    Severity severity = isError(m.getRule()) && !initials && !onPurpose && !notProse
                            ? Severity.WARNING : Severity.INFO;
                    out.add(issue(GRAMMAR, severity, pair.id(), m));
                    continue;
                }
                if (isException(covered, names) || isCode(covered) || pair.source().contains(covered)
                        || accelerated(pair.target(), m.getFromPos(), m.getToPos())) {
                    continue;
                }
                List<String> suggested = m.getSuggestedReplacements();
                boolean typo = isOneEditAway(covered, suggested);
                // The en-GB speller, asked below, decides British spellings; LanguageTool's message may name one.
                boolean british = m.getMessage().contains("British English");
                boolean otherSpelling = isWord(covered) && !otherVariant.misspelled(covered);
                if (otherSpelling) {
                    if (variant == null) {
                        continue;
                    }
                    out.add(new Issue(SPELLING, Severity.WARNING, pair.id(), m.getFromPos(), m.getToPos(),
                            "\"" + covered + "\" is not " + variant + " spelling. [" + m.getRule().getId() + "]",
                            suggested.isEmpty() ? "" : suggested.get(0)));
                    continue;
                }
                if (sourceSounds == null) {
                    sourceSounds = Transliteration.skeletons(pair.source());
                }
                boolean capital = Character.isUpperCase(covered.charAt(0));
                String kept = capital ? sourceSpelling(covered, pair.source()) : null;
                if (kept != null) {
                    out.add(new Issue(SPELLING, Severity.WARNING, pair.id(), m.getFromPos(), m.getToPos(),
                            "\"" + covered + "\" is spelled \"" + kept + "\" in the source. [" + m.getRule().getId()
                                    + "]", kept));
                    continue;
                }
                if (capital && typo && misspeltName(covered, suggested.get(0), sourceSounds)) {
                    out.add(new Issue(SPELLING, Severity.WARNING, pair.id(), m.getFromPos(), m.getToPos(),
                            "\"" + covered + "\" is a name the dictionary does not know; the source writes it as \""
                                    + suggested.get(0) + "\" would be written. [" + m.getRule().getId() + "]",
                            suggested.get(0)));
                    continue;
                }
                // A word the dictionary lacks but its parts make (multinucleated, brainstem, faecal-oral), the
                // second word of a Latin species name (Rhinolophus affinis), or a term the source writes by its
                // sound (آپلین for apelin): rare words, not slips of the keyboard.
                boolean rare = compound(covered, suggested) || afterUnknownName(pair.target(), m.getFromPos())
                        || speciesEpithet(pair.target(), m.getFromPos(), covered)
                        || UNDOTTED_ABBREVIATIONS.contains(covered)
                        || !capital && soundsLikeSourceOnly(covered, suggested, sourceSounds);
                // A slip of the keyboard turns a common word into a non-word (agains, sorta); a word one letter from
                // a rare one only (gedit from edit, titer, monospace) is more often a term the dictionary lacks.
                // Across the judged sets, warnings on the latter were mostly false. A plural the dictionary lacks
                // of a word it knows is a noun that takes none (whitespaces, informations).
                // Pattern rules of the typo category (et al without its stop) know their error; only the
                // dictionary's unknown words are weighed so.
                boolean slip = !m.getRule().isDictionaryBasedSpellingRule() || nearCommonWord(covered, suggested)
                        || pluralOfKnown(covered);
                Severity severity = capital || unknownIn.get(covered) > 1 || rare
                        || british || onlyCase(covered, suggested) || !typo || !slip ? Severity.INFO
                        : Severity.WARNING;
                Issue issue = issue(SPELLING, severity, pair.id(), m);
                if (!typo) {
                    issue = new Issue(issue.code(), issue.severity(), issue.segment(), issue.start(), issue.end(),
                            issue.message() + " No known word is one letter away: a term the dictionary lacks?",
                            issue.suggestion());
                }
                out.add(issue);
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            namesAgainstSource(pairs.get(i), matches.get(i), out);
        }
        memo.set(new Memo(pairs, out));
        return out;
    }

    /**
     * Whether a capitalised word the dictionary lacks is a misspelling of the known name it is one doubled letter
     * from, going by the source: the source writes the name by its sound (میلر), Persian script never doubles a
     * letter, so it cannot tell Miler from Miller, and the name the dictionary knows is the likelier. A name that
     * differs from a known one otherwise (a vowel: Nipah, Pipistrellus) is its own name.
     */
    static boolean misspeltName(String word, String suggestion, Set<String> sourceSounds) {
        if (suggestion.isEmpty() || !Character.isUpperCase(suggestion.charAt(0)) || suggestion.indexOf(' ') >= 0) {
            return false;
        }
        return onlyDoubling(word, suggestion) && (Transliteration.writtenIn(word, sourceSounds, 2)
                || Transliteration.writtenIn(suggestion, sourceSounds, 2));
    }

    /**
     * The Latin word of the source that a capitalised word of the target misspells by one letter (Atilio where
     * the source keeps Attilio in Latin script), or null.
     */
    static String sourceSpelling(String word, String source) {
        int i = 0;
        while (i < source.length()) {
            if (!isLatin(source.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < source.length() && isLatin(source.charAt(j))) {
                j++;
            }
            String latin = source.substring(i, j);
            if (latin.length() >= 4 && oneEdit(word, latin)) {
                return latin;
            }
            i = j;
        }
        return null;
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Names one doubled letter from a name the dictionary knows, where the source writes the name by its sound:
     * Persian script cannot show the doubling, so the known name is the likelier. The word may be unknown
     * (President Donalld Trump, which LanguageTool passes as a name) or a common word (Kenny Miler: a miler runs
     * the mile); it is not a known name itself, and does not start a sentence.
     */
    private void namesAgainstSource(QaPair pair, List<RuleMatch> matches, List<Issue> out) {
        String t = pair.target();
        Set<String> sounds = null;
        int i = 0;
        while (i < t.length()) {
            if (!Character.isUpperCase(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && Character.isLetter(t.charAt(j))) {
                j++;
            }
            String word = t.substring(i, j);
            int start = i;
            i = j;
            if (word.length() < 4 || covered(matches, start) || sentenceStart(t, start)
                    || !Letters.hasArabicScriptLetter(pair.source())) {
                continue;
            }
            if (sounds == null) {
                sounds = Transliteration.skeletons(pair.source());
            }
            if (!Transliteration.writtenIn(word, sounds, 2) || english.properNoun(word)) {
                continue;
            }
            String known = doublingVariant(word);
            if (known != null) {
                out.add(new Issue(SPELLING, Severity.WARNING, pair.id(), start, j, "\"" + word + "\" is not a name the"
                        + " dictionary knows; the source writes it as \"" + known + "\" would be written.", known));
            }
        }
    }

    private static boolean sentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '\u201C')) {
            k--;
        }
        return k < 0 || ".!?:;".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean covered(List<RuleMatch> matches, int at) {
        for (RuleMatch m : matches) {
            if (m.getFromPos() <= at && at < m.getToPos()) {
                return true;
            }
        }
        return false;
    }

    /** The known name the word becomes with one doubled letter written once, or one letter doubled; or null. */
    private String doublingVariant(String word) {
        for (int k = 1; k < word.length(); k++) {
            String v = word.charAt(k) == word.charAt(k - 1) ? word.substring(0, k) + word.substring(k + 1)
                    : word.substring(0, k + 1) + word.charAt(k) + word.substring(k + 1);
            if ("aeiouy".indexOf(word.charAt(k)) < 0 && english.properNoun(v)) {
                return v;
            }
        }
        return null;
    }

    /** Whether {@code a} and {@code b} differ only in one letter written once or twice (Miler, Miller). */
    static boolean onlyDoubling(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int k = 1; k < longer.length(); k++) {
            if (longer.charAt(k) == longer.charAt(k - 1)
                    && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isLetter(token.charAt(k))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** Prefixes that make new words freely (multinucleated, upregulation, prepandemic, socioeconomics). */
    private static final List<String> PREFIXES = List.of("anti", "auto", "bio", "co", "counter", "de", "geo", "hyper",
            "hypo", "in", "inter", "intra", "macro", "micro", "mid", "multi", "neuro", "non", "over", "post", "pre",
            "pro", "re", "semi", "socio", "sub", "super", "trans", "ultra", "un", "under", "up");

    /**
     * Whether the source writes the word by its sound (آپلین for apelin) and not the known word it is one letter
     * from: a term the dictionary lacks. When the known word sounds the same (میلیون for millon, million), the
     * word is a slip in writing that one.
     */
    private static boolean soundsLikeSourceOnly(String word, List<String> suggested, Set<String> sounds) {
        if (!Transliteration.writtenIn(word, sounds, 3)) {
            return false;
        }
        for (int k = 0; k < Math.min(suggested.size(), MAX_SUGGESTIONS); k++) {
            if (oneEdit(word.toLowerCase(Locale.ROOT), suggested.get(k).toLowerCase(Locale.ROOT))
                    && Transliteration.latin(suggested.get(k)).equals(Transliteration.latin(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word is made of words the dictionary knows: two words written closed where the speller would
     * write them open (brainstem for brain stem, whitepaper), a productive prefix and a word (multinucleated,
     * upregulation), or parts joined by hyphens (faecal-oral, de-coupled). House style and dictionaries disagree on
     * such words; they are no typos. Two words that merely happen to make up a slip (minland: min and land, for
     * mainland) do not count.
     */
    private boolean compound(String word, List<String> suggested) {
        if (!suggested.isEmpty() && suggested.get(0).replace(" ", "").replace("-", "").equalsIgnoreCase(word)) {
            return true;
        }
        return prefixed(word);
    }

    private boolean prefixed(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (part.isEmpty() || !PREFIXES.contains(part) && !known(part)) {
                    return false;
                }
            }
            return true;
        }
        if (w.length() < 7 || !isWord(w)) {
            return false;
        }
        for (int cut = 2; cut <= w.length() - 4; cut++) {
            if (PREFIXES.contains(w.substring(0, cut)) && known(w.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    private boolean known(String word) {
        return !english.misspelled(word) || !otherVariant.misspelled(word);
    }

    /** Latin abbreviations that British house styles write without their full stops (eg, ie). */
    private static final Set<String> UNDOTTED_ABBREVIATIONS = Set.of("eg", "ie", "etc", "viz", "cf");

    /**
     * Whether the word is the second word of a species name: a small word with a Latin ending after a capitalised
     * word with one (Rhinolophus affinis, Paguma larvata), which the speller may know as a genus or not.
     */
    private static boolean speciesEpithet(String text, int at, String word) {
        String genus = wordBefore(text, at);
        return genus.length() > 3 && Character.isUpperCase(genus.charAt(0)) && genus.substring(1).chars()
                .allMatch(Character::isLowerCase) && latinEnding(genus) && Character.isLowerCase(word.charAt(0))
                && latinEnding(word);
    }

    /** The word that ends before {@code at}, spaces between, or "". */
    private static String wordBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return text.substring(k + 1, end);
    }

    private static boolean latinEnding(String word) {
        return word.matches(".*(?:us|um|is|a|ae|i|ii|es|ensis|oides)");
    }

    /** Whether the word before {@code at} is a capitalised word the dictionary lacks (a genus, a first name). */
    private boolean afterUnknownName(String text, int at) {
        String before = wordBefore(text, at);
        return before.length() > 1 && Character.isUpperCase(before.charAt(0)) && english.misspelled(before);
    }

    private List<Issue> sourceIssues(List<QaPair> pairs) {
        List<String> sources = new ArrayList<>(pairs.size());
        for (QaPair p : pairs) {
            sources.add(p.source());
        }
        List<List<RuleMatch>> matches;
        try {
            matches = persian.check(sources);
        } catch (RuntimeException | LinkageError e) {
            // Persian rules are a courtesy: without them the translation checks still stand.
            return List.of();
        }
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            QaPair pair = pairs.get(i);
            // A doubled word the translation doubles too is written on purpose (an example of the error).
            boolean onPurpose = DoubledWords.in(pair.target()) && DoubledWords.in(pair.source());
            for (RuleMatch m : matches.get(i)) {
                if (Placeholders.onlyPlaceholders(pair.source(), m.getFromPos(), m.getToPos())) {
                    continue;
                }
                Rule rule = m.getRule();
                String category = rule.getCategory().getId().toString().toLowerCase(Locale.ROOT).replace('_', '-');
                // Latin text inside the Persian (initials, a name, a code: "A A") is not Persian for its rules.
                boolean latin = !Letters.hasArabicScriptLetter(
                        pair.source().substring(m.getFromPos(), m.getToPos()));
                // Reduplication (تک تک, کم کم, رفته رفته) doubles a word on purpose; a word the lexicon never
                // doubles (و و, خطا خطا) is likely a slip and stays a warning.
                boolean reduplication = DoubledWords.reduplication(pair.source(), m.getFromPos(), m.getToPos());
                boolean duplication = rule.getLocQualityIssueType() == ITSIssueType.Duplication;
                if (duplication && reduplication && !latin) {
                    // LanguageTool would call it a typo and delete a word; it is neither, so it says what it is.
                    String doubled = pair.source().substring(m.getFromPos(), m.getToPos());
                    out.add(new Issue(SOURCE_PREFIX + category, Severity.INFO, pair.id(), m.getFromPos(),
                            m.getToPos(), "«" + doubled + "» is Persian reduplication, a word written twice on "
                            + "purpose: nothing to change. [" + rule.getId() + "]", ""));
                    continue;
                }
                Severity severity = (onPurpose || latin) && duplication ? Severity.INFO : sourceSeverity(rule);
                out.add(issue(SOURCE_PREFIX + category, severity, pair.id(), m));
            }
        }
        return out;
    }

    /**
     * Spacing, typography, style advice, invisible or redundant marks (a ZWNJ after و in حمل‌و‌نقل changes nothing
     * on screen) and the standard spelling of a variant the source writes in a common older form (موثر for مؤثر,
     * بطور for به‌طور, as LanguageTool's replacement list gives them) are hints about the source; the rest, such as
     * a doubled word, are warnings.
     */
    static Severity sourceSeverity(Rule rule) {
        boolean hint = SOURCE_HINT_TYPES.contains(rule.getLocQualityIssueType())
                || FA_SPELLING_VARIANTS.equals(rule.getId());
        return hint ? Severity.INFO : Severity.WARNING;
    }

    /**
     * Grammar, a doubled word and a wrong word form (a/an, its/it's) are errors a reviewer must see; style,
     * typography, register and compounding advice are hints.
     */
    static boolean isError(Rule rule) {
        if (HINT_CATEGORIES.contains(rule.getCategory().getId().toString()) || POS_GUESSES.contains(rule.getId())) {
            return false;
        }
        return switch (rule.getLocQualityIssueType()) {
            // Multi-word spelling rules mostly question names (a person, a company) the dictionary lacks.
            case Grammar, Duplication, Misspelling -> !isCompounding(rule)
                    && !rule.getId().startsWith("EN_MULTITOKEN_SPELLING");
            default -> false;
        };
    }

    /**
     * Categories of advice rather than error: capitals of titles and parties (house style: "Labour party",
     * "president of the United States"), phrases a style guide would tighten ("December of 2019"), and "did you
     * mean" guesses between look-alike words (later/latter, other/others), which LanguageTool makes without knowing
     * the meaning.
     */
    private static final Set<String> HINT_CATEGORIES = Set.of("CASING", "NONSTANDARD_PHRASES", "CONFUSED_WORDS");

    /**
     * Grammar rules that rest on guessing a word's part of speech where the word is as often a noun as a verb or
     * adjective: "on its way" (its read as it's), "for use", "have close contact", "103 candidate therapeutics",
     * "particles like dust", "the virus are" (the verb's subject is further back). Advice, worth a glance only.
     */
    private static final Set<String> POS_GUESSES = Set.of("ITS_TO_IT_S", "FOR_VB", "HAVE_PART_AGREEMENT", "CD_NN",
            "MISSING_TO_BEFORE_A_VERB", "PCT_SINGULAR_NOUN_PLURAL_VERB_AGREEMENT", "MATERIEL");

    /**
     * Whether the rule is about writing a compound open, hyphenated or closed (hand washing / handwashing): house
     * style and dictionaries disagree on these, so they are advice, not errors.
     */
    private static boolean isCompounding(Rule rule) {
        // English files some compound rules under grammar; their ids name them (HAND_COMPOUNDS,
        // EN_COMPOUNDS_ANTIBODY_POSITIVE).
        return Categories.COMPOUNDING.getId().equals(rule.getCategory().getId()) || rule.getId().contains("_COMPOUNDS");
    }

    private static Issue issue(String code, Severity severity, String segment, RuleMatch m) {
        List<String> suggestions = m.getSuggestedReplacements();
        // «<suggestion>…</suggestion>» (the Persian rules' quotes) needs no quotes of ours inside; the Persian
        // rules' messages also hold double spaces.
        String message = m.getMessage().replaceAll("«<suggestion>(.*?)</suggestion>»", "«$1»")
                .replaceAll("</?suggestion>", "\"").replaceAll(" {2,}", " ");
        return new Issue(code, severity, segment, m.getFromPos(), m.getToPos(),
                message + " [" + m.getRule().getId() + "]", suggestions.isEmpty() ? "" : suggestions.get(0));
    }

    /**
     * Whether the unknown word at {@code from..to} is part of a word with a menu shortcut mark inside it (po&rt,
     * C_redits, Ri_ght, which the tokenizer may cut at the mark) that the dictionary knows without the mark: the
     * letter after the mark is the key that opens the menu. R&D, with no small letter before the mark, is no such
     * word.
     */
    boolean accelerated(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || isMark(text, start - 1))) {
            start--;
        }
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || isMark(text, end))) {
            end++;
        }
        String word = text.substring(start, end);
        String bare = word.replace("&", "").replace("_", "");
        return bare.length() < word.length() && isWord(bare) && known(bare);
    }

    /**
     * Whether the & or _ at {@code at} stands as a shortcut mark does: after a small letter, or between a capital and
     * a small letter.
     */
    private static boolean isMark(String text, int at) {
        char c = text.charAt(at);
        if (c != '&' && c != '_' || at == 0 || at + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        return Character.isLowerCase(before)
                || Character.isUpperCase(before) && Character.isLowerCase(text.charAt(at + 1));
    }

    /** A token with a digit or a capital after its first letter: a code or acronym (HCoV-229E, IgG, LabCorp). */
    static boolean isCode(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (Character.isDigit(c) || (k > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a suggestion is one edit from {@code word} (a letter left out, added, changed, or two swapped), up to
     * case: the shape of most typing slips. A word the dictionary lacks (a drug, an anatomical term) is usually
     * farther from every word it knows.
     */
    static boolean isOneEditAway(String word, List<String> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.min(suggestions.size(), MAX_SUGGESTIONS);
        for (int i = 0; i < limit; i++) {
            if (oneEdit(w, suggestions.get(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** English's common words (LanguageTool's list of about 10,000), lower case. */
    private static final Set<String> COMMON_WORDS = CommonWords.english();

    /** Whether a suggestion one edit from the word is a common word: the word it was meant to be, mistyped. */
    static boolean nearCommonWord(String word, List<String> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.min(suggestions.size(), MAX_SUGGESTIONS);
        for (int i = 0; i < limit; i++) {
            String s = suggestions.get(i).toLowerCase(Locale.ROOT);
            if (oneEdit(w, s) && COMMON_WORDS.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a known word with a plural -s the dictionary does not give it. */
    private boolean pluralOfKnown(String word) {
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && isWord(word)
                && known(word.substring(0, word.length() - 1));
    }

    /**
     * Whether a grammar finding is advice to hyphenate (its suggestion is the words it covers joined by a hyphen)
     * words that each start with a capital: a name, as the program or product writes it.
     */
    static boolean hyphenatingName(String covered, List<String> suggestions) {
        if (suggestions.isEmpty() || !suggestions.get(0).replace('-', ' ').equalsIgnoreCase(covered)
                || suggestions.get(0).equals(covered)) {
            return false;
        }
        for (String w : covered.split(" +")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return covered.indexOf(' ') > 0;
    }

    /** Whether the first suggestion is the word itself in other case (mary, nm): a matter of case, not a slip. */
    static boolean onlyCase(String word, List<String> suggestions) {
        return !suggestions.isEmpty() && suggestions.get(0).equalsIgnoreCase(word);
    }

    /** Whether {@code a} and {@code b} differ by one insertion, deletion, substitution or adjacent swap. */
    static boolean oneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // One substitution, or two neighbours swapped.
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    private static boolean isSpelling(Rule rule) {
        return rule.isDictionaryBasedSpellingRule() || Categories.TYPOS.getId().equals(rule.getCategory().getId());
    }

    private boolean isException(String covered, Set<String> names) {
        String lower = covered.strip().toLowerCase(Locale.ROOT);
        String bare = lower.replaceAll("(['\u2019]s|s['\u2019]?|['\u2019])$", "");
        return exceptions.contains(lower) || names.contains(lower) || exceptions.contains(bare)
                || names.contains(bare);
    }

    /** The words of the glossary terms found in the target: names the speller need not know. */
    private static Set<String> termWords(QaPair pair) {
        if (pair.targetTerms().isEmpty() && pair.sourceTerms().isEmpty()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (TermHit hit : pair.targetTerms()) {
            addWords(hit.surface(), words);
            addWords(hit.target(), words);
        }
        for (TermHit hit : pair.sourceTerms()) {
            addWords(hit.target(), words);
        }
        return words;
    }

    private static void addWords(String text, Set<String> words) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        words.add(lower);
        for (String w : lower.split("[\\s\\-\u2010\u2011]+")) {
            words.add(w);
            if (w.endsWith("s") || w.endsWith("'s")) {
                words.add(w.replaceAll("'?s$", ""));
            }
        }
    }
}
