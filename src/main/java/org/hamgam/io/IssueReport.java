package org.hamgam.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;

/**
 * Renders findings for people and programs: a JSON array of objects with the fields {@code code},
 * {@code severity}, {@code segment}, {@code start}, {@code end}, {@code message}, {@code suggestion}, or a plain
 * text table. Pure functions: the caller decides where the text goes.
 */
public final class IssueReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    private static final String[] HEADER = {"segment", "code", "severity", "span", "message", "suggestion"};

    private IssueReport() {
    }

    /** The findings as a JSON array, one object a finding, fields in a fixed order, ending with a newline. */
    public static String toJson(List<Issue> issues) {
        return toJson(Map.of("", issues));
    }

    /**
     * The findings of several documents as one JSON array; each finding names its {@code document} (a key of
     * {@code byDocument}) before its segment, unless the key is empty.
     */
    public static String toJson(Map<String, List<Issue>> byDocument) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byDocument.forEach((document, issues) -> issues.forEach(i -> rows.add(toMap(document, i))));
        try {
            return JSON.writer(PRETTY).writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write findings as JSON", e);
        }
    }

    /**
     * Whether any finding on the translation is at least as serious as {@code level} (for {@code --fail-on}).
     * Findings on the source ({@code source-*}) describe the Persian, not the translation, and never count.
     */
    public static boolean failsAt(List<Issue> issues, Severity level) {
        for (Issue i : issues) {
            if (!isSourceIssue(i) && i.severity().ordinal() <= level.ordinal()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a finding is about the source text ({@code source-*}) rather than the translation. */
    public static boolean isSourceIssue(Issue issue) {
        return issue.isAboutSource();
    }

    /** One finding as an ordered map with the JSON field names. */
    public static Map<String, Object> toMap(Issue i) {
        return toMap("", i);
    }

    private static Map<String, Object> toMap(String document, Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("severity", i.severity().label());
        if (!document.isEmpty()) {
            m.put("document", document);
        }
        m.put("segment", i.segment());
        m.put("start", i.start());
        m.put("end", i.end());
        m.put("message", i.message());
        m.put("suggestion", i.suggestion());
        return m;
    }

    /** The findings as a table with aligned columns (segment, code, severity, span, message, suggestion). */
    public static String toTable(List<Issue> issues) {
        return toTable(Map.of("", issues));
    }

    /**
     * The findings of several documents as one table, with a first column naming the document unless every key
     * of {@code byDocument} is empty. Messages are given whole: the table is read, not cut to a width.
     */
    public static String toTable(Map<String, List<Issue>> byDocument) {
        boolean named = byDocument.keySet().stream().anyMatch(d -> !d.isEmpty());
        List<String[]> rows = new ArrayList<>();
        rows.add(named ? prepend("document", HEADER) : HEADER);
        byDocument.forEach((document, issues) -> {
            for (Issue i : issues) {
                String span = i.start() < 0 ? "-" : i.start() + "-" + i.end();
                String[] row = {i.segment(), i.code(), i.severity().label(), span, cell(i.message()),
                    i.suggestion().isEmpty() ? "" : "\"" + cell(i.suggestion()) + "\""};
                rows.add(named ? prepend(document, row) : row);
            }
        });
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]);
                if (c < row.length - 1) {
                    line.append(" ".repeat(width[c] - row[c].codePointCount(0, row[c].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String[] prepend(String first, String[] rest) {
        String[] row = new String[rest.length + 1];
        row[0] = first;
        System.arraycopy(rest, 0, row, 1, rest.length);
        return row;
    }

    /** A cell on one line: tabs and line breaks become spaces. */
    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
