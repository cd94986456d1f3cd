package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.junit.jupiter.api.Test;

class QaRunnerTest {

    @Test
    void fastRunnerHasTheFastChecksInOrder() {
        assertThat(QaRunner.withoutLanguageTool().checks()).extracting(Check::code)
                .containsExactlyElementsOf(QaRunner.FAST_CODES)
                .containsExactly("terminology", "number", "untranslated", "same-as-source", "length", "omission",
                        "inconsistent", "punctuation", "whitespace", "space-before-period", "date", "currency",
                        "near-miss", "placeholder", "doubled-word");
    }

    @Test
    void findingsAreSortedByPairThenOffsetThenCode() {
        List<QaPair> pairs = List.of(
                QaPair.of("b", "در سال ۲۰۲۲ «بله»", "In  2021 \"yes"),
                QaPair.of("a", "سلام", ""),
                QaPair.of("c", "خوب", "Good"));
        List<Issue> issues = QaRunner.withoutLanguageTool().run(pairs);
        assertThat(issues).extracting(Issue::segment).containsExactly("b", "b", "b", "a");
        assertThat(issues).extracting(Issue::code).containsExactly("whitespace", "number", "punctuation",
                "untranslated");
        assertThat(issues).extracting(Issue::start).containsExactly(2, 4, 9, 0);
    }

    @Test
    void aCheckAddedByTheCallerRunsToo() {
        Check always = new Check() {
            @Override
            public String code() {
                return "custom";
            }

            @Override
            public List<Issue> check(List<QaPair> pairs) {
                return List.of(new Issue("custom", org.hamgam.model.Severity.INFO, pairs.get(0).id(), -1, -1, "m",
                        ""));
            }
        };
        assertThat(QaRunner.of(List.of(always)).run(List.of(QaPair.of("x", "a", "b"))))
                .extracting(Issue::code).containsExactly("custom");
    }

    @Property(tries = 50)
    void resultsDoNotDependOnTheOrderChecksReport(@ForAll @StringLength(max = 40) String source,
                                                  @ForAll @StringLength(max = 40) String target) {
        List<QaPair> pairs = List.of(QaPair.of("p1", source, target), QaPair.of("p2", target, source),
                QaPair.of("p3", source, source));
        List<Check> checks = new ArrayList<>(QaRunner.withoutLanguageTool().checks());
        List<Issue> forward = QaRunner.of(checks).run(pairs);
        Collections.reverse(checks);
        assertThat(QaRunner.of(checks).run(pairs)).isEqualTo(forward);
        for (Issue issue : forward) {
            assertThat(issue.start()).isLessThanOrEqualTo(issue.end());
            if (issue.start() >= 0) {
                String text = pairs.stream().filter(p -> p.id().equals(issue.segment())).findFirst().orElseThrow()
                        .target();
                assertThat(issue.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}
