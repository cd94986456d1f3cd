package org.hamgam.qa;

import org.hamgam.model.QaPair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.glossary.Glossary;
import org.hamgam.model.Term;
import org.hamgam.model.Issue;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.Test;

class CommentVariantsTest {
    @Test
    void quotedEnglishIsAcceptedUnlessTheCommentRejectsOrOnlyExplainsIt() {
        assertThat(CommentVariants.of("place; also \"America\" / \"American\" in attributive use"))
                .containsExactly("America", "American");
        assertThat(CommentVariants.of("place; \"the United States\"")).containsExactly("the United States");
        assertThat(CommentVariants.of("geography; \"southeastern\" before a noun")).containsExactly("southeastern");
        assertThat(CommentVariants.of("place; not \"Kiev\"")).isEmpty();
        assertThat(CommentVariants.of("place; not \"Kiev\" or \"Kiew\"")).isEmpty();
        assertThat(CommentVariants.of("politics; lit. \"power-seeking\"")).isEmpty();
        assertThat(CommentVariants.of("person; as in \"Assad regime\"")).isEmpty();
        assertThat(CommentVariants.of("avoid \"X\", also \"Y\"")).containsExactly("Y");
        assertThat(CommentVariants.of("also spelled \"زنجیره تأمین\"")).isEmpty();
        assertThat(CommentVariants.of("person")).isEmpty();
        assertThat(CommentVariants.of("")).isEmpty();
    }

    private static final Term AMERICA = new Term("g:1", "آمریکا", "United States",
            "place; also \"America\" / \"American\" in attributive use", List.of(), "g:1", 0);
    private static final Term WEAPONS = new Term("g:2", "تسلیحات", "weapons", "", List.of(), "g:2", 0)
            .withTargetVariants(List.of("arms"));

    private static List<Issue> terminology(Term term, String source, String target) {
        TermAlternatives alternatives = new TermAlternatives(Glossary.of(List.of(term)));
        int at = source.indexOf(term.source());
        TermHit hit = new TermHit(term.id(), term.source(), term.target(), at, at + term.source().length(),
                term.source());
        return new TerminologyCheck().check(List.of(new QaPair("1", source, target,
                alternatives.expand(List.of(hit)), List.of())));
    }

    @Test
    void theTerminologyCheckAcceptsTheVariantsAnEntryNames() {
        assertThat(terminology(AMERICA, "قدرت‌طلبی آمریکا", "American hegemonism")).isEmpty();
        assertThat(terminology(AMERICA, "قدرت‌طلبی آمریکا", "the hegemonism of the United States")).isEmpty();
        assertThat(terminology(AMERICA, "قدرت‌طلبی آمریکا", "the United States' hegemonism")).isEmpty();
        assertThat(terminology(WEAPONS, "تسلیحات ارسال شد", "Arms were sent")).isEmpty();
        assertThat(terminology(WEAPONS, "تسلیحات ارسال شد", "Weapons were sent")).isEmpty();
        assertThat(terminology(AMERICA, "قدرت‌طلبی آمریکا", "Russian hegemonism")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("\"United States\"", "\"American\""));
        assertThat(terminology(WEAPONS, "تسلیحات ارسال شد", "Troops were sent")).hasSize(1);
    }

    @Test
    void aCurrencyTermIsFoundByItsSymbol() {
        Term dollar = new Term("g:3", "دلار", "dollar", "", List.of(), "g:3", 0);
        assertThat(terminology(dollar, "۱۲۰ میلیون دلار", "$120 million")).isEmpty();
        assertThat(terminology(dollar, "۱۲۰ میلیون دلار", "120 million")).hasSize(1);
    }
}
