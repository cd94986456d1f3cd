package org.hamgam.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * A document with English is cut for alignment, also at candidate breaks; one without English is cut as
 * {@code segment} cuts it, since its segments are what the translator gets.
 */
class AlignmentSegmentationTest {
    private static final String PERSIAN = "گزارش سالانه\n\nعلائم اصلی بیماران عبارت بود از: تب بالا و سرفه خشک."
            + " مدیر بیمارستان گفت که ۱۲ پزشک تازه استخدام خواهند شد.\n";
    private static final String ENGLISH = "Annual report\n\nThe main symptoms of the patients were these: High fever"
            + " and a dry cough. The hospital director said that 12 new doctors will be hired.\n";

    private final Pipeline pipeline = Stages.forPair(Lang.FA, Lang.EN, false, Glossary.empty(), 0.5);

    @Test
    void withEnglishTheLabelAndItsListArePiecesAlignedOneByOne() {
        Bitext bitext = pipeline.process(new Document("d", Lang.FA, PERSIAN),
                Optional.of(new Document("d", Lang.EN, ENGLISH)));

        assertThat(bitext.source().segments()).extracting(Segment::original).containsExactly("گزارش سالانه",
                "علائم اصلی بیماران عبارت بود از:", "تب بالا و سرفه خشک.",
                "مدیر بیمارستان گفت که ۱۲ پزشک تازه استخدام خواهند شد.");
        assertThat(bitext.rows()).extracting(r -> r.bead().notation())
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]");
    }

    @Test
    void withoutEnglishTheSentencesAreThoseSegmentPrints() {
        Bitext bitext = pipeline.process(new Document("d", Lang.FA, PERSIAN), Optional.empty());

        assertThat(bitext.source().segments()).extracting(Segment::original).containsExactly("گزارش سالانه",
                "علائم اصلی بیماران عبارت بود از: تب بالا و سرفه خشک.",
                "مدیر بیمارستان گفت که ۱۲ پزشک تازه استخدام خواهند شد.");
    }
}
