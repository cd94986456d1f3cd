package org.hamgam.io;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * Opens TMX and XLIFF 1.2 with Okapi's filters, as Rainbow and Tikal do for a project in the given languages,
 * and returns the translatable units with the target they carry in the target language.
 */
final class OkapiFilters {
    private OkapiFilters() {
    }

    /** A text unit as a CAT tool sees it: the source text and the target text (empty when it has none). */
    record Unit(String id, String source, String target, boolean translatable) {
    }

    static List<Unit> tmx(String xml, String sourceLang, String targetLang) {
        return read(new TmxFilter(), xml, sourceLang, targetLang);
    }

    static List<Unit> xliff12(String xml, String sourceLang, String targetLang) {
        return read(new XLIFFFilter(), xml, sourceLang, targetLang);
    }

    private static List<Unit> read(IFilter filter, String xml, String sourceLang, String targetLang) {
        LocaleId target = LocaleId.fromString(targetLang);
        List<Unit> units = new ArrayList<>();
        try (filter; RawDocument document = new RawDocument(xml, LocaleId.fromString(sourceLang), target)) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    TextContainer translation = unit.getTarget(target);
                    units.add(new Unit(unit.getId(), unit.getSource().toString(),
                            translation == null ? "" : translation.toString(), unit.isTranslatable()));
                }
            }
        }
        return units;
    }
}
