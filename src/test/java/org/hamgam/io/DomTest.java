package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DomTest {
    @Test
    void descendantsAreFoundInDocumentOrderAtAnyDepth() throws Exception {
        Element root = XmlSupport.parse("<a xmlns:x='urn:x'><b id='1'><b id='2'/><c><b id='3'/></c></b>"
                + "<x:b id='ns'/><b id='4'/></a>").getDocumentElement();
        assertThat(Dom.descendants(root, "", "b")).extracting(e -> e.getAttribute("id")).containsExactly("1", "2", "3", "4");
        assertThat(Dom.descendants(root, "urn:x", "b")).extracting(e -> e.getAttribute("id")).containsExactly("ns");
        assertThat(Dom.children(root, "", "b")).extracting(e -> e.getAttribute("id")).containsExactly("1", "4");
        assertThat(Dom.first(root, "", "c")).isNull();
        assertThat(Dom.descendants(Dom.first(root, "", "b"), "", "b")).hasSize(2);
    }
}
