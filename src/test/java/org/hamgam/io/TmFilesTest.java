package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.TestResources;
import org.hamgam.model.TmUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmFilesTest {

    @TempDir
    Path dir;

    private List<TmUnit> parse(String xml) throws Exception {
        return TmFiles.read(Files.writeString(dir.resolve("t.tmx"), xml));
    }

    @Test
    void readsEveryTicoUnitWithPersianAsSource() throws Exception {
        List<TmUnit> units = TmFiles.read(TestResources.tico19Tmx());
        assertThat(units).hasSize(685);
        TmUnit first = units.get(0);
        assertThat(first.source()).isEqualTo("تقریباً چه مدت است که این علایم ادامه دارد؟");
        assertThat(first.target()).isEqualTo("about how long have these symptoms been going on?");
        assertThat(first.origin()).isEqualTo("tico19-cut.en-fa.tmx#CMU_1:1");
    }

    @Test
    void keepsHighlightedTextDropsNativeCodesAndReadsContext() throws Exception {
        List<TmUnit> units = parse("""
                <?xml version="1.0"?>
                <tmx version="1.4"><header srclang="fa-IR" segtype="sentence" datatype="plaintext" o-tmf="x"
                 adminlang="en" creationtool="t" creationtoolversion="1"/><body>
                <tu><prop type="x-context-pre">قبلی</prop><prop type="x-context-post">بعدی</prop>
                <tuv xml:lang="fa-IR"><seg>سلام <ph>&lt;br/&gt;</ph><hi>دنیا</hi></seg></tuv>
                <tuv xml:lang="en-US"><seg>hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
                <tu tuid="only-en"><tuv lang="EN"><seg>orphan</seg></tuv></tu>
                </body></tmx>
                """);
        assertThat(units).containsExactly(new TmUnit("سلام دنیا", "hello world", "قبلی", "بعدی", "t.tmx#1"));
    }

    @Test
    void refusesADoctypeAndExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><header/><body><tu><tuv xml:lang="fa"><seg>&secret;</seg></tuv>
                <tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
                """;
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.tmx").hasMessageContaining("line 2")
                .hasMessageNotContaining("root:");
    }

    @Test
    void aMalformedFileIsReportedWithFileLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.tmx");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"fa\">"
                + "<seg>سلام</tuv></tu></body></tmx>\n");
        assertThatThrownBy(() -> TmFiles.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.tmx").hasMessageMatching("(?s).*line 3, column \\d+.*");
    }

    @Test
    void aFolderIsReadInNameOrder() throws Exception {
        String unit = "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"fa\"><seg>%s</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>%s</seg></tuv></tu></body></tmx>";
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.tmx"), unit.formatted("دو", "two"));
        Files.writeString(dir.resolve("a.tmx"), unit.formatted("یک", "one"));
        Files.writeString(dir.resolve("notes.txt"), "not a memory");
        List<TmUnit> units = TmFiles.readAll(List.of(dir));
        assertThat(units).extracting(TmUnit::target).containsExactly("one", "two");
    }
}
