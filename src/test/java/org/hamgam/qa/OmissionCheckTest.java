package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

class OmissionCheckTest {
    private static List<Issue> omissions(String source, String target) {
        return new OmissionCheck().check(List.of(QaPair.of("1", source, target)));
    }

    @Test
    void aSentenceLeftOutIsAWarning() {
        List<Issue> found = omissions("مدیرکل آموزش و پرورش استان گفت که مدارس از شنبه بازگشایی می‌شوند. او همچنین"
                        + " از والدین خواست که فرزندان خود را با رعایت نکات بهداشتی به مدرسه بفرستند.",
                "The provincial director general of education said that schools will reopen on Saturday.");
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("omission");
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("1 sentence for the source's 2");
        });
    }

    @Test
    void aPartWhoseFiguresTheTargetLacksIsNamed() {
        List<Issue> found = omissions("وزیر بهداشت روز دوشنبه اعلام کرد که واکسیناسیون کودکان از هفته آینده در همه"
                        + " استان‌ها آغاز می‌شود. او افزود که ۲ میلیون دوز واکسن از چین وارد کشور شده است.",
                "The health minister announced on Monday that the vaccination of children will begin next week in"
                        + " all provinces.");
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("او افزود که ۲ میلیون").contains("lacks ۲ میلیون");
        });
    }

    @Test
    void aCompleteTranslationOrAMergedSentenceIsNoOmission() {
        assertThat(omissions("بانک مرکزی نرخ بهره را افزایش داد. این تصمیم برای مهار تورم در کشور گرفته شد.",
                "The central bank raised interest rates. The decision was taken to curb inflation in the country."))
                .isEmpty();
        assertThat(omissions("بانک مرکزی نرخ بهره را افزایش داد. این تصمیم برای مهار تورم گرفته شد.",
                "The central bank raised interest rates to curb inflation.")).isEmpty();
        // A converted figure is there in another value.
        assertThat(omissions("هنوز اطلاعاتی درباره مراحل ابتدایی بارداری در دسترس نیست. (اندازه: ۵۳۳ سانتیمتر)",
                "There is no data yet on early pregnancy. (measure: 210 inches)")).isEmpty();
    }

    @Test
    void aShortSourceSaysTooLittle() {
        assertThat(omissions("دولت استعفا داد. مردم شاد شدند.", "The government resigned.")).isEmpty();
    }
}
