package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlOutTest {
    @Property(tries = 300)
    void anyXmlTextSurvivesInContentAndAttributes(@ForAll @StringLength(max = 40) String raw) throws Exception {
        String text = raw.codePoints().filter(XmlOut::isXmlChar)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Element root = roundTrip(text, false);
        assertThat(root.getTextContent()).isEqualTo(text);
        assertThat(root.getAttribute("a")).isEqualTo(text);
    }

    @Test
    void carriageReturnsTabsAndCdataEndSurvive() throws Exception {
        String text = "a\r\nb\tc ]]> \"q\" 'x' & <d>";
        Element root = roundTrip(text, false);
        assertThat(root.getTextContent()).isEqualTo(text);
        assertThat(root.getAttribute("a")).isEqualTo(text);
    }

    @Test
    void charactersXmlCannotCarryBecomeCodePointElementsOrReplacement() throws Exception {
        String text = "a\u0001b\uD800c";
        Element root = roundTrip(text, true);
        Element cp = (Element) root.getElementsByTagName("cp").item(0);
        assertThat(cp.getAttribute("hex")).isEqualTo("0001");
        assertThat(root.getTextContent()).isEqualTo("ab\uFFFDc");
        assertThat(XmlOut.text(text)).isEqualTo("a\uFFFDb\uFFFDc");
    }

    private static Element roundTrip(String text, boolean codePoints) throws Exception {
        StringWriter out = new StringWriter();
        XmlOut x = new XmlOut(out);
        x.declaration();
        x.leaf("r", text, codePoints, "a", text);
        x.finish();
        return XmlSupport.parse(out.toString()).getDocumentElement();
    }
}
