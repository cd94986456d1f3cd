package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.TmxUnit;
import org.junit.jupiter.api.Test;

class TmxReaderTest {
    private final List<String> headers = new ArrayList<>();

    private List<TmxUnit> read(String xml) throws IOException {
        List<TmxUnit> units = new ArrayList<>();
        TmxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.tmx",
                new TmxReader.Handler() {
                    @Override
                    public void header(String srcLang) {
                        headers.add(srcLang);
                    }

                    @Override
                    public void unit(TmxUnit unit) {
                        units.add(unit);
                    }
                });
        return units;
    }

    @Test
    void handsOverEachUnitAsWrittenWithItsPlace() throws IOException {
        List<TmxUnit> units = read("""
                <tmx version="1.4"><header srclang="en"/><body>
                <tu tuid="a:1"><prop type="note"> kept as written </prop>
                  <tuv xml:lang="EN-us"><prop type="x-tuv">not the unit's</prop><seg>one <hi>two</hi><ph>&lt;b/&gt;</ph></seg></tuv>
                  <tuv xml:lang="fa"><seg> یک </seg></tuv></tu>
                <tu><tuv lang="fa"><seg>دو</seg></tuv><tuv><seg>no language</seg></tuv></tu>
                </body></tmx>""");
        assertThat(headers).containsExactly("en");
        assertThat(units).hasSize(2);
        TmxUnit first = units.get(0);
        assertThat(first.id()).isEqualTo("a:1");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.props()).containsExactly(new TmxUnit.Prop("note", " kept as written "));
        assertThat(first.variants()).containsExactly(new TmxUnit.Variant("en-us", "one two"),
                new TmxUnit.Variant("fa", " یک "));
        assertThat(first.text("en")).contains("one two");
        TmxUnit second = units.get(1);
        assertThat(second.id()).isEmpty();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.line()).isEqualTo(5);
        assertThat(second.variants()).containsExactly(new TmxUnit.Variant("fa", "دو"),
                new TmxUnit.Variant("", "no language"));
        assertThat(second.text("en")).isEmpty();
    }

    @Test
    void refusesWhatIsNotSafeTmxNamingLineAndColumn() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <tmx><body><tu><tuv xml:lang="fa"><seg>&secret;</seg></tuv></tu></body></tmx>"""))
                .isInstanceOf(MalformedFileException.class).hasMessageStartingWith("t.tmx:2:")
                .hasMessageContaining("document type declaration");
        assertThatThrownBy(() -> read("<tmx><body>\n<tu><tuv xml:lang=\"fa\"><seg>x</tuv></tu></body></tmx>"))
                .isInstanceOf(MalformedFileException.class).hasMessageStartingWith("t.tmx:2:");
        assertThatThrownBy(() -> read("<xliff/>")).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("the root element is <xliff>, not <tmx>");
    }
}
