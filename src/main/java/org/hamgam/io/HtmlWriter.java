package org.hamgam.io;

import static org.hamgam.io.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamgam.model.Bitext;
import org.hamgam.model.Issue;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SkippedSpan;
import org.hamgam.model.TermHit;
import org.hamgam.model.TmMatch;

/**
 * Writes the side-by-side review page {@code NAME.html}: one self-contained file (inline CSS and script, no
 * network), Persian right-to-left beside English left-to-right, one table row per bead in document order with
 * skipped boilerplate greyed in its place. Each row shows the bead type and its confidence on a colour scale,
 * flags (low confidence, QA issues) and term hits with their glossary translation on hover or keyboard focus.
 * The page script filters to flagged rows, jumps between flags, searches and moves with the keyboard.
 *
 * <p>Every string from the input is escaped, and a Content-Security-Policy allows no script but the page's own
 * (by hash), so even a mistake in escaping could not run a document's {@code <script>}.
 */
public final class HtmlWriter implements BitextWriter {
    /** The page's text held before it is written out. */
    private static final int FLUSH_CHARS = 1 << 16;

    private final double threshold;

    public HtmlWriter() {
        this(0.5);
    }

    /** @param threshold beads with a lower confidence are flagged */
    public HtmlWriter(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public String fileName(String docId) {
        return docId + ".html";
    }

    @Override
    public void write(Bitext bitext, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        String title = bitext.docId() + " — Hamgam review";
        h.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(Html.csp(SCRIPT))
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(Html.SCALE_CSS).append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, bitext);
        h.append("<main>\n<table class=\"review\">\n<thead><tr><th scope=\"col\">#</th>")
                .append("<th scope=\"col\" lang=\"fa\" dir=\"rtl\">فارسی</th>")
                .append("<th scope=\"col\">English</th><th scope=\"col\">Bead</th></tr></thead>\n<tbody>\n");
        for (Layout.Item item : Layout.items(bitext, true)) {
            if (item.isRow()) {
                row(h, bitext, item);
            } else {
                boilerplate(h, item.boilerplate(), item.english());
            }
            // Written out as it grows: a long document's page is never held whole.
            if (h.length() >= FLUSH_CHARS) {
                out.write(h.toString());
                h.setLength(0);
            }
        }
        h.append("</tbody>\n</table>\n</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private void header(StringBuilder h, Bitext bitext) {
        long flagged = bitext.rows().stream().filter(r -> r.flagged(threshold)).count();
        int terms = bitext.rows().stream().mapToInt(r -> r.terms().size()).sum();
        Map<String, Integer> types = new TreeMap<>(Comparator.naturalOrder());
        bitext.rows().forEach(r -> types.merge(r.beadType(), 1, Integer::sum));
        List<String> typeList = new ArrayList<>();
        types.forEach((type, count) -> typeList.add(type + ": " + count));

        h.append("<header class=\"top\">\n<h1>Review of <bdi>").append(escape(bitext.docId())).append("</bdi></h1>\n");
        h.append("<p class=\"summary\">").append(bitext.aligned()
                        ? bitext.rows().size() + " beads (" + escape(String.join(", ", typeList)) + ")"
                        : toTranslate(DocumentSummary.of(bitext, threshold, "")))
                .append(" · <strong>").append(flagged)
                .append(" flagged</strong> · ").append(terms).append(" term hits · ")
                .append(bitext.aligned()
                        ? "aligned with the English, alignment confidence " + Layout.score(bitext.quality())
                        : "no English: targets are drafts")
                .append(" · review threshold ").append(Layout.score(threshold)).append("</p>\n");
        if (!bitext.notes().isEmpty()) {
            h.append("<ul class=\"notes\">");
            bitext.notes().forEach(n -> h.append("<li>").append(escape(n)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("""
                <div class="controls" role="toolbar" aria-label="Review tools">
                <label><input type="checkbox" id="only-flagged"> Flagged only</label>
                <button type="button" id="prev-flag" title="p">◀ Previous flag</button>
                <button type="button" id="next-flag" title="n">Next flag ▶</button>
                <label>Search <input type="search" id="search" placeholder="Persian or English" autocomplete="off"></label>
                <span id="status" aria-live="polite"></span>
                </div>
                """);
        h.append("<p class=\"help\">").append(Html.legend(bitext.aligned() ? "Bead confidence" : "Draft score"))
                .append(" · <span class=\"flag\">⚑</span> flagged · <mark class=\"term\">term</mark> glossary hit · ")
                .append("<span class=\"boiler\">boilerplate</span> skipped</p>\n")
                .append("<p class=\"help keys\">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous row, ")
                .append("<kbd>n</kbd>/<kbd>p</kbd> next/previous flag, <kbd>f</kbd> flagged only, ")
                .append("<kbd>/</kbd> search, <kbd>Esc</kbd> leave search.</p>\n</header>\n");
    }

    private static String toTranslate(DocumentSummary summary) {
        return summary.toTranslate() + " segments to translate (drafts: " + escape(summary.draftSources()) + ")";
    }

    private void row(StringBuilder h, Bitext bitext, Layout.Item item) {
        Row row = item.row();
        boolean flagged = row.flagged(threshold);
        double confidence = bitext.aligned() ? row.bead().score() : row.draft().score();
        // A segment still to translate, with no draft, is work to do, not a bad alignment.
        boolean undrafted = !bitext.aligned() && row.draft().isEmpty();
        String anchor = "r" + item.rowNumber();
        h.append("<tr id=\"").append(anchor).append("\" class=\"bead ").append(undrafted ? "todo" : Html.band(confidence))
                .append(flagged ? " flagged" : "").append("\" tabindex=\"-1\" data-row=\"")
                .append(escape(row.id())).append("\" data-type=\"").append(row.beadType()).append("\">");
        h.append("<td class=\"num\"><a href=\"#").append(anchor).append("\">").append(item.rowNumber())
                .append("</a>").append(flagged ? "<span class=\"flag\" title=\"flagged\">⚑</span>" : "")
                .append("</td>");
        h.append("<td class=\"fa\" lang=\"fa\" dir=\"rtl\">");
        persian(h, row);
        h.append("</td>");
        h.append("<td class=\"en\" lang=\"en\" dir=\"ltr\">");
        if (row.draft().isEmpty()) {
            h.append("<span class=\"none\">").append(row.source().isEmpty() ? "" : "no English").append("</span>");
        } else {
            english(h, row);
            if (row.draft().origin() != Origin.ALIGNED) {
                h.append(" <span class=\"origin\">").append(escape(row.draft().origin().label())).append(" draft")
                        .append(row.draft().engine().isEmpty() ? "" : " · " + escape(row.draft().engine()))
                        .append("</span>");
            }
        }
        matches(h, row);
        h.append("</td>");
        info(h, row, bitext.aligned(), confidence);
        h.append("</tr>\n");
    }

    /** Translation-memory matches offered for the row, best first, with their similarity. */
    private static void matches(StringBuilder h, Row row) {
        if (row.matches().isEmpty()) {
            return;
        }
        h.append("<ul class=\"matches\">");
        for (TmMatch match : row.matches()) {
            h.append("<li><span class=\"sim\">").append(match.similarity()).append("%</span> ")
                    .append(escape(match.target()))
                    .append(" <span class=\"msrc\" lang=\"fa\" dir=\"rtl\">").append(escape(match.source()))
                    .append("</span></li>");
        }
        h.append("</ul>");
    }

    /**
     * The Persian sentences of a row as repaired — the text the XLIFF, TMX and OmegaT files carry — each in its
     * own span, with term hits marked; the text as written is one click away when the repair changed it.
     */
    private static void persian(StringBuilder h, Row row) {
        if (row.source().isEmpty()) {
            h.append("<span class=\"none\">no Persian</span>");
            return;
        }
        // Term offsets are into Row.sourceOriginal(): the sentences' originals joined by one space.
        RepairedOffsets offsets = RepairedOffsets.between(row.sourceOriginal(), row.sourceText());
        List<Mark> marks = new ArrayList<>();
        for (TermHit hit : row.terms()) {
            marks.add(new Mark(offsets.at(hit.start()), offsets.at(hit.end()), "<mark class=\"term\" tabindex=\"0\" title=\""
                    + escape(hit.source() + " → " + String.join(" | ", hit.renderings())) + "\" data-gloss=\""
                    + escape(String.join(" | ", hit.renderings())) + "\">"));
        }
        sentences(h, row.sourceText(), row.source().stream().map(s -> s.text().length()).toList(), marks);
        if (!row.sourceOriginal().equals(row.sourceText())) {
            h.append("<details class=\"orig\"><summary>as written</summary>")
                    .append(escape(row.sourceOriginal())).append("</details>");
        }
    }

    /**
     * The English of a row: aligned sentences each in its own span when the draft is exactly their join, the
     * draft as one span otherwise; QA findings with offsets into the target are underlined.
     */
    private static void english(StringBuilder h, Row row) {
        String text = row.targetText();
        List<Integer> lengths = List.of(text.length());
        if (row.draft().origin() == Origin.ALIGNED && row.target().size() > 1) {
            String joined = String.join(" ", row.target().stream().map(Segment::original).toList());
            if (joined.equals(text)) {
                lengths = row.target().stream().map(s -> s.original().length()).toList();
            }
        }
        List<Mark> marks = new ArrayList<>();
        for (Issue issue : row.issues()) {
            if (!issue.code().startsWith("source-") && issue.start() >= 0) {
                marks.add(new Mark(issue.start(), issue.end(), "<mark class=\"issue " + issue.severity().label()
                        + "\" title=\"" + escape(issue.code() + ": " + issue.message()) + "\">"));
            }
        }
        sentences(h, text, lengths, marks);
    }

    /** A highlighted part of a cell's text: offsets into the whole text and the opening tag. */
    private record Mark(int start, int end, String open) {
    }

    /**
     * Writes {@code text}, made of sentences of the given lengths joined by one space, as one span a sentence.
     * Marks are drawn when they lie inside one sentence and do not overlap an earlier one; others are only
     * listed in the info cell.
     */
    private static void sentences(StringBuilder h, String text, List<Integer> lengths, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        int offset = 0;
        int next = 0;
        for (int length : lengths) {
            if (offset > 0) {
                h.append(' ');
            }
            int end = offset + length;
            h.append("<span class=\"s\">");
            int at = offset;
            while (next < sorted.size() && sorted.get(next).start() < end) {
                Mark mark = sorted.get(next++);
                if (mark.start() < at || mark.end() > end || mark.end() <= mark.start()) {
                    continue;
                }
                h.append(escape(text.substring(at, mark.start()))).append(mark.open())
                        .append(escape(text.substring(mark.start(), mark.end()))).append("</mark>");
                at = mark.end();
            }
            h.append(escape(text.substring(at, end))).append("</span>");
            offset = end + 1;
        }
    }

    private void info(StringBuilder h, Row row, boolean aligned, double confidence) {
        h.append("<td class=\"info\">");
        if (aligned) {
            h.append("<span class=\"type\">").append(row.beadType()).append("</span> ")
                    .append("<span class=\"swatch\" title=\"confidence\">").append(Layout.score(confidence))
                    .append("</span>");
        } else if (row.draft().isEmpty()) {
            h.append("<span class=\"type\">to translate</span>");
        } else {
            h.append("<span class=\"type\">to translate</span> <span class=\"swatch\" title=\"")
                    .append(escape(row.draft().origin().label())).append(" draft score\">")
                    .append(Layout.score(confidence)).append("</span>");
        }
        List<String> items = new ArrayList<>();
        if (row.lowConfidence(threshold)) {
            items.add("<li class=\"low\">low confidence</li>");
        }
        for (Issue issue : row.issues()) {
            items.add("<li class=\"" + issue.severity().label() + "\"><b>" + escape(issue.code()) + "</b> "
                    + escape(issue.message())
                    + (issue.suggestion().isEmpty() ? "" : " <i>→ " + escape(issue.suggestion()) + "</i>") + "</li>");
        }
        // A term that occurs several times in the row is listed once, with how often.
        Map<String, Integer> glosses = new java.util.LinkedHashMap<>();
        for (TermHit hit : row.terms()) {
            glosses.merge("<bdi lang=\"fa\">" + escape(hit.source()) + "</bdi> = "
                    + escape(String.join(" | ", hit.renderings())), 1, Integer::sum);
        }
        glosses.forEach((gloss, count) -> items.add("<li class=\"gloss\">" + gloss
                + (count > 1 ? " <small>×" + count + "</small>" : "") + "</li>"));
        if (!items.isEmpty()) {
            h.append("<ul>").append(String.join("", items)).append("</ul>");
        }
        h.append("</td>");
    }

    private static void boilerplate(StringBuilder h, SkippedSpan span, boolean english) {
        String text = escape(span.text());
        h.append("<tr class=\"skip\"><td class=\"num\"></td><td class=\"fa").append(english ? "" : " boiler")
                .append("\" lang=\"fa\" dir=\"rtl\">").append(english ? "" : text)
                .append("</td><td class=\"en").append(english ? " boiler\" dir=\"auto\">" + text : "\">")
                .append("</td><td class=\"info\">")
                .append("<span class=\"boiler\">").append(escape(span.reason())).append("</span></td></tr>\n");
    }

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.55 system-ui,"DejaVu Sans",sans-serif;color:#1b1b1b;background:#fafafa}
            header.top{padding:.6em 1em;background:#fff;border-bottom:1px solid #ccc}
            h1{font-size:1.25em;margin:.2em 0}
            .summary,.help,.notes{margin:.3em 0;color:#333}
            .controls{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;
              padding:.4em 0;background:#fff}
            .controls input[type=search]{width:16em}
            #status{color:#555}
            kbd{border:1px solid #aaa;border-radius:3px;padding:0 .25em;background:#f3f3f3}
            table.review{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff}
            th{background:#eee;text-align:start;padding:.3em .5em}
            th:nth-child(1){width:3.5em}th:nth-child(4){width:15em}
            td{vertical-align:top;padding:.45em .6em;border-top:1px solid #ddd;overflow-wrap:anywhere}
            td.num{border-inline-start:6px solid var(--c,#ccc);color:#666;white-space:nowrap}
            td.num a{color:inherit}
            td.fa{font-family:"Vazirmatn","Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",Tahoma,sans-serif;
              font-size:1.1em;text-align:right}
            td.en{text-align:left}
            .s{unicode-bidi:isolate}
            td .s{display:block}
            td .s+.s{border-top:1px dotted #999;margin-top:.3em;padding-top:.3em}
            mark.issue{background:none;color:inherit;text-decoration:underline wavy #c00;text-underline-offset:3px}
            mark.issue.warning{text-decoration-color:#d08000}mark.issue.info{text-decoration-color:#3367d6}
            .flag{color:#b00;margin-left:.2em}
            .todo{--c:#8aa4c8}
            tr.flagged td.num{background:#fff0f0}
            tr.current{outline:3px solid #3367d6;outline-offset:-3px}
            tr.skip td{color:#888;background:#f2f2f2;font-size:.9em}
            .boiler{color:#888;font-style:italic}
            .none{color:#999;font-style:italic}
            details.orig{font-size:.85em;color:#666}details.orig summary{cursor:pointer;color:#888}
            .origin{display:inline-block;font-size:.8em;color:#555;border:1px solid #bbb;border-radius:3px;padding:0 .3em}
            .type{font-weight:bold;font-variant-numeric:tabular-nums}
            td.info ul{margin:.3em 0 0;padding-left:1.1em;font-size:.88em}
            ul.matches{margin:.4em 0 0;padding-left:1.1em;font-size:.88em;color:#444}
            ul.matches .sim{font-weight:bold}
            ul.matches .msrc{display:block;color:#777}
            li.error{color:#a00}li.warning{color:#8a5a00}li.low{color:#a00}li.gloss{color:#245}
            mark.term{position:relative;background:#fff3b0;border-bottom:2px solid #d4a000;color:inherit;cursor:help}
            mark.term:focus{outline:2px solid #3367d6}
            mark.term:hover::after,mark.term:focus::after{content:attr(data-gloss);position:absolute;top:100%;
              right:0;z-index:3;white-space:nowrap;direction:ltr;unicode-bidi:isolate;font-size:.8em;padding:.1em .4em;
              background:#222;color:#fff;border-radius:3px}
            body.only-flagged tr.bead:not(.flagged),body.only-flagged tr.skip,body.searching tr.skip,tr.nomatch{display:none}
            @media (max-width:700px){
              table.review,table.review tbody,table.review tr,table.review td{display:block;width:100%}
              table.review thead{display:none}
              table.review tr{border-top:2px solid #bbb}
              td{border-top:none}
              td.num{border-inline-start:none;border-top:6px solid var(--c,#ccc)}
              .controls input[type=search]{width:100%}
            }
            @media print{
              body{background:#fff;font-size:10pt}
              .controls,.keys{display:none}
              header.top{border:none}
              tr{break-inside:avoid}
              a{color:inherit;text-decoration:none}
              mark.term::after{display:none}
              td.num{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }
            """;

    /** The page's only script; the Content-Security-Policy names its hash. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var body = document.body;
              var rows = Array.prototype.slice.call(document.querySelectorAll('tr.bead'));
              var onlyFlagged = document.getElementById('only-flagged');
              var search = document.getElementById('search');
              var status = document.getElementById('status');
              var current = -1;
              function norm(s) {
                return s.toLowerCase().replace(/[\\u200c\\u200f\\u200e\\u0640]/g, '').replace(/\\s+/g, ' ')
                  .replace(/\\u064a/g, '\\u06cc').replace(/\\u0643/g, '\\u06a9');
              }
              var texts = rows.map(function (r) { return norm(r.textContent); });
              function shown(r) { return r.offsetParent !== null; }
              function report() {
                var visible = rows.filter(shown).length;
                var flags = rows.filter(function (r) { return r.classList.contains('flagged'); }).length;
                status.textContent = visible + ' of ' + rows.length + ' rows shown, ' + flags + ' flagged';
              }
              function go(i) {
                if (current >= 0) { rows[current].classList.remove('current'); }
                current = i;
                rows[i].classList.add('current');
                rows[i].focus();
                rows[i].scrollIntoView({block: 'center'});
              }
              function move(dir, flagsOnly) {
                var n = rows.length, i = current;
                if (i < 0 && dir < 0) { i = n; }
                for (var k = 0; k < n; k++) {
                  i += dir;
                  if (i < 0 || i >= n) {
                    if (!flagsOnly) { return; }
                    i = (i + n) % n;
                  }
                  if (!shown(rows[i])) { continue; }
                  if (flagsOnly && !rows[i].classList.contains('flagged')) { continue; }
                  go(i);
                  return;
                }
              }
              function filter() {
                var q = norm(search.value.trim());
                body.classList.toggle('only-flagged', onlyFlagged.checked);
                body.classList.toggle('searching', q.length > 0);
                rows.forEach(function (r, i) { r.classList.toggle('nomatch', q.length > 0 && texts[i].indexOf(q) < 0); });
                report();
              }
              onlyFlagged.addEventListener('change', filter);
              search.addEventListener('input', filter);
              document.getElementById('next-flag').addEventListener('click', function () { move(1, true); });
              document.getElementById('prev-flag').addEventListener('click', function () { move(-1, true); });
              rows.forEach(function (r, i) {
                r.addEventListener('click', function () { if (current >= 0) { rows[current].classList.remove('current'); } current = i; r.classList.add('current'); });
              });
              search.addEventListener('keydown', function (e) {
                if (e.key === 'Escape') { search.blur(); e.preventDefault(); }
                if (e.key === 'Enter') { current = -1; move(1, false); e.preventDefault(); }
              });
              document.addEventListener('keydown', function (e) {
                if (e.ctrlKey || e.metaKey || e.altKey) { return; }
                var tag = e.target && e.target.tagName;
                if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') { return; }
                var onRow = document.activeElement && document.activeElement.classList.contains('bead');
                switch (e.key) {
                  case 'j': move(1, false); break;
                  case 'k': move(-1, false); break;
                  case 'ArrowDown': if (!onRow) { return; } move(1, false); break;
                  case 'ArrowUp': if (!onRow) { return; } move(-1, false); break;
                  case 'n': move(1, true); break;
                  case 'p': move(-1, true); break;
                  case 'f': onlyFlagged.checked = !onlyFlagged.checked; filter(); break;
                  case '/': search.focus(); break;
                  default: return;
                }
                e.preventDefault();
              });
              report();
            })();
            """;
}
