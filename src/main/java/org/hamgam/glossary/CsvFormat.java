package org.hamgam.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hamgam.model.Term;

/**
 * Comma-separated term lists with a header row: {@code source,target[,note][,variants]}, or the TICO-19 columns
 * {@code sourceString,targetString} with {@code sourceLang}/{@code targetLang} in either direction between
 * Persian and English. Fields follow RFC 4180 (quotes, doubled quotes, line breaks inside quotes). A file whose
 * first row names no source and target column cannot be read.
 */
final class CsvFormat {
    private static final List<String> SOURCE = List.of("source", "src", "sourcestring", "source term", "term",
            "fa", "persian", "farsi");
    private static final List<String> TARGET = List.of("target", "tgt", "targetstring", "target term",
            "translation", "en", "english");
    private static final List<String> NOTE = List.of("note", "notes", "comment", "comments", "description",
            "definition");
    private static final List<String> VARIANTS = List.of("variants", "variant", "synonyms");

    private CsvFormat() {
    }

    private record Record(int line, List<String> fields) {
    }

    static Glossary read(String name, String text, int priority) throws GlossaryException {
        List<Record> records = parse(name, text);
        List<Term> terms = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (records.isEmpty()) {
            return Glossary.build(terms, warnings);
        }
        List<String> header = records.get(0).fields().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
        int src = indexOf(header, SOURCE);
        int tgt = indexOf(header, TARGET);
        int note = indexOf(header, NOTE);
        int variants = indexOf(header, VARIANTS);
        int srcLang = indexOf(header, List.of("sourcelang", "source lang", "source language"));
        int tgtLang = indexOf(header, List.of("targetlang", "target lang", "target language"));
        if (src < 0 || tgt < 0) {
            // Read by position, a header would become a term and a file with its columns swapped a glossary of
            // English terms: neither shows until nothing matches.
            throw new GlossaryException(name, records.get(0).line(), -1, "the first row names no source and target "
                    + "column: " + String.join(",", records.get(0).fields()) + "; a CSV term base starts with a header "
                    + "row, source,target[,note][,variants] or TICO-19's sourceString,targetString,sourceLang,"
                    + "targetLang", null);
        }
        int first = 1;
        int needed = Math.max(src, tgt) + 1;
        for (int r = first; r < records.size(); r++) {
            Record rec = records.get(r);
            List<String> f = rec.fields();
            String where = name + ":" + rec.line();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() < needed) {
                warnings.add(where + ": " + f.size() + " columns, expected at least " + needed + "; row skipped");
                continue;
            }
            String source = f.get(src).strip();
            String target = f.get(tgt).strip();
            if (srcLang >= 0 && tgtLang >= 0 && srcLang < f.size() && tgtLang < f.size()) {
                String sl = f.get(srcLang).strip().toLowerCase(Locale.ROOT);
                String tl = f.get(tgtLang).strip().toLowerCase(Locale.ROOT);
                if (isEnglish(sl) && isPersian(tl)) {
                    String swap = source;
                    source = target;
                    target = swap;
                } else if (!(isPersian(sl) && isEnglish(tl))) {
                    warnings.add(where + ": languages " + sl + " → " + tl + " are not Persian and English; row skipped");
                    continue;
                }
            }
            String n = note >= 0 && note < f.size() ? f.get(note).strip() : "";
            List<String> v = variants >= 0 && variants < f.size() ? splitVariants(f.get(variants)) : List.of();
            Term term = Rows.term(name, rec.line(), source, target, n, v, priority, warnings);
            if (term != null) {
                terms.add(term);
            }
        }
        return Glossary.build(terms, warnings);
    }

    static boolean isPersian(String lang) {
        return lang.startsWith("fa") || lang.startsWith("pes") || lang.startsWith("per") || lang.startsWith("prs");
    }

    static boolean isEnglish(String lang) {
        return lang.startsWith("en");
    }

    private static List<String> splitVariants(String s) {
        return Arrays.stream(s.split("[|;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static int indexOf(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 4180 records with the line each starts on; the delimiter is whichever of , ; TAB the first line uses most. */
    private static List<Record> parse(String name, String text) throws GlossaryException {
        char delimiter = delimiter(text);
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = -1;
        boolean quoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                out.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new GlossaryException(name, quoteLine, -1, "quoted field is never closed", null);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            out.add(new Record(recordLine, List.copyOf(fields)));
        }
        return out;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = first.chars().filter(ch -> ch == ',').count();
        for (char d : new char[] {';', '\t'}) {
            long count = first.chars().filter(ch -> ch == d).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }
}
