package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamgam.text.LexiconBuilder;

/**
 * How far lexicon evidence can take ZWNJ repair on each UD file, read from the gold text and the lexicon's sources
 * alone (the repair itself is not run). Two counts bound the scores NormalizeBench reports:
 * <ul>
 *   <li>{@code solid_suffix}: words the gold writes solid where a known word is followed by ها, های, هایی, تر or
 *   ترین after a joining letter and the solid form is no word of the sources (گروهها). The issue asks for exactly
 *   these to be repaired (تحریمهای → تحریم‌های); each one the repair restores in the joined variant is counted as
 *   a false positive, so precision there is at most gold / (gold + solid_suffix) even when every gold ZWNJ is found.
 *   </li>
 *   <li>{@code unknown_compound}: gold ZWNJs between two words (not after می, نمی, بی nor before a suffix or clitic)
 *   whose compound appears in none of the sources, with or without its ZWNJ. In the spaced variant such a ZWNJ is a
 *   space between two known words, which nothing in the sources says to join, so spaced recall is at most
 *   1 - unknown_compound / gold.</li>
 * </ul>
 * The sources are those of the shipped lexicon: hazm's word list and the training sentences.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.bench.ZwnjEvidenceBench
 * </pre>
 */
public final class ZwnjEvidenceBench {
    private static final char ZWNJ = '\u200C';
    private static final String NON_JOINING = "اآأإدذرزژوؤ";
    private static final List<String> PREFIXES = List.of("می", "نمی", "بی");
    private static final List<String> SUFFIXES = List.of("هایی", "های", "ها", "ترین", "تر");
    private static final Set<String> CLITICS = Set.of("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان",
            "هایتان", "هایشان", "هاست", "تر", "ترین", "تری", "ای", "ام", "اید", "ایم", "اند", "است", "ات", "اش", "مان",
            "تان", "شان", "ی", "یی");

    private ZwnjEvidenceBench() {
    }

    public static void main(String[] args) throws IOException {
        Path data = BenchData.shared().resolve("data");
        Set<String> known = new HashSet<>();
        for (String line : Files.readAllLines(data.resolve("hazm-lexicon/words.dat"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            known.add(tab < 0 ? line.strip() : line.substring(0, tab));
        }
        for (String f : LexiconBuilder.TRAINING_FILES) {
            known.addAll(words(data.resolve("ud-persian").resolve(f)));
        }
        List<String> files = new ArrayList<>(LexiconBuilder.TRAINING_FILES);
        files.add(LexiconBuilder.HELD_OUT_FILE);
        for (String f : files) {
            report(f.replace(".txt", ""), words(data.resolve("ud-persian").resolve(f)), known);
        }
    }

    private static void report(String name, List<String> words, Set<String> known) {
        int gold = 0;
        int solidSuffix = 0;
        int unknownCompound = 0;
        for (String w : words) {
            String[] parts = w.split(String.valueOf(ZWNJ), -1);
            for (int i = 0; i + 1 < parts.length; i++) {
                String left = parts[i];
                String right = parts[i + 1];
                if (left.isEmpty() || right.isEmpty()) {
                    continue;
                }
                gold++;
                if (PREFIXES.contains(left) || CLITICS.contains(right)) {
                    continue;
                }
                if (!known.contains(left + ZWNJ + right) && !known.contains(left + right)) {
                    unknownCompound++;
                }
            }
            if (w.indexOf(ZWNJ) < 0 && !known.contains(w) && isSolidSuffix(w, known)) {
                solidSuffix++;
            }
        }
        double precisionCap = (double) gold / (gold + solidSuffix);
        double recallCap = 1 - (double) unknownCompound / gold;
        System.out.println(name + "_gold_zwnjs: " + gold);
        System.out.println(name + "_solid_suffix: " + solidSuffix);
        System.out.printf(Locale.ROOT, "%s_joined_precision_at_most: %.3f%n", name, precisionCap);
        System.out.printf(Locale.ROOT, "%s_joined_f1_at_most: %.3f%n", name, 2 * precisionCap / (1 + precisionCap));
        System.out.println(name + "_unknown_compound: " + unknownCompound);
        System.out.printf(Locale.ROOT, "%s_spaced_recall_at_most: %.3f%n", name, recallCap);
        System.out.printf(Locale.ROOT, "%s_spaced_f1_at_most: %.3f%n", name, 2 * recallCap / (1 + recallCap));
    }

    private static boolean isSolidSuffix(String w, Set<String> known) {
        for (String s : SUFFIXES) {
            if (w.length() > s.length() + 1 && w.endsWith(s)) {
                String stem = w.substring(0, w.length() - s.length());
                if (NON_JOINING.indexOf(stem.charAt(stem.length() - 1)) < 0 && known.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
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
