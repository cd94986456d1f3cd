package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hamgam.io.QaInputReader;
import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.model.QaPair;
import org.hamgam.qa.QaRunner;

/**
 * Precision of the QA checks as a reviewer sees them: every finding at warning or error on the clean TICO-19 pairs
 * of a part, with no glossary, compared with a list of findings a bilingual reviewer judged real or false
 * ({@code bench/qa-judged.tsv}). Per check it reports the findings, how many were judged real and false, the
 * false alarms per 100 pairs, and the findings not judged yet, which it writes with their pair to
 * {@code -Dqa.judged.unjudged=FILE} for judging; {@code -Dqa.judged.findings=FILE} lists every finding at warning or
 * error with its part, verdict and message (the rule LanguageTool names), to weigh each rule's precision. It also reports how many of the judged real problems are still
 * raised at warning or error, so that silencing a check shows. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hamgam.bench.QaJudgedBench
 * [--part=dev|test|fresh|new|new2|new3|new4|new5|new6|new7|each] [--judged=FILE] [--fast]}; {@code --fast} runs the checks without
 * LanguageTool and leaves out their judged findings. The parts dev and test are QaBench's: documents alternate
 * between development (1st, 3rd, …) and held-out (2nd, 4th, …) in file order. Both were read while the checks
 * were fixed, so the part {@code fresh} ({@link #freshPairs}) gives the held-out figure: its findings were judged
 * once, on the code as it stood before any change made for its part ({@code bench/qa-fresh-judged.tsv}), and the
 * checks are never tuned to it. The fresh part was then read while the checks were fixed, so the part {@code new}
 * ({@link QaNewPairs}: LanguageTool's Persian messages and CLDR's names and formats) is the held-out figure after it,
 * judged on the code before and after that work and never tuned on. The new part was then read while the checks were
 * fixed, so the part {@code new2} ({@link #catalogues}: messages of the Persian translations of GLib, GTK and
 * LibreOffice) was the held-out figure after it, judged on the code before and after that work; the spelling check
 * was then changed for the shortcut marks seen in it, so it too is no longer held out (its file says when). The part
 * {@code new3} (the same reader: messages of the Persian translations of twelve GNOME applications) is the held-out
 * figure after that: judged once, on the code as it stood when it was built, with every pair read for the real
 * problems no check raised (code {@code not-raised} in its file), so that the share raised counts them too; the
 * checks were then changed for its format placeholders and Solar Hijri years, so the part {@code new4} (the same
 * reader: messages of the Persian translations of twelve desktop applications none of the others draws on) is the
 * held-out figure after that, judged once in the same way. The checks were then changed for new4's kinds (code read as
 * prose, date formats on the 24-hour clock, keyword lists) and their severities weighed over all the judged parts, so
 * the part {@code new5} (the same reader: messages of four words or more of the MATE desktop's and Synaptic's Persian
 * translations) is the held-out figure after that, judged once on the final code in the same way. Its printf %g
 * was then fixed, so the part {@code new6} (the same reader: messages of four words or more of the Xfce desktop's
 * Persian translations) is the held-out figure after that, judged once on the code as it stood when it was built
 * and on the code before this round's changes, in the same way. New6's messages hold few figures, units or marks,
 * so the part {@code new7} (the same reader: messages of the Persian translations of KDE applications and
 * libraries, rich in them) is a further held-out figure on the same code, judged once in the same way.
 * The judged files are {@code bench/qa-judged.tsv}, {@code bench/qa-fresh-judged.tsv},
 * {@code bench/qa-new-judged.tsv}, {@code bench/qa-new2-judged.tsv}, {@code bench/qa-new3-judged.tsv} and
 * {@code bench/qa-new4-judged.tsv}, {@code bench/qa-new5-judged.tsv}, {@code bench/qa-new6-judged.tsv} and
 * {@code bench/qa-new7-judged.tsv} unless
 * {@code --judged} names one.
 */
public final class QaJudgedBench {

    /** One judged finding; its key is the pair, the code and what it points at. */
    record Judged(String key, boolean real, String note) {
    }

    private QaJudgedBench() {
    }

    public static void main(String[] args) throws IOException {
        String which = "each";
        List<Path> judgedFiles = new ArrayList<>(List.of(Path.of("bench/qa-judged.tsv"),
                Path.of("bench/qa-fresh-judged.tsv"), Path.of("bench/qa-new-judged.tsv"),
                Path.of("bench/qa-new2-judged.tsv"), Path.of("bench/qa-new3-judged.tsv"),
                Path.of("bench/qa-new4-judged.tsv"), Path.of("bench/qa-new5-judged.tsv"),
                Path.of("bench/qa-new6-judged.tsv"), Path.of("bench/qa-new7-judged.tsv")));
        boolean fast = false;
        for (String a : args) {
            if (a.equals("--fast")) {
                fast = true;
            } else if (a.startsWith("--part=")) {
                which = a.substring("--part=".length());
            } else if (a.startsWith("--judged=")) {
                judgedFiles = List.of(Path.of(a.substring("--judged=".length())));
            } else {
                throw new IllegalArgumentException(a);
            }
        }
        Path tico = BenchData.shared().resolve("data/tico19/all.en-fa.tmx");
        Map<String, List<QaPair>> docs = new LinkedHashMap<>();
        for (QaPair p : QaInputReader.read(tico)) {
            docs.computeIfAbsent(p.id().substring(0, p.id().indexOf(':')), d -> new ArrayList<>()).add(p);
        }
        Map<String, List<QaPair>> fresh = freshPairs(BenchData.shared().resolve("data/tico19"));
        Map<String, List<QaPair>> newer = QaNewPairs.pairs();
        Map<String, Map<String, List<QaPair>>> catalogueParts = new LinkedHashMap<>();
        for (String part : List.of("new2", "new3", "new4", "new5", "new6", "new7")) {
            catalogueParts.put(part, catalogues(Path.of("bench/qa-" + part + "-pairs.tsv")));
        }
        Map<String, String> partById = new HashMap<>();
        int docIndex = 0;
        for (List<QaPair> doc : docs.values()) {
            String part = docIndex++ % 2 == 0 ? "dev" : "test";
            doc.forEach(p -> partById.put(p.id(), part));
        }
        fresh.values().forEach(doc -> doc.forEach(p -> partById.put(p.id(), "fresh")));
        newer.values().forEach(doc -> doc.forEach(p -> partById.put(p.id(), "new")));
        catalogueParts.forEach((part, c) -> c.values().forEach(doc -> doc.forEach(p -> partById.put(p.id(), part))));
        Map<String, Judged> judged = new LinkedHashMap<>();
        for (Path f : judgedFiles) {
            judged.putAll(read(f));
        }
        if (fast) {
            judged.keySet().removeIf(k -> !QaRunner.FAST_CODES.contains(k.split("\t")[1]));
        }
        QaRunner runner = fast ? QaRunner.withoutLanguageTool() : QaRunner.standard(Set.of());
        Map<String, QaPair> byId = new HashMap<>();
        List<String> unjudged = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> parts = which.equals("each")
                ? List.of("dev", "test", "fresh", "new", "new2", "new3", "new4", "new5", "new6", "new7")
                : List.of(which);
        for (String part : parts) {
            int index = 0;
            int pairs = 0;
            Map<String, int[]> perCode = new TreeMap<>();
            Map<String, Judged> raised = new HashMap<>();
            Map<String, List<QaPair>> source = switch (part) {
                case "fresh" -> fresh;
                case "new" -> newer;
                case "dev", "test" -> docs;
                default -> catalogueParts.get(part);
            };
            if (source == null) {
                throw new IllegalArgumentException("no part " + part);
            }
            for (Map.Entry<String, List<QaPair>> d : source.entrySet()) {
                boolean dev = index++ % 2 == 0;
                if (source == docs && dev != part.equals("dev")) {
                    continue;
                }
                pairs += d.getValue().size();
                d.getValue().forEach(p -> byId.put(p.id(), p));
                for (Issue i : runner.run(d.getValue())) {
                    if (i.severity() == Severity.INFO) {
                        continue;
                    }
                    String code = i.code().startsWith("source-") ? "source-*" : i.code();
                    QaPair p = byId.get(i.segment());
                    String key = key(i, p);
                    // counts: findings, real, false, unjudged
                    int[] c = perCode.computeIfAbsent(code, k -> new int[4]);
                    c[0]++;
                    Judged j = judged.get(key);
                    findings.add(String.join("\t", part, j == null ? "?" : j.real() ? "real" : "false", key,
                            i.severity().name(), clean(i.message())));
                    if (j == null) {
                        c[3]++;
                        unjudged.add(String.join("\t", "?", key, i.severity().name(), clean(i.message()),
                                clean(p.source()), clean(p.target())));
                    } else {
                        c[j.real() ? 1 : 2]++;
                        raised.put(key, j);
                    }
                }
            }
            System.out.println(part + ".pairs: " + pairs);
            int[] total = new int[4];
            for (Map.Entry<String, int[]> e : perCode.entrySet()) {
                int[] c = e.getValue();
                for (int k = 0; k < 4; k++) {
                    total[k] += c[k];
                }
                System.out.printf(Locale.ROOT, "%s.%s: findings %d, real %d, false %d, unjudged %d, precision %s,"
                        + " false alarms per 100 pairs %.2f%n", part, e.getKey(), c[0], c[1], c[2], c[3],
                        precision(c), 100.0 * c[2] / pairs);
            }
            System.out.printf(Locale.ROOT, "%s.all: findings %d, real %d, false %d, unjudged %d, precision %s,"
                    + " false alarms per 100 pairs %.2f%n", part, total[0], total[1], total[2], total[3],
                    precision(total), 100.0 * total[2] / pairs);
            int known = 0;
            int still = 0;
            for (Map.Entry<String, Judged> j : judged.entrySet()) {
                String seg = j.getKey().substring(0, j.getKey().indexOf('\t'));
                boolean inPart = byId.containsKey(seg) && part.equals(partById.get(seg));
                if (j.getValue().real() && inPart) {
                    known++;
                    if (raisedAnyCode(raised, seg)) {
                        still++;
                    } else {
                        System.out.println("  real problem not raised: " + j.getKey());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s.judged_real_problems_still_raised: %d of %d%n", part, still, known);
        }
        String all = System.getProperty("qa.judged.findings");
        if (all != null) {
            Files.write(Path.of(all), findings, StandardCharsets.UTF_8);
        }
        String out = System.getProperty("qa.judged.unjudged");
        if (out != null) {
            Files.write(Path.of(out), unjudged, StandardCharsets.UTF_8);
            System.out.println("unjudged_written: " + unjudged.size() + " (" + out + ")");
        }
    }

    /** A real problem counts as raised when any check still points at its pair: the finding may move to another. */
    private static boolean raisedAnyCode(Map<String, Judged> raised, String segment) {
        for (Map.Entry<String, Judged> r : raised.entrySet()) {
            if (r.getKey().startsWith(segment + "\t") && r.getValue().real()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fresh part: the pairs of TICO-19's three term lists, which neither other part holds (every sentence pair
     * of the TMX is in one of them), one document a list, the Persian as source. Ids are the list's letter and the
     * row's id (F12, G40, Hxx_1301).
     */
    static Map<String, List<QaPair>> freshPairs(Path tico) throws IOException {
        Map<String, List<QaPair>> out = new LinkedHashMap<>();
        String[][] lists = {{"f_en-fa_IR.csv", "F"}, {"g_en_fa.csv", "G"}, {"g_fa_en.csv", "H"}};
        for (String[] l : lists) {
            List<QaPair> pairs = new ArrayList<>();
            List<List<String>> rows = Files.readAllLines(tico.resolve(l[0]), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(QaBench::parseCsv).toList();
            List<String> head = rows.get(0);
            int id = head.indexOf(head.contains("id") ? "id" : "stringID");
            int sl = head.indexOf("sourceLang");
            int ss = head.indexOf("sourceString");
            int ts = head.indexOf("targetString");
            for (List<String> r : rows.subList(1, rows.size())) {
                boolean persianFirst = r.get(sl).equals("fa");
                pairs.add(QaPair.of(l[1] + r.get(id), persianFirst ? r.get(ss) : r.get(ts),
                        persianFirst ? r.get(ts) : r.get(ss)));
            }
            out.put(l[0], pairs);
        }
        return out;
    }

    /**
     * A catalogue part ({@code bench/qa-new2-pairs.tsv}, {@code bench/qa-new3-pairs.tsv},
     * {@code bench/qa-new4-pairs.tsv}, {@code bench/qa-new5-pairs.tsv}, {@code bench/qa-new6-pairs.tsv},
 * {@code bench/qa-new7-pairs.tsv}, built by
     * {@code tools/qa-catalogue-pairs.py}): messages of Persian gettext catalogues (new2: GLib, GTK and LibreOffice;
     * new3: GNOME applications; new4: twelve other desktop applications; new5: MATE and Synaptic; new6: Xfce; new7: KDE), one
     * document a catalogue (the id before its colon).
     * Lines starting with # are its notes; then a header id, source, target.
     */
    static Map<String, List<QaPair>> catalogues(Path file) throws IOException {
        Map<String, List<QaPair>> out = new LinkedHashMap<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IOException(file + ": expected id, source and target: " + line);
            }
            out.computeIfAbsent(cells[0].substring(0, cells[0].indexOf(':')), d -> new ArrayList<>())
                    .add(QaPair.of(cells[0], cells[1], cells[2]));
        }
        return out;
    }

    private static String precision(int[] c) {
        int judgedCount = c[1] + c[2];
        return judgedCount == 0 ? "-" : String.format(Locale.ROOT, "%.2f", c[1] / (double) judgedCount);
    }

    /**
     * What a finding is about, stable across changes to messages: the pair, the code and the target text it covers,
     * or (a finding without offsets) the first quoted text of its message.
     */
    static String key(Issue i, QaPair p) {
        String what;
        String text = i.code().startsWith("source-") ? p.source() : p.target();
        if (i.start() >= 0 && i.end() <= text.length() && i.start() < i.end()) {
            what = text.substring(i.start(), i.end());
        } else {
            int q = i.message().indexOf('"');
            int r = q < 0 ? -1 : i.message().indexOf('"', q + 1);
            what = r > q ? i.message().substring(q + 1, r) : i.message();
        }
        String code = i.code().startsWith("source-") ? "source-*" : i.code();
        return i.segment() + "\t" + code + "\t" + clean(what);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** Lines: verdict (real or false), segment, code, what, then free columns; the last column is the note. */
    static Map<String, Judged> read(Path file) throws IOException {
        Map<String, Judged> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!cells[0].equals("real") && !cells[0].equals("false")) {
                throw new IOException("verdict must be real or false: " + line);
            }
            String key = cells[1] + "\t" + cells[2] + "\t" + cells[3];
            out.put(key, new Judged(key, cells[0].equals("real"), cells[cells.length - 1]));
        }
        return out;
    }
}
