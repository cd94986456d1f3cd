package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryException;
import org.hamgam.model.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryFilesTest {
    @TempDir
    Path dir;

    @Test
    void loadsFoldersInNameOrderWithPriorityByPosition() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("glossary"));
        Files.writeString(folder.resolve("b.tsv"), "نفت\tpetroleum\n");
        Files.writeString(folder.resolve("a.csv"), "source,target\nنفت,oil\nگاز,gas\n");
        Files.writeString(folder.resolve("README.txt"), "not a glossary\n");
        Files.writeString(folder.resolve("notes.md"), "ignored\n");
        Path first = Files.writeString(dir.resolve("first.tsv"), "گاز\tnatural gas\tfirst\n");
        Glossary g = GlossaryFiles.load(List.of(first, folder));
        assertThat(g.terms()).extracting(Term::target).containsExactly("natural gas", "oil", "gas", "petroleum");
        assertThat(g.terms()).extracting(Term::priority).containsExactly(0, 1, 1, 2);
        assertThat(g.terms().get(1).origin()).isEqualTo(folder.resolve("a.csv") + ":2");
        assertThat(g.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("conflicting translations"));
    }

    @Test
    void missingPathIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> GlossaryFiles.load(List.of(missing))).isInstanceOf(GlossaryException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void emptyFolderGivesAWarning() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Glossary g = GlossaryFiles.load(List.of(empty));
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.warnings()).singleElement().asString().contains("no glossary files");
    }

    @Test
    void loadsTheProjectGlossaryFolder() throws Exception {
        Glossary g = GlossaryFiles.load(List.of(Path.of("glossary")));
        assertThat(g.size()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void theSpellerAcceptsEveryEnglishAnEntryGives() throws Exception {
        Path tsv = Files.writeString(dir.resolve("units.tsv"), "متر مکعب\tcubic meter|cubic metre\n");
        assertThat(Stages.spellingExceptions(GlossaryFiles.load(List.of(tsv))))
                .containsExactlyInAnyOrder("cubic meter", "cubic metre");
    }
}
