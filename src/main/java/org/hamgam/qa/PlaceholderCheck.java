package org.hamgam.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.qa.Placeholders.Kind;
import org.hamgam.qa.Placeholders.Placeholder;

/**
 * Format placeholders the two sides do not share: one side's placeholder missing from the other, one the other
 * adds, one whose conversion changed ({@code %d} for {@code %s}), or printf placeholders of different conversions
 * in another order without argument numbers ({@code %d ... %s} for {@code %s ... %d}). Each of these makes the
 * program print the wrong thing or fail, so all are errors. A translation may number its placeholders
 * ({@code %2$s %1$s} for {@code %s %s}) and may add glibc's {@code I} flag ({@code %Id}, the locale's digits).
 */
final class PlaceholderCheck extends PairCheck {
    static final String CODE = "placeholder";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        boolean date = Strftime.isFormat(pair.source()) || Strftime.isFormat(pair.target());
        if (date) {
            dateFormat(pair, out);
        }
        List<Placeholder> src = Placeholders.of(pair.source());
        List<Placeholder> tgt = Placeholders.of(pair.target());
        if (src.isEmpty() && tgt.isEmpty()) {
            return;
        }
        List<Placeholder> srcPrintf = ofKind(src, Kind.PRINTF);
        List<Placeholder> tgtPrintf = ofKind(tgt, Kind.PRINTF);
        if (!date && !arguments(srcPrintf).equals(arguments(tgtPrintf))) {
            printf(pair, srcPrintf, tgtPrintf, out);
        }
        for (Kind kind : List.of(Kind.PYTHON, Kind.BRACE, Kind.QT, Kind.VARIABLE)) {
            named(pair, ofKind(src, kind), ofKind(tgt, kind), out);
        }
    }

    private void printf(QaPair pair, List<Placeholder> src, List<Placeholder> tgt, List<Issue> out) {
        boolean unnumbered = src.stream().allMatch(p -> p.position() == 0)
                && tgt.stream().allMatch(p -> p.position() == 0);
        if (unnumbered && src.size() == tgt.size() && sorted(src).equals(sorted(tgt))) {
            Placeholder first = tgt.get(0);
            out.add(new Issue(CODE, Severity.ERROR, pair.id(), first.start(), tgt.get(tgt.size() - 1).end(),
                    "The placeholders of the target come in another order than in the source; without argument"
                            + " numbers (%1$s) the program fills them in the wrong order.", ""));
            return;
        }
        Map<Integer, Placeholder> s = byArgument(src);
        Map<Integer, Placeholder> t = byArgument(tgt);
        for (Map.Entry<Integer, Placeholder> e : t.entrySet()) {
            Placeholder tp = e.getValue();
            Placeholder sp = s.get(e.getKey());
            String shown = pair.target().substring(tp.start(), tp.end());
            if (sp == null) {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), tp.start(), tp.end(),
                        "The placeholder \"" + shown + "\" is not in the source.", ""));
            } else if (!sp.key().equals(tp.key())) {
                String theirs = pair.source().substring(sp.start(), sp.end());
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), tp.start(), tp.end(), "The placeholder \"" + shown
                        + "\" converts its argument otherwise than \"" + theirs + "\" in the source.", theirs));
            }
        }
        for (Map.Entry<Integer, Placeholder> e : s.entrySet()) {
            if (!t.containsKey(e.getKey())) {
                Placeholder sp = e.getValue();
                String shown = pair.source().substring(sp.start(), sp.end());
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), -1, -1,
                        "The placeholder \"" + shown + "\" of the source is missing from the target.", shown));
            }
        }
    }

    /**
     * A date format: each side must show the same parts of the date, in any order; the half of the day (%p) may go
     * where the other side gives the hour on the 24-hour clock, as Persian usually writes it.
     */
    private void dateFormat(QaPair pair, List<Issue> out) {
        boolean ownClock = Strftime.twentyFourHours(pair.source()) || Strftime.twentyFourHours(pair.target());
        List<Strftime.Part> sourceParts = Strftime.parts(pair.source());
        List<String> left = new ArrayList<>();
        sourceParts.forEach(p -> left.addAll(shown(p, ownClock)));
        for (Strftime.Part p : Strftime.parts(pair.target())) {
            boolean extra = false;
            for (String field : shown(p, ownClock)) {
                extra |= !left.remove(field);
            }
            if (extra) {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), p.start(), p.end(), "The date format's \""
                        + pair.target().substring(p.start(), p.end()) + "\" shows a part of the date the source's"
                        + " format does not.", ""));
            }
        }
        for (Strftime.Part p : sourceParts) {
            List<String> fields = shown(p, ownClock);
            if (fields.stream().anyMatch(left::contains)) {
                String shown = pair.source().substring(p.start(), p.end());
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), -1, -1, "The date format's \"" + shown
                        + "\" of the source shows a part of the date the target's format leaves out.", shown));
                fields.forEach(left::remove);
            }
        }
    }

    /** The parts of the date a conversion shows; the half of the day not at all when either side has 24 hours. */
    private static List<String> shown(Strftime.Part p, boolean ownClock) {
        return ownClock ? p.fields().stream().filter(f -> !f.equals("half")).toList() : p.fields();
    }

    /** Each side's named placeholders compared as a multiset: a name one side has more often than the other. */
    private void named(QaPair pair, List<Placeholder> src, List<Placeholder> tgt, List<Issue> out) {
        List<Placeholder> left = new ArrayList<>(src);
        for (Placeholder tp : tgt) {
            Placeholder match = left.stream().filter(p -> p.key().equals(tp.key())).findFirst().orElse(null);
            if (match != null) {
                left.remove(match);
            } else {
                out.add(new Issue(CODE, Severity.ERROR, pair.id(), tp.start(), tp.end(), "The placeholder \""
                        + pair.target().substring(tp.start(), tp.end()) + "\" is not in the source.", ""));
            }
        }
        for (Placeholder sp : left) {
            String shown = pair.source().substring(sp.start(), sp.end());
            out.add(new Issue(CODE, Severity.ERROR, pair.id(), -1, -1,
                    "The placeholder \"" + shown + "\" of the source is missing from the target.", shown));
        }
    }

    private static List<Placeholder> ofKind(List<Placeholder> all, Kind kind) {
        return all.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The argument each printf placeholder takes: its number, or its place among the unnumbered ones. */
    private static Map<Integer, Placeholder> byArgument(List<Placeholder> printf) {
        Map<Integer, Placeholder> out = new HashMap<>();
        int next = 1;
        for (Placeholder p : printf) {
            int argument = p.position() > 0 ? p.position() : next++;
            out.putIfAbsent(argument, p);
        }
        return out;
    }

    private static Map<Integer, String> arguments(List<Placeholder> printf) {
        Map<Integer, String> out = new HashMap<>();
        byArgument(printf).forEach((k, v) -> out.put(k, v.key()));
        return out;
    }

    private static List<String> sorted(List<Placeholder> printf) {
        return printf.stream().map(Placeholder::key).filter(Objects::nonNull).sorted().toList();
    }
}
