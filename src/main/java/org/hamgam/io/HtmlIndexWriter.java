package org.hamgam.io;

import static org.hamgam.io.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code output/index.html}: every document with its counts and quality, the aligned ones worst first
 * (lowest quality, then most flags, then name) and the documents to translate after them, linked to its review page, followed by the run's settings. Self-contained,
 * no script at all.
 */
public final class HtmlIndexWriter {
    /**
     * Aligned documents worst first (lowest quality, then the largest share of flagged beads), then the documents to
     * translate, which have no quality; by name for a stable order.
     */
    static final Comparator<DocumentSummary> WORST_FIRST = Comparator
            .comparing((DocumentSummary d) -> !d.aligned())
            .thenComparingDouble((DocumentSummary d) -> d.aligned() ? Layout.clamp(d.quality()) : 0)
            .thenComparing(Comparator.comparingDouble(HtmlIndexWriter::flagShare).reversed())
            .thenComparing(DocumentSummary::docId);

    public String fileName() {
        return "index.html";
    }

    public void write(List<DocumentSummary> documents, Map<String, ?> settings, Writer out) throws IOException {
        List<DocumentSummary> sorted = new ArrayList<>(documents);
        sorted.sort(WORST_FIRST);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(Html.csp(""))
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Hamgam review index</title>\n<style>\n").append(Html.SCALE_CSS).append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>Hamgam review index</h1>\n");
        int beads = sorted.stream().mapToInt(DocumentSummary::beads).sum();
        int flagged = sorted.stream().mapToInt(DocumentSummary::flagged).sum();
        h.append("<p>").append(sorted.size()).append(sorted.size() == 1 ? " document, " : " documents, ").append(beads).append(" beads, ")
                .append(flagged).append(" flagged. Worst first. ").append(Html.legend("Alignment confidence (the aligner's, blind to QA findings, which have their own column)")).append("</p>\n");
        h.append("<table class=\"docs\">\n<thead><tr><th scope=\"col\">Document</th>")
                .append("<th scope=\"col\">Persian segments</th><th scope=\"col\">English segments</th>")
                .append("<th scope=\"col\">Beads by type</th><th scope=\"col\">Flagged</th>")
                .append("<th scope=\"col\">Terms</th><th scope=\"col\">QA findings</th>")
                .append("<th scope=\"col\">Alignment confidence</th></tr></thead>\n<tbody>\n");
        for (DocumentSummary d : sorted) {
            h.append("<tr class=\"doc ").append(d.aligned() ? Html.band(d.quality()) : "todo").append("\">")
                    .append("<td><a href=\"").append(escape(Html.encodePath(d.link()))).append("\"><bdi>")
                    .append(escape(d.docId())).append("</bdi></a></td>")
                    .append("<td>").append(d.sourceSegments()).append("</td>")
                    .append("<td>").append(d.aligned() ? Integer.toString(d.targetSegments()) : "—").append("</td>")
                    .append("<td>").append(escape(d.aligned() ? types(d.beadsByType())
                            : d.toTranslate() + " to translate; drafts: " + d.draftSources())).append("</td>")
                    .append("<td>").append(d.flagged()).append(" <small>(")
                    .append(Layout.percent(flagShare(d))).append("%)</small></td>")
                    .append("<td>").append(d.termHits()).append("</td>")
                    .append("<td").append(d.errors() > 0 ? " class=\"qa-errors\"" : "").append(">")
                    .append(d.findings()).append("</td>")
                    .append("<td>").append(d.aligned()
                            ? "<span class=\"swatch\">" + Layout.score(d.quality()) + "</span>"
                            : "<span class=\"none\">to translate</span>")
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<h2>Settings</h2>\n<table class=\"settings\">\n<tbody>\n");
        new TreeMap<>(settings).forEach((key, value) -> h.append("<tr><th scope=\"row\">").append(escape(key))
                .append("</th><td><bdi>").append(escape(value instanceof List<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value))).append("</bdi></td></tr>\n"));
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static double flagShare(DocumentSummary d) {
        return d.beads() == 0 ? 0 : (double) d.flagged() / d.beads();
    }

    private static String types(Map<String, Integer> types) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(types).forEach((type, count) -> parts.add(type + ": " + count));
        return String.join(", ", parts);
    }

    private static final String CSS = """
            body{margin:1em;font:15px/1.5 system-ui,"DejaVu Sans",sans-serif;color:#1b1b1b}
            table{border-collapse:collapse;margin:.5em 0}
            th,td{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:start;vertical-align:top}
            thead th{background:#eee}
            tr.doc td:first-child{border-inline-start:6px solid var(--c)}
            td{font-variant-numeric:tabular-nums}
            .none{color:#888;font-style:italic}
            .qa-errors{color:#a40000;font-weight:bold}
            .todo{--c:#8aa4c8}
            @media (max-width:700px){table.docs thead{display:none}
              table.docs tr,table.docs td{display:block}table.docs tr{border-top:2px solid #bbb}}
            @media print{a{color:inherit;text-decoration:none}
              tr{break-inside:avoid}td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;
}
