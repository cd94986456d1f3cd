package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a term as written in a glossary into the folded paths the matcher's trie stores: its words, the kind of
 * separator between them, and the regular variants a writer may use in their place.
 */
final class Forms {
    /** One path: folded words and the separators between them ({@link Trie#GLUE} or {@link Trie#GAP}). */
    record Path(String[] words, char[] seps) {
        String key() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    s.append(seps[i - 1]);
                }
                s.append(words[i]);
            }
            return s.toString();
        }
    }

    private Forms() {
    }

    /** Folded singular → folded broken plural, from {@code broken-plurals.tsv}. */
    private static final class BrokenPlurals {
        static final java.util.Map<String, String> TABLE = load();

        private static java.util.Map<String, String> load() {
            java.util.Map<String, String> map = new java.util.HashMap<>();
            try (java.io.InputStream in = Forms.class.getResourceAsStream("broken-plurals.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("broken-plurals.tsv is missing from the classpath");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    String[] f = line.split("\t");
                    if (f.length == 2 && !line.startsWith("#")) {
                        map.put(TermKeys.persian(f[0].strip()), TermKeys.persian(f[1].strip()));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.Map.copyOf(map);
        }
    }

    /**
     * The paths of a Persian term: as written; with the hamza on another seat (مسئول / مسؤول / مسوول); with the
     * ezafe glide on inner words dropped; with the plurals that replace a final silent ه (-گان, -ات).
     */
    static List<Path> persian(String term) {
        Set<String> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        spellings.add(term);
        // the seats writers swap: ئو / ؤو / وو (مسئول), ئل / ال (مسئله، مساله), ئت / ات (هیئت، هیات); elsewhere
        // another seat makes another word (رئیس is not رایس)
        if (term.contains("\u0626\u0648")) {
            spellings.add(term.replace("\u0626\u0648", "\u0624\u0648"));
        }
        if (term.contains("\u0624\u0648")) {
            spellings.add(term.replace("\u0624\u0648", "\u0626\u0648"));
        }
        if (term.contains("\u0626\u0644") || term.contains("\u0626\u062A")) {
            spellings.add(term.replace("\u0626\u0644", "\u0627\u0644").replace("\u0626\u062A", "\u0627\u062A"));
        }
        for (String spelling : spellings) {
            addForms(spelling, out, seen);
        }
        return out;
    }

    private static void addForms(String term, List<Path> out, Set<String> seen) {
        Path base = split(term, false);
        if (base == null) {
            return;
        }
        int first = out.size();
        addIfNew(out, seen, base);
        Path singular = withoutPlural(base);
        if (singular != null) {
            // a glossary that lists کمک‌های بشردوستانه also means کمک بشردوستانه
            base = singular;
            addIfNew(out, seen, base);
        }
        String[] words = base.words().clone();
        boolean changed = false;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            // هواپیمای بدون سرنشین: the ی after a vowel is the ezafe, so هواپیماهای bears the plural of هواپیما
            if (w.length() >= 3 && w.endsWith("ی") && (w.charAt(w.length() - 2) == 'ا' || w.charAt(w.length() - 2) == 'و')) {
                words[i] = w.substring(0, w.length() - 1);
                changed = true;
            }
        }
        if (changed) {
            addIfNew(out, seen, new Path(words, base.seps()));
        }
        addBrokenPlurals(out, seen, first);
        String last = base.words()[base.words().length - 1];
        if (last.length() >= 3 && last.endsWith("ه") && "اوه".indexOf(last.charAt(last.length() - 2)) < 0
                && !Fold.isDigitUnit(last.charAt(last.length() - 2))) {
            String stem = last.substring(0, last.length() - 1);
            for (Path p : List.copyOf(out.subList(first, out.size()))) {
                for (String plural : List.of(stem + "گان", stem + "ات")) {
                    String[] w = p.words().clone();
                    w[w.length - 1] = plural;
                    addIfNew(out, seen, new Path(w, p.seps()));
                }
            }
        }
    }

    /** Adds, for the paths from {@code first} on, the form with the head or last word in its broken plural. */
    private static void addBrokenPlurals(List<Path> out, Set<String> seen, int first) {
        for (Path p : List.copyOf(out.subList(first, out.size()))) {
            String[] words = p.words();
            for (int i : words.length == 1 ? new int[] {0} : new int[] {0, words.length - 1}) {
                String plural = BrokenPlurals.TABLE.get(words[i]);
                if (plural != null) {
                    String[] w = words.clone();
                    w[i] = plural;
                    addIfNew(out, seen, new Path(w, p.seps()));
                }
            }
        }
    }

    /** The path without a plural ها/های written after a ZWNJ, or null if it has none. */
    private static Path withoutPlural(Path p) {
        String[] words = p.words();
        for (int i = 1; i < words.length; i++) {
            if (p.seps()[i - 1] == Trie.GLUE && (words[i].equals("ها") || words[i].equals("های"))
                    && words[i - 1].length() >= 2) {
                List<String> w = new ArrayList<>(List.of(words));
                StringBuilder seps = new StringBuilder(new String(p.seps()));
                w.remove(i);
                // the separator before the plural goes; the one after it now follows the word
                seps.deleteCharAt(i - 1);
                return new Path(w.toArray(String[]::new), seps.toString().toCharArray());
            }
        }
        return null;
    }

    /** The paths of an English term: as written, and -y → -ies. */
    static List<Path> english(String term) {
        Path base = split(term, true);
        if (base == null) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        out.add(base);
        String[] words = base.words();
        String last = words[words.length - 1];
        if (last.length() >= 3 && last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            String[] w = words.clone();
            w[w.length - 1] = last.substring(0, last.length() - 1) + "ies";
            out.add(new Path(w, base.seps()));
        }
        return out;
    }

    private static void addIfNew(List<Path> out, Set<String> seen, Path p) {
        if (seen.add(p.key())) {
            out.add(p);
        }
    }

    /**
     * Splits a term into folded words. A ZWNJ, a hyphen or a change between letters and digits joins parts of one
     * compound, which text may also write solid (GLUE); a space does too in Persian when both words have two or
     * more letters, so that the solid spelling cannot glue a one-letter word onto its neighbour.
     */
    static Path split(String term, boolean english) {
        Units u = Units.of(term);
        if (u.n == 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<Byte> gaps = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= u.n; i++) {
            if (i == u.n || u.gap[i] != Fold.NONE) {
                words.add(u.key(from, i));
                if (i < u.n) {
                    gaps.add(u.gap[i]);
                }
                from = i;
            }
        }
        char[] seps = new char[words.size() - 1];
        for (int i = 0; i < seps.length; i++) {
            byte g = gaps.get(i);
            boolean glued = g == Fold.SOFT || g == Fold.HYPHEN;
            if (!glued && !english && g == Fold.SPACE) {
                glued = words.get(i).length() >= 2 && words.get(i + 1).length() >= 2;
            }
            seps[i] = glued ? Trie.GLUE : Trie.GAP;
        }
        return new Path(words.toArray(String[]::new), seps);
    }
}
