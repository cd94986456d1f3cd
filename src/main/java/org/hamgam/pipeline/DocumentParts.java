package org.hamgam.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hamgam.io.OutputNames;

/** The staged parts of the batch files ({@link BatchFile}): a folder a document, a file a part. */
public final class DocumentParts {
    private final Path folder;

    /** @param folder where the parts are staged; it goes with the staging area */
    public DocumentParts(Path folder) {
        this.folder = folder;
    }

    /** The folder of one document's parts, made new; its parts are staged there as they are rendered. */
    Path folder(String document) throws IOException {
        return Files.createDirectories(folder.resolve(OutputNames.safe(document)));
    }

    /** Stages one document's parts, given whole. */
    void stage(String document, Map<String, String> parts) throws IOException {
        Path dir = folder(document);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            Files.writeString(dir.resolve(part.getKey()), part.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** A document's staged part. */
    public Path of(DocumentResult document, String part) {
        return folder.resolve(OutputNames.safe(document.name())).resolve(part);
    }

    /** The documents' staged parts of one name, in the documents' order. */
    public List<Path> of(List<DocumentResult> documents, String part) {
        return documents.stream().map(d -> of(d, part)).toList();
    }
}
