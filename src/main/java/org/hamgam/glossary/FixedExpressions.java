package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Persian compound prepositions, conjunctions and adverbials (از جمله: including, در حالی که: while, به عنوان: as):
 * a preposition with a noun that no longer names anything there. Their words are function words where they stand
 * so, whatever they mean elsewhere: جمله is a sentence, but not in از جمله. Keys are the matcher's folding.
 */
final class FixedExpressions {
    private static final String[] EXPRESSIONS = {
        "از جمله", "در حالی که", "در حالیکه", "در عین حال", "با این حال", "با این وجود", "با وجود", "به عنوان",
        "تحت عنوان", "به نظر", "به دلیل", "به علت", "به خاطر", "در مورد", "در برابر", "در مقابل", "به سمت", "به سوی",
        "از سوی", "از طرف", "از طریق", "به جای", "بر اساس", "بر پایه", "در نتیجه", "به منظور", "به طور", "به وسیله",
        "در طول", "در جریان", "علاوه بر", "با توجه به", "به دنبال", "به نوبه خود", "در واقع", "در نهایت", "به ویژه",
        "به خصوص", "در پی", "به رغم", "علی رغم", "در اختیار", "از نظر", "در زمینه", "به هر حال", "از آنجا که",
        "به عبارت دیگر", "در کنار", "به همراه", "همراه با", "به تدریج", "به شدت", "به وجود", "در صورتی که",
        "در صورت",
    };
    /** First word → the expressions starting with it, as word keys, longest first. */
    private static final Map<String, List<String[]>> BY_FIRST = index();
    /** The expressions as one word's key: به‌عنوان and بهعنوان are به عنوان written without a space. */
    private static final Set<String> JOINED = joined();

    private FixedExpressions() {
    }

    private static Map<String, List<String[]>> index() {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String e : EXPRESSIONS) {
            String[] words = e.split(" ");
            for (int i = 0; i < words.length; i++) {
                words[i] = TermKeys.persian(words[i]);
            }
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        map.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        return Map.copyOf(map);
    }

    private static Set<String> joined() {
        Set<String> out = new HashSet<>();
        for (List<String[]> expressions : BY_FIRST.values()) {
            for (String[] words : expressions) {
                out.add(String.join("", words));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether one word's key is a whole fixed expression written without spaces (به‌عنوان, درحالیکه). */
    static boolean isJoined(String key) {
        return JOINED.contains(key);
    }

    /**
     * The number of words of the fixed expression that starts at word {@code from} of {@code keys}, 0 when none
     * does; {@code joined.test(i)} tells whether word i follows word i - 1 with no punctuation between.
     */
    static int length(List<String> keys, int from, IntPredicate joined) {
        List<String[]> candidates = BY_FIRST.get(keys.get(from));
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (from + words.length > keys.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 1; i < words.length && match; i++) {
                match = joined.test(from + i) && words[i].equals(keys.get(from + i));
            }
            if (match) {
                return words.length;
            }
        }
        return 0;
    }
}
