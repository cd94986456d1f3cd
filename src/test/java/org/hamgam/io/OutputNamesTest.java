package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void keepsOrdinaryNames() {
        assertThat(OutputNames.safe("000_197c25bd1892c35a")).isEqualTo("000_197c25bd1892c35a");
        assertThat(OutputNames.safe("گزارش-۱")).isEqualTo("گزارش-۱");
    }

    @Test
    void neutralisesTraversalSeparatorsAndReservedNames() {
        assertThat(OutputNames.safe("../etc/passwd")).doesNotContain("/").doesNotStartWith(".");
        assertThat(OutputNames.safe("/abs")).doesNotContain("/");
        assertThat(OutputNames.safe("a\\b:c*?\"<>|")).startsWith("a_b_c______-");
        assertThat(OutputNames.safe("CON")).startsWith("_CON-");
        assertThat(OutputNames.safe("")).startsWith("_-");
    }

    @Test
    void namesThatDifferGetDifferentFoldersAndTheSameNameTheSameFolder() {
        assertThat(List.of(OutputNames.safe("a b"), OutputNames.safe("a_b"), OutputNames.safe("a?b")))
                .doesNotHaveDuplicates()
                .contains("a_b");
        assertThat(OutputNames.safe("a b")).matches("a_b-[0-9a-f]{8}").isEqualTo(OutputNames.safe("a b"));
    }

    @Test
    void aLongPersianNameFitsTheFileSystemAndStaysReadable() {
        String name = "گزارش".repeat(23);
        String safe = OutputNames.safe(name);
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(OutputNames.MAX_BYTES);
        assertThat(safe).startsWith("گزارشگزارش").isNotEqualTo(OutputNames.safe(name + "ا"));
    }

    @Property(tries = 300)
    void differentNamesNeverShareAFolder(@ForAll String a, @ForAll String b) {
        Assume.that(!a.equals(b));
        assertThat(OutputNames.safe(a)).isNotEqualTo(OutputNames.safe(b));
    }

    @Property(tries = 300)
    void everyNameStaysInsideTheOutputFolder(@ForAll String name) {
        Path out = Path.of("/tmp/out");
        assertThat(OutputNames.inside(out, name).getParent()).isEqualTo(out);
    }
}
