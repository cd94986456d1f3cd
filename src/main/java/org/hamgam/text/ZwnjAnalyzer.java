package org.hamgam.text;

import java.util.List;
import java.util.Set;

/**
 * Decides where ZWNJs belong in a Persian word, from lexicon evidence: a word the lexicon knows is written as
 * the lexicon prefers; otherwise a known stem with a verb prefix (می، نمی), a plural, comparative or
 * after-ه suffix, or the prefixes بی and به, takes a ZWNJ at the boundary. A word without such evidence is left
 * alone. Also decides whether two words written apart with a space are one word (کتاب ها, می شود).
 */
final class ZwnjAnalyzer {
    static final String ZWNJ = String.valueOf(Letters.ZWNJ);

    private enum Kind { PLURAL, COMPARATIVE, AFTER_HEH }

    private record Suffix(String text, Kind kind) {
    }

    /** Longest first, so that هایشان wins over ها. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("هایتان", Kind.PLURAL), new Suffix("هایشان", Kind.PLURAL), new Suffix("هایمان", Kind.PLURAL),
            new Suffix("ترین", Kind.COMPARATIVE), new Suffix("هایی", Kind.PLURAL), new Suffix("هایم", Kind.PLURAL),
            new Suffix("هایت", Kind.PLURAL), new Suffix("هایش", Kind.PLURAL), new Suffix("های", Kind.PLURAL),
            new Suffix("ایم", Kind.AFTER_HEH), new Suffix("اید", Kind.AFTER_HEH), new Suffix("اند", Kind.AFTER_HEH),
            new Suffix("است", Kind.AFTER_HEH), new Suffix("مان", Kind.AFTER_HEH), new Suffix("تان", Kind.AFTER_HEH),
            new Suffix("شان", Kind.AFTER_HEH), new Suffix("ها", Kind.PLURAL), new Suffix("تر", Kind.COMPARATIVE),
            new Suffix("ای", Kind.AFTER_HEH), new Suffix("ام", Kind.AFTER_HEH), new Suffix("ات", Kind.AFTER_HEH),
            new Suffix("اش", Kind.AFTER_HEH));

    /** Words written apart that belong to the word before them. */
    private static final Set<String> SPACED_PLURAL = Set.of("ها", "های", "هایی", "هایم", "هایت", "هایش",
            "هایمان", "هایتان", "هایشان", "هاست", "هامان", "هاتان", "هاشان");
    private static final Set<String> SPACED_COMPARATIVE = Set.of("تر", "تری", "ترین");
    private static final Set<String> SPACED_AFTER_HEH = Set.of("ای", "ام", "ات", "اش", "ایم", "اید", "اند", "ی");
    /** The plural personal endings, which follow a participle (رفته‌اند) and are never words of their own. */
    private static final Set<String> PLURAL_PERSONS = Set.of("ایم", "اید", "اند");
    /** Plural possessives written apart (زندگی شان, علاقه تان), which join a word in ه or ی as ام and اش do. */
    private static final Set<String> SPACED_POSSESSIVE = Set.of("مان", "تان", "شان");
    /** All words that join the word before them when written apart. */
    static final String[] SPACED_AFFIXES = java.util.stream.Stream.of(SPACED_PLURAL, SPACED_COMPARATIVE,
            SPACED_AFTER_HEH, SPACED_POSSESSIVE).flatMap(Set::stream).sorted().toArray(String[]::new);

    private static final String[] PREVERBS = {"", "بر", "در", "فرا", "فرو", "باز", "وا", "ور"};
    /** Words whose phrases the lexicon counts, for compounds written joined (بهعنوان). */
    static final Set<String> PHRASE_HEADS = Set.of("به", "بی");
    private static final String[] MI = {"می", "نمی"};
    private static final String[] DERIVING = {"ی", "انه", "ان"};
    private static final String[] PRESENT_ENDINGS = {"م", "ی", "د", "یم", "ید", "ند", "یی"};
    private static final String[] PAST_ENDINGS = {"", "م", "ی", "یم", "ید", "ند", "ه"};

    private static final long TIER = 1L << 40;
    /**
     * Least dictionary class (2 + log10 of the frequency the dictionary counted for the spelling with its ZWNJ) of a
     * compound that joins when written apart even though its second part is a word of its own (نخست وزیر, چانه زنی):
     * a spelling seen that often is a word, not two words that happen to meet. Not when the second part is a past
     * participle (ثبت شده, نام برده): the dictionary's adjective is then mostly a verb phrase in running text.
     */
    static final int ESTABLISHED = 6;

    /** How well attested a stem is, on a log scale (tenths): dictionary class plus corpus frequency. */
    private static long stemScore(Lexicon.Entry e) {
        return 1 + Math.round(10 * (e.dictionary() + 2 * Math.log10(1 + e.corpus())));
    }

    private final Lexicon lexicon;
    private final ZwnjDictionary dictionary;

    ZwnjAnalyzer(Lexicon lexicon) {
        this(lexicon, ZwnjDictionary.empty());
    }

    ZwnjAnalyzer(Lexicon lexicon, ZwnjDictionary dictionary) {
        this.lexicon = lexicon;
        this.dictionary = dictionary;
    }

    /** {@code key} (a word without ZWNJs) with ZWNJs where the evidence puts them, or null without evidence. */
    String analyze(String key) {
        return analyze(key, lexicon.lookup(key));
    }

    /** {@link #analyze(String)} with the look-up of {@code key} already done. */
    String analyze(String key, Lexicon.Entry found) {
        String surface = analyzeWithLexicon(key, found);
        return closed(dictionary.isEmpty() ? surface : withDictionary(key, surface));
    }

    /**
     * {@code surface} with each of its parts (between the ZWNJs that show, after a joining letter) read again, as
     * a second repair reads them once the ZWNJs are in the text: a reading that sets off one affix sets off the
     * others with it (می‌می‌های, not می‌میهای), so that a repaired text is repaired already. A ZWNJ after a letter
     * that does not join is dropped first, as the repair never writes one. Parts are shorter than the word, so this
     * ends.
     */
    private String closed(String surface) {
        if (surface == null || surface.indexOf(Letters.ZWNJ) < 0) {
            return surface;
        }
        StringBuilder out = null;
        int partStart = 0;
        int n = surface.length();
        int letters = Lexicon.key(surface).length();
        for (int i = 0; i <= n; i++) {
            boolean cut = i < n && surface.charAt(i) == Letters.ZWNJ;
            if (cut && (i == 0 || !Letters.isJoining(surface.charAt(i - 1)))) {
                continue; // not a cut the text will show: the part goes on through it
            }
            if (i < n && !cut) {
                continue;
            }
            String part = surface.substring(partStart, i);
            String partKey = Lexicon.key(part);
            String reread = partKey.length() < letters ? analyze(partKey) : null;
            if (reread != null && !part.equals(reread) && hasShownZwnj(reread)) {
                if (out == null) {
                    out = new StringBuilder(n + 4).append(surface, 0, partStart);
                }
                out.append(reread);
            } else if (out != null) {
                out.append(part);
            }
            if (cut && out != null) {
                out.append(Letters.ZWNJ);
            }
            partStart = i + 1;
        }
        return out == null ? surface : out.toString();
    }

    /**
     * How much less attested (in {@link #stemScore} tenths) than its stem a word in ه may be for
     * {@link #indefiniteAfterHeh}: three dictionary classes, a thousandfold. One class (tenfold) also turned away
     * common words beside a commoner stem (نامه beside نام, زمینه beside زمین), whose score the stem's running-text
     * count lifts.
     */
    private static final int RARE_BESIDE_STEM = 30;

    /**
     * {@code key}, which ends in های, read as a trusted word in ه and the indefinite ای (نامه‌ای), or null when the
     * letters before ای are no such word. The repair asks where the context rules out a plural in the ezafe.
     */
    String indefiniteAfterHeh(String key) {
        if (key.length() < 5 || !key.endsWith("های")) {
            return null;
        }
        Lexicon.Entry word = lexicon.get(key.substring(0, key.length() - 2));
        if (word == null || !word.trusted()) {
            return null;
        }
        // not when the word in ه is a rare one beside a common stem (آفتابه beside آفتاب): then های is rather the plural
        // whose ی the writer dropped (آفتاب‌های که for آفتاب‌هایی که)
        Lexicon.Entry stem = lexicon.get(key.substring(0, key.length() - 3));
        return stem == null || stemScore(word) + RARE_BESIDE_STEM >= stemScore(stem)
                ? closed(word.surface() + ZWNJ + "ای") : null;
    }

    /** Whether {@code surface} has a ZWNJ after a joining letter, one the repair writes. */
    private static boolean hasShownZwnj(String surface) {
        for (int i = 1; i < surface.length(); i++) {
            if (surface.charAt(i) == Letters.ZWNJ && Letters.isJoining(surface.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code surface} (the lexicon's reading of {@code key}, null for none) completed by the spelling dictionary: a
     * word the lexicon has no reading for takes the ZWNJs every listed spelling of it has (نمایش‌نامه). The
     * dictionary does not overrule a reading of the lexicon: where the two differ on UD text (پاک‌سازی beside
     * پاکسازی, plurals, which the dictionary writes solid), the lexicon agrees with the writers more often.
     */
    private String withDictionary(String key, String surface) {
        if (surface != null || key.length() >= 32) {
            return surface;
        }
        int every = dictionary.everySpelling(key);
        if (every == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder(key.length() + 2);
        for (int i = 0; i < key.length(); i++) {
            if ((every & 1 << i) != 0) {
                b.append(Letters.ZWNJ);
            }
            b.append(key.charAt(i));
        }
        return b.toString();
    }

    private String analyzeWithLexicon(String key, Lexicon.Entry found) {
        if (found != null && found.word()) {
            return found.joined() ? null : found.surface();
        }
        if (key.length() < 4) {
            return null; // too short for any reading below: a stem of two letters and an affix of two at least
        }
        String verb = prefixedVerb(key);
        if (verb != null) {
            return verb;
        }
        // Competing readings (دقیقهای: دقیق‌های or دقیقه‌ای) go to the better attested stem.
        String best = null;
        long bestScore = 0;
        for (Suffix suffix : SUFFIXES) {
            String s = suffix.text();
            int stemLength = key.length() - s.length();
            if (stemLength < 2 || !key.endsWith(s)) {
                continue;
            }
            char last = key.charAt(stemLength - 1);
            // after ی the same endings take a ZWNJ too (هنری‌اش, زندگی‌شان), but only after a known word of three
            // letters or more (not ای + شان) and not است, which is mostly written apart there
            boolean afterYeh = suffix.kind() == Kind.AFTER_HEH && last == 'ی';
            if (suffix.kind() == Kind.AFTER_HEH && last != 'ه'
                    && !(afterYeh && stemLength >= 3 && !s.equals("است"))) {
                continue; // (ی after ه is not among the suffixes: too often the ه is a consonant, as in نگاهی)
            }
            String stem = key.substring(0, stemLength);
            if (suffix.kind() == Kind.AFTER_HEH && stemLength == 2 && lexicon.isStopword(stem)) {
                continue; // a function word such as به takes no ending: بهای is بها + ی
            }
            Lexicon.Entry known = lexicon.get(stem);
            // a stem made with ی from a known word (هنری‌اش) counts too, but not before ات, which is mostly the
            // Arabic plural of such words (خصوصیات, جزئیات)
            if (afterYeh && !(known != null && known.trusted() || !s.equals("ات") && isYehWord(stem, known))) {
                continue;
            }
            long score;
            String stemSurface;
            if (known != null) {
                if (suffix.kind() == Kind.COMPARATIVE && !known.adjective()) {
                    continue;
                }
                score = stemScore(known);
                stemSurface = known.surface();
                // a stem that does not join (بادها, not باده‌ای) needs no ZWNJ and wins: plurals are common; unless
                // the same letters with ه are the better attested word (شماره‌ای, not شمارهای)
                if (!Letters.isJoining(last) && !betterWithHeh(known, stem, suffix)) {
                    score += TIER * 2;
                }
                // but a past participle with a verb ending (کرده‌ایم) beats the plural of its stem (کردهایم),
                // unless that stem is seen as a noun with a plural of its own (نهادها: نهادهای)
                if (suffix.kind() == Kind.AFTER_HEH && isParticiple(stem)
                        && lexicon.get(stem.substring(0, stem.length() - 1) + "ها") == null) {
                    score += TIER * 3;
                }
            } else {
                // a word made with ی from a known word (هنری, تحصیلی) is not listed itself, yet takes an ending
                // that starts with ا as the listed ones do (هنری‌اش, تحصیلی‌ام): solid, ی and ا would read as the
                // one syllable یا. The plural possessives are written solid there as often as not (ناراحتیشان)
                stemSurface = afterYeh && s.charAt(0) == 'ا' ? stem : stemSurface(stem, suffix.kind(), s);
                // nor is a compound the lexicon lacks whose parts it knows (اجابت + مزاج), yet its plural is a
                // plural as any other (اجابتمزاج‌های)
                if (stemSurface == null && suffix.kind() == Kind.PLURAL && isTwoWords(stem)) {
                    stemSurface = stem;
                }
                score = 1;
            }
            if (stemSurface == null || score <= bestScore) {
                continue;
            }
            bestScore = score;
            // a stem ending in ا د ذ ر ز ژ و takes the suffix without a ZWNJ (بادها)
            best = stemSurface + (Letters.isJoining(last) ? ZWNJ : "") + s;
        }
        if (best != null) {
            // a better attested word with an ending that takes no ZWNJ (تنها + یی, not تن + هایی; متهم + ان, not
            // مته + مان) is the reading to keep, unless the suffix reading has a structural claim of its own
            return bestScore < TIER && plainDerivation(key, bestScore) ? null : best;
        }
        Derived derived = derivedCompound(key);
        if (derived != null) {
            return derived.surface();
        }
        String word = prefixedWord(key);
        if (word != null) {
            return word;
        }
        if (found != null && found.word()) {
            return null;
        }
        String unknownVerb = unknownPrefixedVerb(key);
        if (unknownVerb != null) {
            return unknownVerb;
        }
        String compound = productiveCompound(key);
        return compound != null ? compound : derivedProductiveCompound(key);
    }

    /**
     * Endings that make plurals, nouns and adjectives of a compound without a ZWNJ of their own, and that a word
     * read by {@link #productiveCompound} takes too (مستعمره‌نشین → مستعمره‌نشینان, مرگ‌آسا → مرگ‌آسای); گان and
     * گی take the place of a final ه. Longest first.
     */
    private static final String[] TAIL_ENDINGS = {"گان", "گی", "یان", "ان", "ی", "ند"};

    /**
     * A word the lexicon does not know read as a word of {@link #productiveCompound} (itself no word of the
     * lexicon) with one of {@link #TAIL_ENDINGS}: the ZWNJ stands where it stands in that word.
     */
    private String derivedProductiveCompound(String key) {
        for (String ending : TAIL_ENDINGS) {
            int baseLength = key.length() - ending.length();
            if (baseLength < 2 * PART_LETTERS || !key.endsWith(ending)) {
                continue;
            }
            boolean afterHeh = ending.charAt(0) == 'گ';
            String base = key.substring(0, baseLength) + (afterHeh ? "ه" : "");
            Lexicon.Entry known = lexicon.get(base);
            if (known != null && known.word()) {
                continue; // a word of the lexicon with an ending is read from its own spelling, not from its parts
            }
            String surface = productiveCompound(base);
            if (surface != null) {
                return (afterHeh ? surface.substring(0, surface.length() - 1) : surface) + ending;
            }
        }
        return null;
    }

    /**
     * Whether {@code key}, a word the lexicon does not know that ends in a joining letter, is a trusted word of three
     * letters or more that is no function word, and a trusted word of two letters or more after it (پیام + برنده):
     * a compound the lexicon lacks, which takes a plural ending after a ZWNJ as its last part would.
     */
    private boolean isTwoWords(String key) {
        if (!Letters.isJoining(key.charAt(key.length() - 1))) {
            return false; // after ا د ذ ر ز ژ و the ending needs no ZWNJ
        }
        for (int cut = 3; cut <= key.length() - 2; cut++) {
            String first = key.substring(0, cut);
            if (isTrusted(first) && isTrusted(key.substring(cut)) && !lexicon.isStopword(first)) {
                return true;
            }
        }
        return false;
    }

    /** Least letters of the first and of the second part of a word read as {@link #productiveCompound}. */
    static final int PART_LETTERS = 3;

    /**
     * A word the lexicon does not know read as a trusted word and a productive second part that is no word of its
     * own (سیره + نویس, مادی + گری, افسون + زدایی), set off with a ZWNJ as the lexicon's compounds with that part
     * are; the longest such first part wins. A second part that is also a word (سرا, گیر) is left alone: writers
     * join such compounds solid as often as not (ایرانسرا). Not a verb form, nor a trusted word with an ending
     * that joins without a ZWNJ (بازیکن + ان), nor a function word with something after it.
     */
    private String productiveCompound(String key) {
        if (key.length() < 2 * PART_LETTERS) {
            return null;
        }
        // the cuts whose second part may be productive, found from the hashes of the word's endings (most words
        // have none) before any look-up
        long cuts = 0;
        int h = 0;
        int power = 1;
        for (int cut = key.length() - 1; cut >= PART_LETTERS; cut--) {
            h += key.charAt(cut) * power;
            power *= 31;
            if (cut <= key.length() - PART_LETTERS && cut < 64 && lexicon.mayBeTail(h)) {
                cuts |= 1L << cut;
            }
        }
        if (cuts == 0 || isVerbal(key)) {
            return null;
        }
        for (String ending : PLAIN_ENDINGS) {
            int stem = key.length() - ending.length();
            if (stem >= 3 && key.endsWith(ending) && isTrusted(key.substring(0, stem))) {
                return null;
            }
        }
        for (int cut = 63 - Long.numberOfLeadingZeros(cuts); cut >= PART_LETTERS; cut--) {
            if ((cuts & 1L << cut) == 0 || !Letters.isJoining(key.charAt(cut - 1))) {
                continue;
            }
            String tail = key.substring(cut);
            if (!lexicon.isProductiveTail(tail) || COPULAS.contains(tail)
                    || java.util.Arrays.binarySearch(SPACED_AFFIXES, tail) >= 0 || isTrusted(tail)) {
                continue;
            }
            String head = key.substring(0, cut);
            Lexicon.Entry e = lexicon.get(head);
            if (e != null && e.trusted() && e.surface().indexOf(Letters.ZWNJ) < 0 && !lexicon.isStopword(head)) {
                return head + ZWNJ + tail;
            }
        }
        return null;
    }

    /**
     * A word the lexicon does not know at all, read as می‌ or نمی‌ (after an optional preverb) and a verb form whose
     * stem it lacks (میمکید, برمیدمید): the rest is a word it does not know either, of three letters or more, that
     * ends as every finite verb does ({@link #unknownVerbLike}), and the word does not start with a known one.
     */
    private String unknownPrefixedVerb(String key) {
        int cut = verbPrefixEnd(key);
        if (cut < 0 || !unknownVerbLike(key.substring(cut))) {
            return null;
        }
        // a known word of four letters or more at the start is a word of its own with an ending or a second part
        // (میزبانی, میرزای), not a prefix
        for (int end = 4; end < key.length(); end++) {
            if (isTrusted(key.substring(0, end))) {
                return null;
            }
        }
        return key.substring(0, cut) + ZWNJ + key.substring(cut);
    }

    /** The letter count of a leading می or نمی (after an optional preverb) of {@code key}, or -1. */
    private static int verbPrefixEnd(String key) {
        for (String preverb : PREVERBS) {
            for (String prefix : MI) {
                if (key.startsWith(preverb) && key.startsWith(prefix, preverb.length())) {
                    return preverb.length() + prefix.length();
                }
            }
        }
        return -1;
    }

    /** Endings that join a word without a ZWNJ: ezafe and indefinite ی, plural ان, possessives after a vowel. */
    private static final String[] PLAIN_ENDINGS = {"یی", "ی", "ان", "یم", "م", "ت", "ش"};

    /**
     * Whether {@code key} is a trusted word of three letters or more, spelt without ZWNJs, with one of
     * {@link #PLAIN_ENDINGS}, attested better than {@code score} (the score of a competing stem).
     */
    private boolean plainDerivation(String key, long score) {
        for (String ending : PLAIN_ENDINGS) {
            int stemLength = key.length() - ending.length();
            if (stemLength < 3 || !key.endsWith(ending)) {
                continue;
            }
            Lexicon.Entry word = lexicon.get(key.substring(0, stemLength));
            if (word != null && word.trusted() && word.surface().indexOf(Letters.ZWNJ) < 0
                    && stemScore(word) > score) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code stem} + ه is a better attested word than {@code stem} (known as {@code known}), so that a plural
     * suffix read after the stem (شمار + های) is rather ه + an ending after that word (شماره + ای).
     */
    private boolean betterWithHeh(Lexicon.Entry known, String stem, Suffix suffix) {
        if (suffix.kind() != Kind.PLURAL) {
            return false;
        }
        Lexicon.Entry heh = lexicon.get(stem + "ه");
        return heh != null && stemScore(heh) > stemScore(known);
    }

    /** A word built on a compound of the lexicon, and that compound. */
    record Derived(String surface, Lexicon.Entry base) {
    }

    /**
     * Endings that make new words of a compound without a ZWNJ of their own (سرمایه‌گذار → سرمایه‌گذاران,
     * شبه‌نظامی → شبه‌نظامیان, تصمیم‌گیرنده → تصمیم‌گیرندگان); longest first.
     */
    static final String[] COMPOUND_ENDINGS = {"گانی", "انی", "گان", "گی", "ان", "ی"};

    /** {@code key} read as a compound of the lexicon spelt with a ZWNJ and one of {@link #COMPOUND_ENDINGS}. */
    Derived derivedCompound(String key) {
        for (String ending : COMPOUND_ENDINGS) {
            int stemLength = key.length() - ending.length();
            if (stemLength < 4 || !key.endsWith(ending)) {
                continue;
            }
            // گان and گی take the place of a final ه (رفته → رفتگان)
            boolean afterHeh = ending.charAt(0) == 'گ';
            String stem = afterHeh ? key.substring(0, stemLength) + "ه" : key.substring(0, stemLength);
            Lexicon.Entry base = lexicon.get(stem);
            if (base != null && base.surface().indexOf(Letters.ZWNJ) > 0 && !base.joined()) {
                String surface = base.surface();
                if (afterHeh) {
                    surface = surface.substring(0, surface.length() - 1);
                }
                return new Derived(surface + ending, base);
            }
        }
        return null;
    }

    /** The written form of {@code stem} when it is a word that can take {@code suffix}, of {@code kind}. */
    private String stemSurface(String stem, Kind kind, String suffix) {
        if (kind == Kind.AFTER_HEH && isParticiple(stem)) {
            return stem;
        }
        if (kind == Kind.COMPARATIVE) {
            return null;
        }
        String verb = prefixedVerb(stem);
        if (verb != null) {
            return verb;
        }
        if (PLURAL_PERSONS.contains(suffix) && participleShape(stem)) {
            return stem;
        }
        return prefixedWord(stem);
    }

    /**
     * Whether {@code s}, a word the lexicon does not know, is shaped as a past participle (a past stem in د or ت and
     * ه: بازتابیده, برتابانده), which a plural personal ending follows.
     */
    private static boolean participleShape(String s) {
        return s.length() >= 5 && (s.endsWith("ده") || s.endsWith("ته"));
    }

    private boolean isParticiple(String s) {
        if (s.length() < 3 || s.charAt(s.length() - 1) != 'ه') {
            return false;
        }
        String stem = s.substring(0, s.length() - 1);
        for (String preverb : PREVERBS) {
            if (stem.startsWith(preverb)) {
                String rest = stem.substring(preverb.length());
                if (lexicon.isPastStem(rest) || (rest.startsWith("ن") && lexicon.isPastStem(rest.substring(1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** می‌ or نمی‌ (after an optional preverb) before a verb form: می‌شود, برنمی‌گردد. */
    private String prefixedVerb(String key) {
        int mi = key.indexOf("می");
        if (mi < 0 || mi > 4 || key.length() < mi + 4) {
            return null; // no می within reach of a preverb: the common case, answered without lookups
        }
        for (String preverb : PREVERBS) {
            if (!key.startsWith(preverb)) {
                continue;
            }
            for (String prefix : MI) {
                int cut = preverb.length() + prefix.length();
                if (key.startsWith(prefix, preverb.length()) && isVerbForm(key.substring(cut))) {
                    return key.substring(0, cut) + ZWNJ + key.substring(cut);
                }
            }
        }
        return null;
    }

    /** A present stem with a personal ending (شود، گویم) or a past stem with one (رفتند). */
    boolean isVerbForm(String s) {
        for (String ending : PRESENT_ENDINGS) {
            if (s.length() > ending.length() && s.endsWith(ending)
                    && lexicon.isPresentStem(s.substring(0, s.length() - ending.length()))) {
                return true;
            }
        }
        for (String ending : PAST_ENDINGS) {
            if (s.length() > ending.length() && s.endsWith(ending)
                    && lexicon.isPastStem(s.substring(0, s.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** بی‌ or به‌ before a known word: بی‌شک, به‌عنوان. */
    private String prefixedWord(String key) {
        if (key.length() < 5 || !(key.startsWith("بی") || key.startsWith("به"))) {
            return null;
        }
        Lexicon.Entry rest = lexicon.get(key.substring(2));
        if (rest == null || !rest.trusted()) {
            return null;
        }
        // به is mostly a word of its own: only a phrase seen in running text (به عنوان) makes a compound
        if (key.startsWith("به") && lexicon.phraseCount(key) < 2) {
            return null;
        }
        // a verb form (بینیم) or a word the lexicon writes solid with an ending that needs no ZWNJ (بیدار + ی,
        // بین + ان) starts with the letters, not the prefix
        if (isVerbForm(key) || plainDerivation(key, 0)) {
            return null;
        }
        return key.substring(0, 2) + ZWNJ + rest.surface();
    }

    /**
     * Whether the space between the words {@code left} and {@code right} (keys) stands for a ZWNJ; {@code last}
     * is the last letter of the left word.
     */
    boolean joins(String left, char last, String right) {
        return joins(left, lexicon.lookup(left), last, right);
    }

    /** {@link #joins(String, char, String)} with the look-up of {@code left} already done. */
    boolean joins(String left, Lexicon.Entry leftFound, char last, String right) {
        if (!Letters.isJoining(last)) {
            return false;
        }
        boolean leftWord = leftFound != null && leftFound.word();
        switch (right.length() > 6 ? ' ' : right.charAt(0)) {
            case 'ه' -> {
                if (SPACED_PLURAL.contains(right)) {
                    return true;
                }
            }
            case 'ت' -> {
                if (right.equals("تان")) {
                    return afterHehOrYeh(left, leftFound, last, right);
                }
                if (right.length() <= 4 && SPACED_COMPARATIVE.contains(right)) {
                    // ترین is never a word of its own, so any known word takes it (اصلی ترین, which the dictionary
                    // does not tag); تر is also "wet", so only after an adjective
                    return leftWord && (leftFound.adjective() || right.equals("ترین") && leftFound.trusted());
                }
            }
            case 'ا', 'ی', 'م', 'ش' -> {
                if (right.length() <= 3 && (SPACED_AFTER_HEH.contains(right) || SPACED_POSSESSIVE.contains(right))) {
                    return afterHehOrYeh(left, leftFound, last, right);
                }
            }
            default -> { }
        }
        if (endsWithMi(left) && (isVerbForm(right) || unknownVerbLike(right))) {
            return true;
        }
        // a compound of the lexicon, or a word derived from one (سرمایه گذاران), joins when the corpus writes it
        // joined more often than apart or, unseen there, when the dictionary lists it (tagged or not) and its
        // second part is rarely a word of its own
        Lexicon.Entry compound = leftFound != null && leftFound.head() ? lexicon.get(left + right) : null;
        String compoundSurface = compound != null ? compound.surface() : null;
        if (compound == null && leftFound != null && leftFound.head()) {
            Derived derived = derivedCompound(left + right);
            if (derived != null) {
                compound = derived.base();
                compoundSurface = derived.surface();
            }
        }
        if (compound != null && hasZwnjAfter(compoundSurface, left.length()) && writtenJoined(compound, left, right)) {
            return true;
        }
        if (left.equals("بی")) {
            return isTrusted(right) || isDerived(right);
        }
        return listedCompound(left, right);
    }

    /**
     * Whether the compound {@code compound} of the lexicon, met as {@code left} and {@code right} written apart, is one
     * word: the corpus writes it joined more often than apart or, unseen there, the dictionary lists it (tagged or
     * not) and its last part is rarely a word of its own, or the dictionary counts it often.
     */
    private boolean writtenJoined(Lexicon.Entry compound, String left, String right) {
        return compound.corpus() > compound.spaced()
                || (compound.corpus() == 0 && compound.spaced() == 0 && bound(right) && !lexicon.isStopword(left))
                || (compound.dictionary() >= ESTABLISHED && compound.corpus() >= compound.spaced()
                    && (!lexicon.isStopword(left) || compound.dictionary() > ESTABLISHED && !PHRASE_HEADS.contains(left)
                        && !DETERMINERS.contains(left))
                    && !isParticiple(right));
    }

    /**
     * Whether the three words {@code left}, {@code middle} and {@code right} (keys), written apart, are one compound
     * of the lexicon spelt with a ZWNJ at both gaps (a name such as عبدالله‌بن‌زبیر), weighed as {@link #joins} weighs
     * a compound of two: the first two alone are no word, so the pair is never joined on its own.
     */
    boolean joinsThree(String left, Lexicon.Entry leftFound, String middle, String right) {
        if (leftFound == null || !leftFound.head() || !Letters.isJoining(left.charAt(left.length() - 1))
                || !Letters.isJoining(middle.charAt(middle.length() - 1)) || lexicon.isStopword(middle)) {
            return false; // a function word in the middle (دست به قلم) mostly makes a phrase, not a word
        }
        Lexicon.Entry compound = lexicon.get(left + middle + right);
        if (compound == null) {
            return false;
        }
        String surface = compound.surface();
        return hasZwnjAfter(surface, left.length()) && hasZwnjAfter(surface, left.length() + middle.length())
                && writtenJoined(compound, left, right);
    }

    /**
     * Whether an ending written apart ({@code right}: ای, ام, اش, شان …) joins {@code left}, which ends in
     * {@code last}: after ه a known word, participle or verb; after ی a known word of three letters or more, or one
     * made with ی from a known word (هنری اش), but not ی after ی.
     */
    private boolean afterHehOrYeh(String left, Lexicon.Entry leftFound, char last, String right) {
        if (last == 'ی') {
            return left.length() >= 3 && right.length() >= 2 && isYehWord(left, leftFound);
        }
        // اند, ایم, اید are verb endings and nothing else: after a word in ه, whatever the word (بازتابیده اند)
        return last == 'ه' && (leftFound != null && leftFound.word() || isParticiple(left)
                || prefixedVerb(left) != null || PLURAL_PERSONS.contains(right) && left.length() >= 3);
    }

    /**
     * Whether {@code key}, which ends in ی, is a trusted word or that ی after a trusted word of three letters or more
     * that ends in a consonant (هنری, تحصیلی, نوجوانی): the lexicon lists few of the adjectives and nouns ی makes.
     */
    private boolean isYehWord(String key, Lexicon.Entry found) {
        if (found != null && found.trusted()) {
            return true;
        }
        // after ا or و the ی is the glide of the next ending (بیجایشان: بیجا + یشان), not a suffix of its own
        return key.length() >= 4 && "او".indexOf(key.charAt(key.length() - 2)) < 0
                && isTrusted(key.substring(0, key.length() - 1));
    }

    /** Determiners and quantifiers, which head phrases written apart as often as compounds (آن قدر, یک باره). */
    private static final Set<String> DETERMINERS = Set.of("آن", "این", "یک", "همه", "هیچ", "هر", "چند", "همین",
            "همان");

    /**
     * Whether {@code right}, after a می or نمی written as a word of its own, is a verb form the lexicon cannot
     * parse (می مکید, می رنجاند): a word it does not know that ends as every finite verb does, in a personal ending
     * (م, ی, د) or a past stem (د, ت). A lone می is the verb prefix far more often than anything else.
     */
    private boolean unknownVerbLike(String right) {
        if (right.length() < 3 || "میدت".indexOf(right.charAt(right.length() - 1)) < 0) {
            return false;
        }
        Lexicon.Entry e = lexicon.get(right);
        return e == null || !e.trusted();
    }

    /** Verb forms that follow a participle or a noun as words of their own, never as part of it. */
    private static final Set<String> COPULAS = Set.of("است", "هست", "نیست", "اند", "ایم", "اید");

    /**
     * Whether the spelling dictionary writes {@code left} and {@code right} as one word with a ZWNJ between them in
     * every spelling it lists (نمایش‌نامه, می‌دمد), and the pair is not a verb phrase: the dictionary also lists
     * compound verbs and perfect tenses (کرده‌است, گزارش‌داد), which standard Persian writes apart.
     */
    private boolean listedCompound(String left, String right) {
        if (dictionary.isEmpty() || left.length() >= 32) {
            return false;
        }
        String key = left + right;
        if ((dictionary.everySpelling(key) & 1 << left.length()) == 0) {
            return false;
        }
        if (endsWithMi(left)) {
            return true;
        }
        // a left word in ی is mostly a noun before its ezafe (جمهوری اسلامی); خواه- is the future auxiliary
        return !PHRASE_HEADS.contains(left) && !lexicon.isStopword(left) && !isParticiple(left)
                && left.charAt(left.length() - 1) != 'ی' && !left.startsWith("خواه")
                && !COPULAS.contains(right) && !isVerbal(right);
    }

    /** A verb form, infinitive or participle (with or without a personal ending): دادن, گرفته‌ام, می‌شود. */
    private boolean isVerbal(String word) {
        if (isVerbForm(word) || prefixedVerb(word) != null || isParticiple(word)) {
            return true;
        }
        if (word.endsWith("ن") && word.length() > 2 && lexicon.isPastStem(word.substring(0, word.length() - 1))) {
            return true;
        }
        for (String ending : PERSONAL_AFTER_PARTICIPLE) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)
                    && isParticiple(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PERSONAL_AFTER_PARTICIPLE = {"ام", "ای", "است", "ایم", "اید", "اند"};

    private boolean isTrusted(String key) {
        Lexicon.Entry e = lexicon.get(key);
        return e != null && e.trusted();
    }

    /**
     * A known word with the ی, انه or ان that make nouns, adverbs and plurals of بی‌ adjectives (بی عدالتی,
     * بی رحمانه, بی کاران): asked only after a separate بی, where the writer has already marked the prefix.
     */
    private boolean isDerived(String right) {
        for (String ending : DERIVING) {
            int stem = right.length() - ending.length();
            if (stem >= 2 && right.endsWith(ending) && isTrusted(right.substring(0, stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code right} is rarely a word of its own in running text (پذیر, گذاری), so that a dictionary
     * compound ending in it is not two words that merely stand side by side (کشته شده, به آرامی).
     */
    private boolean bound(String right) {
        Lexicon.Entry e = lexicon.get(right);
        return e == null || e.corpus() <= 1;
    }

    private static boolean endsWithMi(String left) {
        for (String preverb : PREVERBS) {
            if (left.length() == preverb.length() + 2 && left.startsWith(preverb) && left.endsWith("می")
                    || left.length() == preverb.length() + 3 && left.startsWith(preverb) && left.endsWith("نمی")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code surface} has a ZWNJ right after its first {@code letters} letters. */
    static boolean hasZwnjAfter(String surface, int letters) {
        int seen = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == Letters.ZWNJ) {
                if (seen == letters) {
                    return true;
                }
            } else if (!Letters.isMark(c)) {
                seen++;
                if (seen > letters) {
                    return false;
                }
            }
        }
        return false;
    }
}
