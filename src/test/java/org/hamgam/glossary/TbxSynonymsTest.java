package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hamgam.io.TbxWriter;
import org.hamgam.model.Term;
import org.junit.jupiter.api.Test;

class TbxSynonymsTest {
    private static final String TBX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <text><body>
                <conceptEntry id="c1">
                  <langSec xml:lang="fa"><termSec><term>تسلیحات</term></termSec></langSec>
                  <langSec xml:lang="en">
                    <termSec><term>weapons</term></termSec>
                    <termSec><term>arms</term></termSec>
                    <termSec><term>weaponry</term></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """;

    private static Glossary read(String tbx) throws Exception {
        return GlossaryReader.read("t.tbx", new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), 0);
    }

    @Test
    void furtherEnglishTermsOfAnEntryAreItsSynonymsAndAreWrittenBack() throws Exception {
        Term t = read(TBX).terms().get(0);
        assertThat(t.target()).isEqualTo("weapons");
        assertThat(t.targetVariants()).containsExactly("arms", "weaponry");
        String v2 = TbxWriter.toTbx(read(TBX).terms());
        assertThat(read(v2).terms().get(0).targetVariants()).containsExactly("arms", "weaponry");
    }
}
