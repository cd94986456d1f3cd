package org.hamgam.bench;

import java.util.Set;

/**
 * What kind of boundary a ZWNJ error of {@link ZwnjErrors} sits at, read from the two words around the gap: the
 * kinds the repair has rules for, and the compounds, which only word evidence can settle.
 */
enum ZwnjErrorKind {
    /** After ا د ذ ر ز ژ و, where a ZWNJ shows nothing and the repair never writes one (مدیر‌عامل). */
    INVISIBLE("after a non-joining letter"),
    PLURAL("before ها/های"),
    COMPARATIVE("before تر/ترین"),
    ENCLITIC("before an enclitic or ای"),
    VERB_PREFIX("after می/نمی"),
    PREFIX("after بی/به"),
    PARTICIPLE("before شده"),
    COMPOUND("compound or name");

    private static final Set<String> ENCLITICS = Set.of("ام", "ای", "ات", "اش", "ایم", "اید", "اند", "است", "مان",
            "تان", "شان", "ی", "یم");
    private static final Set<String> COMPARATIVES = Set.of("تر", "تری", "ترین", "ترها", "تریم", "ترند");
    private static final Set<String> PARTICIPLES = Set.of("شده", "شدهٔ", "نشده", "شدن", "شدگان");
    private static final String NON_JOINING = "اآأإدذرزژوؤ";

    private final String label;

    ZwnjErrorKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The kind of the gap between {@code left} and {@code right} (the words as the repair read them). */
    static ZwnjErrorKind of(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return COMPOUND;
        }
        if (NON_JOINING.indexOf(left.charAt(left.length() - 1)) >= 0) {
            return INVISIBLE;
        }
        if (right.startsWith("ها") && right.length() <= 6) {
            return PLURAL;
        }
        if (COMPARATIVES.contains(right)) {
            return COMPARATIVE;
        }
        if (ENCLITICS.contains(right)) {
            return ENCLITIC;
        }
        if (left.endsWith("می") && left.length() <= 5) {
            return VERB_PREFIX;
        }
        if (left.equals("بی") || left.equals("به")) {
            return PREFIX;
        }
        if (PARTICIPLES.contains(right)) {
            return PARTICIPLE;
        }
        return COMPOUND;
    }
}
