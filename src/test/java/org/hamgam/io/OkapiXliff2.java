package org.hamgam.io;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Reads XLIFF 2 with Okapi's XLIFF 2 library, every validation on, as Okapi Rainbow, Tikal and CheckMate open a
 * file: the schemas and also the rules of the specification no schema can express (a segment in every unit, a
 * unit or group in every file, unique identifiers, matching inline codes).
 */
final class OkapiXliff2 {
    private OkapiXliff2() {
    }

    /** What Okapi read: the languages and the units in document order. */
    record Read(StartXliffData start, List<Unit> units) {
    }

    /** Throws Okapi's own exception, naming the element, when {@code xml} breaks the specification. */
    static Read read(String xml) {
        List<Unit> units = new ArrayList<>();
        StartXliffData start = null;
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(xml);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    start = event.getStartXliffData();
                } else if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }
        return new Read(start, units);
    }
}
