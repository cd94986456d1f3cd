package org.hamgam.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hamgam.model.QaPair;
import org.hamgam.model.TmxUnit;

/**
 * Reads pairs from a TMX: the Persian variant ({@code fa}, {@code pes}, {@code per}, or failing those the header's
 * {@code srclang}) is the source whatever the header says, the English one ({@code en}, {@code eng}, or failing
 * those any other) the target. A unit without a source is an error naming its line; one without a target is a pair
 * with an empty target, for the checks to report.
 */
final class TmxPairReader implements PairReader {
    private static final Set<String> PERSIAN = Set.of("fa", "pes", "per");
    private static final Set<String> ENGLISH = Set.of("en", "eng");

    @Override
    public List<QaPair> read(String name, byte[] content) throws IOException {
        List<QaPair> pairs = new ArrayList<>();
        TmxReader.read(new ByteArrayInputStream(content), name, new TmxReader.Handler() {
            private String srcLang = "";

            @Override
            public void header(String srcLang) {
                this.srcLang = srcLang.toLowerCase(Locale.ROOT);
            }

            @Override
            public void unit(TmxUnit unit) throws MalformedFileException {
                pairs.add(pair(name, unit, srcLang));
            }
        });
        return pairs;
    }

    private static QaPair pair(String name, TmxUnit unit, String srcLang) throws MalformedFileException {
        Optional<TmxUnit.Variant> source = first(unit, PERSIAN);
        if (source.isEmpty()) {
            source = unit.variants().stream().filter(v -> v.lang().equals(srcLang)).findFirst();
        }
        if (source.isEmpty()) {
            throw new MalformedFileException(name, unit.line(), unit.column(),
                    "tu without a Persian (or source-language) <tuv><seg>");
        }
        String sourceLang = source.get().lang();
        Optional<TmxUnit.Variant> target = first(unit, ENGLISH)
                .or(() -> unit.variants().stream().filter(v -> !v.lang().equals(sourceLang)).findFirst());
        String id = unit.id().isEmpty() ? "tu" + unit.number() : unit.id();
        return QaPair.of(id, source.get().text(), target.map(TmxUnit.Variant::text).orElse(""));
    }

    /** The first variant whose primary language subtag is one of {@code languages}. */
    private static Optional<TmxUnit.Variant> first(TmxUnit unit, Set<String> languages) {
        return unit.variants().stream().filter(v -> languages.contains(v.lang().split("[-_]", 2)[0])).findFirst();
    }
}
