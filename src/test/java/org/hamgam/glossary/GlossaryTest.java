package org.hamgam.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Term;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    static Term term(String source, String target, int priority, String origin) {
        return new Term(origin, source, target, "", List.of(), origin, priority);
    }

    @Test
    void emptyIsEmpty() {
        assertThat(Glossary.empty().isEmpty()).isTrue();
        assertThat(Glossary.empty().size()).isZero();
        assertThat(Glossary.empty().warnings()).isEmpty();
    }

    @Test
    void mergesExactDuplicatesAcrossSpellings() {
        Glossary g = Glossary.of(List.of(
                term("زنجیره تامین", "supply chain", 0, "a:1"),
                term("زنجیره تأمین", "Supply  chain", 0, "a:2")));
        assertThat(g.size()).isEqualTo(1);
        assertThat(g.terms().get(0).origin()).isEqualTo("a:1");
        assertThat(g.terms().get(0).variants()).containsExactly("زنجیره تأمین");
        assertThat(g.warnings()).isEmpty();
    }

    @Test
    void keepsAndReportsConflictingTranslations() {
        Glossary a = Glossary.of(List.of(term("کشتی", "ship", 0, "a.tsv:3")));
        Glossary b = Glossary.of(List.of(term("کشتی", "wrestling", 1, "b.tsv:7")));
        Glossary g = Glossary.merge(List.of(a, b));
        assertThat(g.terms()).extracting(Term::target).containsExactly("ship", "wrestling");
        assertThat(g.warnings()).singleElement().asString()
                .contains("کشتی", "ship", "a.tsv:3", "wrestling", "b.tsv:7");
    }

    @Test
    void mergeOrdersByPriorityAndKeepsRowWarningsOnce() {
        Glossary low = Glossary.build(List.of(term("نفت", "petroleum", 1, "low:1")), List.of("low:9: bad row"));
        Glossary high = Glossary.of(List.of(term("نفت", "oil", 0, "high:1"), term("گاز", "gas", 0, "high:2")));
        Glossary g = Glossary.merge(List.of(low, high));
        assertThat(g.terms()).extracting(Term::target).containsExactly("oil", "gas", "petroleum");
        assertThat(g.warnings()).hasSize(2);
        assertThat(g.warnings().get(0)).isEqualTo("low:9: bad row");
        Glossary again = Glossary.merge(List.of(g));
        assertThat(again.warnings()).isEqualTo(g.warnings());
    }

    @Test
    void isImmutable() {
        Glossary g = Glossary.of(List.of(term("نفت", "oil", 0, "x:1")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.terms().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void termsRepairedAsTheTextKeepEverythingButTheirSpelling() {
        Glossary g = Glossary.of(List.of(new Term("a:1", "تفاهم نامه", "memorandum of understanding", "MoU",
                List.of("یادداشت تفاهم", "تفاهمنامه"), "a:1", 0))).withWarnings(List.of("a note"));
        Glossary repaired = g.withSources(s -> s.replace(' ', '\u200c'));
        assertThat(repaired.terms()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo("تفاهم\u200cنامه");
            // the solid spelling folds to the term's own key: matching finds it without handing it on
            assertThat(t.variants()).containsExactly("یادداشت تفاهم");
            assertThat(t.target()).isEqualTo("memorandum of understanding");
            assertThat(t.note()).isEqualTo("MoU");
        });
        assertThat(repaired.warnings()).containsExactly("a note");
        assertThat(Glossary.empty().withSources(s -> "x")).isSameAs(Glossary.empty());
    }

    @Test
    void keepingTheWrittenSpellingKeepsEveryListedVariant() {
        Glossary g = Glossary.of(List.of(new Term("a:1", "تفاهم نامه", "memorandum of understanding", "",
                List.of("تفاهمنامه"), "a:1", 0)));
        assertThat(g.withSources(s -> s.replace(' ', '\u200c'), true).terms()).singleElement()
                .satisfies(t -> assertThat(t.variants()).containsExactly("تفاهم نامه", "تفاهمنامه"));
    }
}
