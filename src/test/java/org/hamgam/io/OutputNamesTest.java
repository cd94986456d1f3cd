package org.hamgam.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        assertThat(OutputNames.safe("a\\b:c*?\"<>|")).isEqualTo("a_b_c______");
        assertThat(OutputNames.safe("CON")).isEqualTo("_CON");
        assertThat(OutputNames.safe("")).isEqualTo("_");
    }

    @Property(tries = 300)
    void everyNameStaysInsideTheOutputFolder(@ForAll String name) {
        Path out = Path.of("/tmp/out");
        assertThat(OutputNames.inside(out, name).getParent()).isEqualTo(out);
    }
}
