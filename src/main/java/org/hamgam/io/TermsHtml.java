package org.hamgam.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamgam.model.SentencePair;
import org.hamgam.model.TermCandidate;

/**
 * {@code terms.html}: the proposed term candidates as one self-contained page (no script, no external
 * resources, everything escaped), each with its score, frequency and one example pair; candidates already in
 * the glossary are listed apart at the end.
 */
public final class TermsHtml {
    private TermsHtml() {
    }

    /** The page for {@code candidates}; {@code pairs} supply the example sentences by id. */
    public static String render(List<TermCandidate> candidates, List<SentencePair> pairs) {
        Map<String, SentencePair> byId = new HashMap<>();
        for (SentencePair p : pairs) {
            byId.putIfAbsent(p.id(), p);
        }
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(Html.csp(""))
                .append("<title>Term candidates</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;")
                .append("vertical-align:top;text-align:left}\n")
                .append(".fa{direction:rtl;text-align:right;font-size:1.1em}.ex{color:#555;font-size:.9em}\n")
                .append(".num{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append(Html.SCALE_CSS)
                .append("</style>\n</head>\n<body>\n<h1>Term candidates</h1>\n");
        List<TermCandidate> proposed = candidates.stream().filter(c -> !c.known()).toList();
        List<TermCandidate> known = candidates.stream().filter(TermCandidate::known).toList();
        b.append("<p>").append(proposed.size()).append(" proposed for review, best first; ")
                .append(known.size()).append(" already in the glossary. ")
                .append(Html.legend("score")).append("</p>\n");
        table(b, proposed, byId);
        if (!known.isEmpty()) {
            b.append("<h2>Already in the glossary</h2>\n");
            table(b, known, byId);
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, List<TermCandidate> rows, Map<String, SentencePair> byId) {
        b.append("<table>\n<thead><tr><th>#</th><th>Persian</th><th>English</th><th>score</th><th>frequency</th>")
                .append("<th>example</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (TermCandidate c : rows) {
            n++;
            b.append("<tr><td class=\"num\">").append(n).append("</td>")
                    .append("<td class=\"fa\" dir=\"rtl\" lang=\"fa\">").append(Html.escape(c.source())).append("</td>")
                    .append("<td lang=\"en\">").append(Html.escape(c.target())).append("</td>")
                    .append("<td class=\"num ").append(Html.band(c.score())).append("\"><span class=\"swatch\">")
                    .append(String.format(Locale.ROOT, "%.3f", c.score())).append("</span></td>")
                    .append("<td class=\"num\">").append(c.frequency()).append("</td><td class=\"ex\">");
            SentencePair example = c.examples().isEmpty() ? null : byId.get(c.examples().get(0));
            if (example != null) {
                b.append("<div class=\"fa\" dir=\"rtl\" lang=\"fa\">").append(Html.escape(example.source()))
                        .append("</div><div lang=\"en\">").append(Html.escape(example.target())).append("</div>")
                        .append("<div>").append(Html.escape(example.id())).append("</div>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
