package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamgam.text.LexiconBuilder;

/**
 * How far lexicon evidence can take ZWNJ repair on each UD file under the fair measure of {@link NormalizeBench},
 * read from the gold text and the lexicon's sources alone (the repair itself is not run). Each gold ZWNJ between
 * two letters falls in one of these classes:
 * <ul>
 *   <li>{@code after_non_joining}: after ا د ذ ر ز ژ و (مدیر‌عامل), where a ZWNJ shows nothing and the repair never
 *   writes one: lost in both variants.</li>
 *   <li>{@code affix}: after می, نمی, بی or before a suffix or clitic (ها, تر, ای, شان …): read from morphology, not
 *   from a listed compound.</li>
 *   <li>{@code unknown_compound}: between two words whose compound (with or without its ZWNJ, or without an ending
 *   that derives words from compounds: ان, ی, گان, گی, ها, های) appears in none of the sources. In the spaced
 *   variant such a ZWNJ is a space between two words that nothing says to join; in the joined variant it may still
 *   be found from its parts. {@code unknown_compound_with_dictionary} also asks Debian's myspell-fa when
 *   installed.</li>
 * </ul>
 * A compound gap (neither of the first two classes) in the joined variant, where the repair sees the letters run
 * together, is also counted as one of:
 * <ul>
 *   <li>{@code joined_listed_solid}: the sources write the compound (or the word it is derived from) only solid,
 *   never with a ZWNJ at this gap: the evidence says to leave it as it is.</li>
 *   <li>{@code joined_unlisted_unknown_parts}: the compound is unlisted and its two parts are not both listed
 *   words either, so nothing at all points at the gap.</li>
 * </ul>
 * So joined recall is at most {@code 1 - after_non_joining / gold} (and, from lexical evidence,
 * {@code 1 - (after_non_joining + joined_listed_solid + joined_unlisted_unknown_parts) / gold}: a generous bound, as
 * two listed parts are taken to be enough) and spaced recall at most
 * {@code 1 - (after_non_joining + unknown_compound) / gold}; F1 is bounded with precision 1 (the fair measure
 * counts a free gap right either way, so the gold's solid plurals no longer cost precision). These are estimates,
 * not proofs: gold counted without the fair measure's free gaps, and a compound of more than two parts counted
 * pair by pair.
 *
 * <p>The sources are those of the lexicon the figure is scored with: hazm's word list and the training sentences,
 * without the file scored (as NormalizeBench's cross-check builds it for a development file).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.bench.ZwnjEvidenceBench
 * </pre>
 */
public final class ZwnjEvidenceBench {
    private static final char ZWNJ = '\u200C';
    private static final String NON_JOINING = "اآأإدذرزژوؤ";
    private static final List<String> PREFIXES = List.of("می", "نمی", "بی");
    private static final Set<String> CLITICS = Set.of("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان",
            "هایتان", "هایشان", "هاست", "تر", "ترین", "تری", "ای", "ام", "اید", "ایم", "اند", "است", "ات", "اش", "مان",
            "تان", "شان", "ی", "یی");
    /** Endings that derive words from a compound without a ZWNJ of their own (سرمایه‌گذاران). */
    private static final List<String> DERIVING = List.of("های", "ها", "انی", "ان", "ی");

    private ZwnjEvidenceBench() {
    }

    public static void main(String[] args) throws IOException {
        Path data = BenchData.shared().resolve("data");
        Set<String> hazm = new HashSet<>();
        Map<String, Set<Integer>> hazmGaps = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("hazm-lexicon/words.dat"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String word = tab < 0 ? line.strip() : line.substring(0, tab);
            hazm.add(key(word));
            addGaps(word, hazmGaps);
        }
        Set<String> dictionary = new HashSet<>();
        Path dic = Path.of(System.getProperty("hamgam.dictionary", "/usr/share/hunspell/fa_IR.dic"));
        if (Files.isRegularFile(dic)) {
            for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
                int slash = line.indexOf('/');
                dictionary.add(key((slash < 0 ? line : line.substring(0, slash)).strip()));
            }
        }
        List<String> files = new ArrayList<>(LexiconBuilder.TRAINING_FILES);
        files.add(LexiconBuilder.HELD_OUT_FILE);
        for (String f : files) {
            Set<String> known = new HashSet<>(hazm);
            Map<String, Set<Integer>> gaps = new HashMap<>();
            hazmGaps.forEach((k, v) -> gaps.put(k, new HashSet<>(v)));
            for (String source : LexiconBuilder.TRAINING_FILES) {
                if (!source.equals(f)) {
                    for (String w : words(data.resolve("ud-persian").resolve(source))) {
                        known.add(key(w));
                        addGaps(w, gaps);
                    }
                }
            }
            report(f.replace(".txt", ""), words(data.resolve("ud-persian").resolve(f)), known, gaps, dictionary);
        }
    }

    /** Records under the key of {@code word} the letter counts at which it has a ZWNJ. */
    private static void addGaps(String word, Map<String, Set<Integer>> gaps) {
        if (word.indexOf(ZWNJ) < 0) {
            return;
        }
        Set<Integer> at = gaps.computeIfAbsent(key(word), k -> new HashSet<>());
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == ZWNJ) {
                at.add(letters);
            } else {
                letters++;
            }
        }
    }

    private static void report(String name, List<String> words, Set<String> known, Map<String, Set<Integer>> gaps,
                               Set<String> dictionary) {
        int gold = 0;
        int nonJoining = 0;
        int affix = 0;
        int unknownCompound = 0;
        int unknownWithDictionary = 0;
        int listedSolid = 0;
        int unlistedUnknownParts = 0;
        for (String w : words) {
            String[] parts = w.split(String.valueOf(ZWNJ), -1);
            for (int i = 0; i + 1 < parts.length; i++) {
                String left = parts[i];
                String right = parts[i + 1];
                if (left.isEmpty() || right.isEmpty()) {
                    continue;
                }
                gold++;
                if (NON_JOINING.indexOf(left.charAt(left.length() - 1)) >= 0) {
                    nonJoining++;
                } else if (PREFIXES.contains(left) || CLITICS.contains(right)) {
                    affix++;
                } else if (!listed(left + right, known)) {
                    unknownCompound++;
                    if (!listed(left + right, dictionary)) {
                        unknownWithDictionary++;
                    }
                    if (!known.contains(left) || !known.contains(right)) {
                        unlistedUnknownParts++;
                    }
                } else if (!listedWithGap(left + right, left.length(), gaps)) {
                    listedSolid++;
                }
            }
        }
        double joinedRecall = 1 - (double) nonJoining / gold;
        double joinedRecallFromEvidence = 1 - (double) (nonJoining + listedSolid + unlistedUnknownParts) / gold;
        double spacedRecall = 1 - (double) (nonJoining + unknownCompound) / gold;
        double spacedRecallWithDictionary = 1 - (double) (nonJoining + unknownWithDictionary) / gold;
        System.out.println(name + "_gold_zwnjs: " + gold);
        System.out.println(name + "_after_non_joining: " + nonJoining);
        System.out.println(name + "_affix: " + affix);
        System.out.println(name + "_unknown_compound: " + unknownCompound);
        System.out.println(name + "_unknown_compound_with_dictionary: " + unknownWithDictionary);
        System.out.printf(Locale.ROOT, "%s_joined_recall_at_most: %.3f%n", name, joinedRecall);
        System.out.printf(Locale.ROOT, "%s_joined_f1_at_most: %.3f%n", name, f1(joinedRecall));
        System.out.println(name + "_joined_listed_solid: " + listedSolid);
        System.out.println(name + "_joined_unlisted_unknown_parts: " + unlistedUnknownParts);
        System.out.printf(Locale.ROOT, "%s_joined_recall_at_most_from_evidence: %.3f%n", name, joinedRecallFromEvidence);
        System.out.printf(Locale.ROOT, "%s_joined_f1_at_most_from_evidence: %.3f%n", name, f1(joinedRecallFromEvidence));
        System.out.printf(Locale.ROOT, "%s_spaced_recall_at_most: %.3f%n", name, spacedRecall);
        System.out.printf(Locale.ROOT, "%s_spaced_f1_at_most: %.3f%n", name, f1(spacedRecall));
        System.out.printf(Locale.ROOT, "%s_spaced_f1_at_most_with_dictionary: %.3f%n", name,
                f1(spacedRecallWithDictionary));
    }

    private static double f1(double recall) {
        return 2 * recall / (1 + recall);
    }

    /** Whether {@code key}, or it without an ending that derives words from compounds, is among {@code known}. */
    private static boolean listed(String key, Set<String> known) {
        if (known.contains(key)) {
            return true;
        }
        for (String ending : DERIVING) {
            if (key.length() > ending.length() + 3 && key.endsWith(ending)
                    && known.contains(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return key.length() > 5 && (key.endsWith("گان") || key.endsWith("گی"))
                && known.contains(key.substring(0, key.lastIndexOf('گ')) + "ه");
    }

    /**
     * Whether a source spells {@code key}, or the word it is derived from ({@link #listed}), with a ZWNJ after its
     * first {@code gap} letters.
     */
    private static boolean listedWithGap(String key, int gap, Map<String, Set<Integer>> gaps) {
        if (gaps.getOrDefault(key, Set.of()).contains(gap)) {
            return true;
        }
        for (String ending : DERIVING) {
            if (key.length() > ending.length() + 3 && key.endsWith(ending)
                    && gaps.getOrDefault(key.substring(0, key.length() - ending.length()), Set.of()).contains(gap)) {
                return true;
            }
        }
        return key.length() > 5 && (key.endsWith("گان") || key.endsWith("گی"))
                && gaps.getOrDefault(key.substring(0, key.lastIndexOf('گ')) + "ه", Set.of()).contains(gap);
    }

    private static String key(String word) {
        return word.replace(String.valueOf(ZWNJ), "");
    }

    /** The words of a file of sentences, each kept to its Arabic-script letters and ZWNJs. */
    private static List<String> words(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            for (String token : line.split("\\s+")) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < token.length(); i++) {
                    char c = token.charAt(i);
                    if (c == ZWNJ || (c >= '\u0621' && c <= '\u06D3' && Character.isLetter(c))) {
                        b.append(c);
                    }
                }
                if (b.length() > 0) {
                    out.add(b.toString());
                }
            }
        }
        return out;
    }
}
