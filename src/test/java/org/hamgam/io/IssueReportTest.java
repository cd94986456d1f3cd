package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

class IssueReportTest {

    private static final List<Issue> ISSUES = List.of(
            new Issue("number", Severity.ERROR, "doc:3", 4, 8, "The number \"2021\" differs from \"۲۰۲۲\".", "2022"),
            new Issue("length", Severity.WARNING, "doc:4", -1, -1, "The target is much shorter.\tReally.", ""));

    @Test
    void jsonHasTheAgreedFieldsInOrder() throws Exception {
        String json = IssueReport.toJson(ISSUES);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.isArray()).isTrue();
        assertThat(tree).hasSize(2);
        JsonNode first = tree.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("code", "severity", "segment", "start", "end",
                "message", "suggestion");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("message").asText()).contains("۲۰۲۲");
        assertThat(tree.get(1).get("start").asInt()).isEqualTo(-1);
        assertThat(json).endsWith("]\n").doesNotContain("\r");
        assertThat(IssueReport.toJson(List.of())).isEqualTo("[ ]\n");
    }

    @Test
    void failOnIgnoresSourceFindings() {
        Issue source = new Issue("source-misc", Severity.WARNING, "doc:1", 0, 2, "repeated word", "");
        assertThat(IssueReport.failsAt(ISSUES, Severity.ERROR)).isTrue();
        assertThat(IssueReport.failsAt(List.of(ISSUES.get(1)), Severity.ERROR)).isFalse();
        assertThat(IssueReport.failsAt(List.of(ISSUES.get(1)), Severity.WARNING)).isTrue();
        assertThat(IssueReport.failsAt(List.of(source), Severity.INFO)).isFalse();
        assertThat(IssueReport.isSourceIssue(source)).isTrue();
    }

    @Test
    void tableAlignsColumnsAndCounts() {
        String table = IssueReport.toTable(ISSUES);
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).startsWith("segment").contains("code").contains("suggestion");
        assertThat(lines.get(1)).startsWith("doc:3").contains("4-8").contains("\"2022\"");
        assertThat(lines.get(2)).contains("length").contains(" - ").contains("shorter. Really.");
        assertThat(lines.get(1).indexOf("number")).isEqualTo(lines.get(0).indexOf("code"));
        assertThat(lines).hasSize(3);
    }

    @Test
    void findingsOfSeveralDocumentsNameTheirDocumentAndLongMessagesStayWhole() throws Exception {
        String longMessage = "The number 6 is missing from the target (6 November 2022 in the source, "
                + "written ۱۵ آبان ۱۴۰۱) and nothing in the English stands for it.";
        Map<String, List<Issue>> byDocument = new java.util.LinkedHashMap<>();
        byDocument.put("news", List.of(new Issue("number", Severity.ERROR, "s1", 0, 1, longMessage, "")));
        byDocument.put("notes", List.of(ISSUES.get(1)));

        JsonNode tree = new ObjectMapper().readTree(IssueReport.toJson(byDocument));
        assertThat(tree.get(0).fieldNames()).toIterable().containsExactly("code", "severity", "document", "segment",
                "start", "end", "message", "suggestion");
        assertThat(tree.get(0).path("document").asText()).isEqualTo("news");
        assertThat(tree.get(1).path("document").asText()).isEqualTo("notes");

        List<String> lines = IssueReport.toTable(byDocument).lines().toList();
        assertThat(lines.get(0)).startsWith("document").contains("segment");
        assertThat(lines.get(1)).startsWith("news").endsWith(longMessage);
        assertThat(lines.get(2)).startsWith("notes");
    }
}
