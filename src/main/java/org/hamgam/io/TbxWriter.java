package org.hamgam.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Term;

/**
 * Writes terms as TBX (v2, the version OmegaT reads, by default; v3 on request), through the same {@link XmlOut}
 * as the XLIFF and TMX writers so that every XML file is escaped alike. Variants go in the Persian language
 * section, English synonyms in the English one. Output is deterministic: terms in the order given, LF line ends.
 */
public final class TbxWriter {
    /** The TBX edition to write. */
    public enum TbxVersion {
        /** ISO 30042:2008, {@code <martif>}: the version OmegaT reads. */
        V2,
        /** ISO 30042:2019, {@code <tbx>} with concept entries, DCA style, TBX-Basic dialect. */
        V3
    }

    private TbxWriter() {
    }

    /** TBX v2 with the default language tags. */
    public static void write(List<Term> terms, Writer out) throws IOException {
        write(terms, out, TbxVersion.V2, LanguageTags.DEFAULT);
    }

    /** TBX with the given language tags on the Persian and the English term sections. */
    public static void write(List<Term> terms, Writer out, TbxVersion version, LanguageTags languages)
            throws IOException {
        boolean v3 = version == TbxVersion.V3;
        XmlOut x = new XmlOut(out);
        x.declaration();
        if (v3) {
            x.start("tbx", "xmlns", "urn:iso:std:iso:30042:ed-2", "type", "TBX-Basic", "style", "dca",
                    "xml:lang", languages.source());
        } else {
            x.start("martif", "type", "TBX", "xml:lang", languages.source());
        }
        x.nested("Persian-English term base written by Hamgam",
                v3 ? "tbxHeader" : "martifHeader", "fileDesc", "sourceDesc", "p");
        x.start("text");
        // An empty term base still gets <body> and </body> on lines of their own, as it always has.
        x.start("body").withEndTag();
        int n = 0;
        for (Term t : terms) {
            n++;
            x.start(v3 ? "conceptEntry" : "termEntry", "id", "t" + n);
            if (!t.note().isEmpty()) {
                x.leaf("note", t.note());
            }
            langSection(x, v3, languages.source(), t.source(), t.variants());
            // a candidate from Persian alone has no English; an empty term would read as one to OmegaT and memoQ
            if (!t.target().isBlank() || !t.targetVariants().isEmpty()) {
                langSection(x, v3, languages.target(), t.target(), t.targetVariants());
            }
            x.end();
        }
        x.finish();
    }

    /** TBX v2 with the default language tags, as a string. */
    public static String toTbx(List<Term> terms) {
        return toTbx(terms, TbxVersion.V2, LanguageTags.DEFAULT);
    }

    /** TBX of the given version and language tags, as a string. */
    public static String toTbx(List<Term> terms, TbxVersion version, LanguageTags languages) {
        StringWriter s = new StringWriter();
        try {
            write(terms, s, version, languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static void langSection(XmlOut x, boolean v3, String lang, String term, List<String> variants)
            throws IOException {
        x.start(v3 ? "langSec" : "langSet", "xml:lang", lang);
        x.nested(term, v3 ? "termSec" : "tig", "term");
        for (String v : variants) {
            x.nested(v, v3 ? "termSec" : "tig", "term");
        }
        x.end();
    }
}
