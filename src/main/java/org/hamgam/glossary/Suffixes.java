package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The endings a matched word may carry (plural, ezafe, indefinite, possessive, comparative), as a small trie
 * over folded characters. Each ending says whether it may stand after a space (ها, ترین) and how long the word
 * must be before it may follow with nothing in between (single-letter possessives and ان are ordinary word
 * endings too: ارز + ش is ارزش, not "its currency").
 */
final class Suffixes {
    private record Ending(boolean afterSpace, int minWord, boolean afterVowel) {
        Ending(boolean afterSpace, int minWord) {
            this(afterSpace, minWord, false);
        }
    }

    private final Trie trie;
    private final Ending[] endings;

    private Suffixes(Map<String, Ending> map) {
        Trie.Builder b = new Trie.Builder();
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        endings = new Ending[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            b.add(new String[] {keys.get(i)}, new char[0], i);
            endings[i] = map.get(keys.get(i));
        }
        trie = b.build();
    }

    private static final List<String> AMBIGUOUS = List.of("ان", "ات", "تر", "م", "ت", "ش", "مان", "تان", "شان");
    private static final List<String> GLIDED = List.of("یم", "یت", "یش", "یمان", "یتان", "یشان");
    private static final List<String> SPACED = List.of("ها", "تر", "ترین");

    /** Endings after the last word of a Persian term. */
    static Suffixes persianFinal() {
        List<String> first = List.of("", "ها", "ان", "ات", "تر", "ترین");
        List<String> second = List.of("", "ی", "ای", "یی", "م", "ت", "ش", "مان", "تان", "شان", "ام", "ات", "اش",
                "یم", "یت", "یش", "یمان", "یتان", "یشان");
        Map<String, Ending> map = new HashMap<>();
        for (String a : first) {
            for (String b : second) {
                if (a.isEmpty() && b.isEmpty()) {
                    continue;
                }
                String lead = a.isEmpty() ? b : a;
                boolean spaced = SPACED.contains(a);
                int minWord = AMBIGUOUS.contains(lead) ? 4 : 0;
                // the glide of یت، یش… follows a vowel only; after a consonant it is -یت of مسئولیت, امنیت
                boolean afterVowel = a.isEmpty() && GLIDED.contains(b);
                map.merge(a + b, new Ending(spaced, minWord, afterVowel),
                        (x, y) -> new Ending(x.afterSpace || y.afterSpace, Math.min(x.minWord, y.minWord),
                                x.afterVowel && y.afterVowel));
            }
        }
        // سخنگو + یان, آشنا + یان: the plural of a word ending in a vowel takes a glide
        for (String b : second) {
            map.putIfAbsent("یان" + b, new Ending(false, 0, true));
        }
        return new Suffixes(map);
    }

    /** Endings on the head word of a multi-word Persian term, before the next word: plural and ezafe. */
    static Suffixes persianHead() {
        Map<String, Ending> map = new HashMap<>();
        map.put("ی", new Ending(false, 0));
        map.put("ها", new Ending(true, 0));
        map.put("های", new Ending(true, 0));
        map.put("ان", new Ending(false, 4));
        map.put("ات", new Ending(false, 4));
        return new Suffixes(map);
    }

    /** English plural and possessive endings ('s arrives as a soft gap before s). */
    static Suffixes englishFinal() {
        Map<String, Ending> map = new HashMap<>();
        map.put("s", new Ending(false, 0));
        map.put("es", new Ending(false, 0));
        return new Suffixes(map);
    }

    static Suffixes none() {
        return new Suffixes(Map.of());
    }

    /**
     * Reports to {@code ends} the unit index just past every ending that starts at unit {@code j} of {@code u}
     * (after a word of {@code wordLength} characters) and is written with nothing or a ZWNJ inside it.
     */
    void forEachEnd(Units u, int j, int wordLength, IntConsumer ends) {
        if (j >= u.n || endings.length == 0) {
            return;
        }
        byte lead = u.gap[j];
        if (lead > Fold.HYPHEN) {
            return;
        }
        int node = 0;
        for (int k = j; k < u.n; k++) {
            if (k > j && u.gap[k] > Fold.SOFT) {
                return;
            }
            node = trie.child(node, u.ch[k]);
            if (node < 0) {
                return;
            }
            int[] at = trie.terms(node);
            if (at == null) {
                continue;
            }
            Ending e = endings[at[0]];
            if (e.afterVowel && (j == 0 || (u.ch[j - 1] != 'ا' && u.ch[j - 1] != 'و'))) {
                continue;
            }
            boolean ok = switch (lead) {
                case Fold.NONE -> wordLength >= e.minWord;
                case Fold.SOFT -> true;
                default -> e.afterSpace;
            };
            if (ok) {
                ends.accept(k + 1);
            }
        }
    }
}
