package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;

class AlignmentPropertiesTest {
    private static final Set<String> TYPES = Set.of("1-1", "1-0", "0-1", "2-1", "1-2", "2-2", "3-1", "1-3", "2-3",
            "3-2", "4-1", "1-4", "3-3");
    private final SentenceAligner aligner = Aligners.standard();

    @Property(tries = 60)
    void everySentenceIsInExactlyOneBeadInOrder(@ForAll("sentences") List<String> source,
                                                @ForAll("sentences") List<String> target) {
        Alignment alignment = aligner.align(TestSegments.lines(Lang.FA, source.toArray(String[]::new)),
                TestSegments.lines(Lang.EN, target.toArray(String[]::new)));

        StandardAlignerTest.assertCovers(alignment.beads(), source.size(), target.size());
        for (Bead b : alignment.beads()) {
            assertThat(TYPES).contains(b.type());
            assertThat(b.score()).isBetween(0.0, 1.0);
        }
        assertThat(alignment.quality()).isBetween(0.0, 1.0);
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFG").ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().withChars("ابپتجچدرسشکگلمنوهی").ofMinLength(1).ofMaxLength(7),
                Arbitraries.strings().withChars("0123456789۰۱۲۳۴۵۶۷۸۹").ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("?", "؟", "«", "»", ",", "."));
        Arbitrary<String> sentence = word.list().ofMinSize(0).ofMaxSize(14).map(w -> String.join(" ", w));
        return sentence.list().ofMinSize(0).ofMaxSize(45);
    }
}
