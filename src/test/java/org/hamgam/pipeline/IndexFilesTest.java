package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamgam.io.DocumentSummary;
import org.junit.jupiter.api.Test;

/** index.json is the same bytes for the same batch, whatever order a map of counts keeps. */
class IndexFilesTest {
    @Test
    void aDocumentToTranslateListsItsDraftsByOriginInNameOrder() throws Exception {
        DocumentSummary summary = new DocumentSummary("doc", false, 4, 0, Map.of("1-0", 4), 0, 0, 0,
                Map.of("tm", 1, "none", 1, "mt", 1, "glossary", 1), "doc/doc.html", 0, 0);
        DocumentResult doc = new DocumentResult("doc", Path.of("doc.txt"), Optional.empty(), summary, 0, Map.of(),
                List.of(), List.of(), List.of());
        RunOptions options = new RunOptions(Path.of("in"), List.of(), Path.of("out"), 1, 0.5, false, Optional.empty());

        String json = new IndexFiles(Map.of()).render(options, new BatchResult(List.of(doc), List.of(), List.of()));

        assertThat(json.replaceAll("\\s+", " "))
                .contains("\"quality\" : null, \"drafts\" : { \"glossary\" : 1, \"mt\" : 1, \"none\" : 1, \"tm\" : 1 }");
    }
}
