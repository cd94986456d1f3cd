package org.hamgam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalizerPropertiesTest {
    private static final char ZWNJ = '\u200C';
    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();
    private static final PersianNormalizer CHARS_ONLY = new PersianNormalizer(NormalizerOptions.defaults()
            .withRepairZwnj(false).withFixSpacing(false));
    /** Leaves the joined words of a writer who marks most boundaries as written. */
    private static final PersianNormalizer FOLLOWER = new PersianNormalizer(NormalizerOptions.defaults()
            .withFollowWriter(true));
    private static final PersianNormalizer PLAIN = new PersianNormalizer(NormalizerOptions.defaults()
            .withRemoveDiacritics(true).withSimplifyHamza(true).withDigits(DigitPolicy.LATIN));

    /** Pieces of Persian text: words, affixes, letters that do not join, punctuation, ZWNJs and controls. */
    private static final List<String> PIECES = List.of("کتاب", "ها", "های", "می", "نمی", "شود", "کرده", "اند",
            "خانه", "ای", "تر", "ترین", "نزدیک", "به", "عنوان", "آسیب", "پذیر", "همسر", "بندر", "دار", "و", "ا",
            "د", "ذ", "ر", "ز", "ژ", "ی", "ك", "ي", "ة", "ـ", "۱۳۶", "٢٠", "12", " ", " ", " ", "  ", "\u200C",
            "\u200C\u200C", "\u200F", "\u202B", "\u202C", "،", "؛", "؟", ".", "!", ":", "«", "»", "(", ")", "\n",
            "\r\n", "\uFEFB", "\uFEDB", "\uFE8E", "َ", "ٔ", "هٔ", "ۀ", "أ", "ؤ", "ئ", "a", "Latin", "\uD800",
            "\uDC00", "😀");

    @Provide
    Arbitrary<String> persianText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '\u200C', '\u0640', '\n', '،')
                        .ofMaxLength(40),
                Arbitraries.strings().withCharRange('\uFB50', '\uFEFF').withChars(' ', '\u200C').ofMaxLength(20),
                persianText());
    }

    // strings that break it are rare (a prefix and an ending in one unknown word): many cheap tries
    @Property(tries = 3000)
    void isIdempotent(@ForAll("anyText") String s) {
        String once = NORMALIZER.normalize(s).text();
        assertThat(NORMALIZER.normalize(once).text()).isEqualTo(once);
        String plain = PLAIN.normalize(s).text();
        assertThat(PLAIN.normalize(plain).text()).isEqualTo(plain);
        String followed = FOLLOWER.normalize(s).text();
        assertThat(FOLLOWER.normalize(followed).text()).isEqualTo(followed);
    }

    @Property(tries = 400)
    void offsetsMapBackAndNothingIsLost(@ForAll("anyText") String s) {
        String chars = CHARS_ONLY.normalize(s).text();
        // the character pass drops only kashida, invisible controls and (as ZWNJ clean-up) ZWNJs
        StringBuilder kept = new StringBuilder();
        for (int o = 0; o < s.length(); o++) {
            char c = s.charAt(o);
            if (c != ZWNJ && c != '\u0640' && !CharMapper.isInvisibleControl(c) && CharMapper.presentationForm(c) == null
                    && MAPPED.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        assertThat(isSubsequence(kept, chars)).as("original characters kept in order").isTrue();
        mapsBack(s, NORMALIZER.normalize(s));
        mapsBack(s, FOLLOWER.normalize(s));
    }

    private static void mapsBack(String s, NormalizedText n) {
        String t = n.text();
        assertThat(n.original()).isEqualTo(s);
        if (!t.isEmpty()) {
            assertThat(n.toOriginal(0)).isZero();
        }
        assertThat(n.toOriginal(t.length())).isEqualTo(s.length());
        for (int i = 0; i < t.length(); i++) {
            int o = n.toOriginal(i);
            assertThat(o).isBetween(0, s.length());
            if (i > 0) {
                assertThat(o).isGreaterThanOrEqualTo(n.toOriginal(i - 1));
            }
            if (o < s.length()) {
                char from = s.charAt(o);
                // spaces and ZWNJs may be inserted; they map to the character that follows them
                if (isPlain(from) && t.charAt(i) != ' ' && t.charAt(i) != ZWNJ) {
                    assertThat(t.charAt(i)).as("normalized %d from original %d", i, o).isEqualTo(from);
                }
            }
        }
        // spacing and ZWNJ repair add or drop only spaces and ZWNJs: every other character stays, in order
        assertThat(content(t)).isEqualTo(content(CHARS_ONLY.normalize(s).text()));
    }

    private static String content(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != ZWNJ) {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Property(tries = 400)
    void zwnjNeverFollowsNonJoiningLetterNorTouchesSpace(@ForAll("anyText") String s) {
        zwnjsWhereTheyShow(NORMALIZER.normalize(s).text());
        zwnjsWhereTheyShow(FOLLOWER.normalize(s).text());
    }

    private static void zwnjsWhereTheyShow(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != ZWNJ) {
                continue;
            }
            assertThat(i).isPositive();
            char before = t.charAt(i - 1);
            assertThat("اآأإدذرزژوؤۀة").as("before ZWNJ in %s", t).doesNotContain(String.valueOf(before));
            assertThat(Character.isWhitespace(before) || Character.isSpaceChar(before)).isFalse();
            if (i + 1 < t.length()) {
                char after = t.charAt(i + 1);
                assertThat(Character.isWhitespace(after) || Character.isSpaceChar(after) || after == ZWNJ).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void keepsLineBreaks(@ForAll("persianText") String s) {
        String t = NORMALIZER.normalize(s).text();
        assertThat(t.chars().filter(c -> c == '\n').count()).isEqualTo(s.chars().filter(c -> c == '\n').count());
        assertThat(t.chars().filter(c -> c == '\r').count()).isEqualTo(s.chars().filter(c -> c == '\r').count());
    }

    private static boolean isSubsequence(CharSequence small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }

    /** A character the default normalizer writes unchanged when it keeps it. */
    /** Characters the character pass writes otherwise: Arabic letter variants and Arabic-Indic digits. */
    private static final String MAPPED = "يىكةھ٠١٢٣٤٥٦٧٨٩";

    private static boolean isPlain(char c) {
        if (c == ' ' || c == ZWNJ || c == '\u0640' || CharMapper.isInvisibleControl(c)
                || CharMapper.presentationForm(c) != null) {
            return false;
        }
        return MAPPED.indexOf(c) < 0;
    }
}
