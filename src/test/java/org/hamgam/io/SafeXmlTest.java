package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SafeXmlTest {
    @TempDir
    Path dir;

    @Test
    void readsOrdinaryXmlWithNamespaces() throws IOException {
        Document doc = parse("<x:a xmlns:x='urn:x'>&amp;&lt;]]&gt;\u200C</x:a>");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo("&<]]>\u200C");
    }

    @Test
    void refusesExternalEntities() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        String xml = "<?xml version='1.0'?>\n<!DOCTYPE a [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>\n<a>&x;</a>";
        assertThatThrownBy(() -> parse(xml)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("SECRET")
                .satisfies(e -> assertThat(((MalformedFileException) e).line()).isEqualTo(2));
    }

    @Test
    void refusesInternalEntityExpansion() {
        String xml = "<!DOCTYPE a [<!ENTITY b 'bbbbbbbbbb'><!ENTITY c '&b;&b;&b;&b;&b;'>]><a>&c;</a>";
        assertThatThrownBy(() -> parse(xml)).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void malformedFileNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.xlf");
        Files.writeString(file, "<a>\n  <b>\n</a>\n");
        assertThatThrownBy(() -> SafeXml.parse(file)).isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith(file + ":3:")
                .satisfies(e -> {
                    MalformedFileException m = (MalformedFileException) e;
                    assertThat(m.line()).isEqualTo(3);
                    assertThat(m.column()).isPositive();
                    assertThat(m.file()).isEqualTo(file.toString());
                });
    }

    private static Document parse(String xml) throws IOException {
        return SafeXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }
}
