package org.hamgam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZwnjErrorKindTest {
    @ParameterizedTest
    @CsvSource({
            "مدیر, عامل, INVISIBLE",
            "کتاب, های, PLURAL",
            "بزرگ, ترین, COMPARATIVE",
            "خانه, ای, ENCLITIC",
            "زندگی, شان, ENCLITIC",
            "می, شود, VERB_PREFIX",
            "بی, شک, PREFIX",
            "حذف, شده, PARTICIPLE",
            "کشتی, رانی, COMPOUND",
            "صنعت, ترکیب, COMPOUND"
    })
    void readsTheKindFromTheWordsAroundTheGap(String left, String right, ZwnjErrorKind kind) {
        assertThat(ZwnjErrorKind.of(left, right)).isEqualTo(kind);
    }
}
