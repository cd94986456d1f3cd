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
    private static final int MAX_CELL = 80;

    private IssueReport() {
    }

    /** The findings as a JSON array, one object a finding, fields in a fixed order, ending with a newline. */
    public static String toJson(List<Issue> issues) {
        List<Map<String, Object>> rows = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            rows.add(toMap(i));
        }
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("severity", i.severity().label());
        m.put("segment", i.segment());
        m.put("start", i.start());
        m.put("end", i.end());
        m.put("message", i.message());
        m.put("suggestion", i.suggestion());
        return m;
    }

    /**
     * The findings as a table with aligned columns (segment, code, severity, span, message, suggestion) and a
     * closing count line; long cells are shortened with an ellipsis.
     */
    public static String toTable(List<Issue> issues) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Issue i : issues) {
            String span = i.start() < 0 ? "-" : i.start() + "-" + i.end();
            rows.add(new String[] {i.segment(), i.code(), i.severity().label(), span, cell(i.message()),
                i.suggestion().isEmpty() ? "" : "\"" + cell(i.suggestion()) + "\""});
        }
        int[] width = new int[HEADER.length];
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
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        out.append(issues.size()).append(issues.size() == 1 ? " finding" : " findings").append(": ")
                .append(errors).append(" error(s), ").append(warnings).append(" warning(s), ")
                .append(issues.size() - errors - warnings).append(" info\n");
        return out.toString();
    }

    private static String cell(String text) {
        String flat = text.replaceAll("[\\t\\r\\n]+", " ");
        if (flat.codePointCount(0, flat.length()) <= MAX_CELL) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_CELL - 1)) + "\u2026";
    }
}
