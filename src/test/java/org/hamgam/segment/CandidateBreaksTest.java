package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.junit.jupiter.api.Test;

/** The segmenter for alignment cuts at candidate breaks as well; the one {@code segment} uses never does. */
class CandidateBreaksTest {
    @Test
    void aColonBeforeACapitalIsACandidateInLatinScript() {
        String text = "The main findings at autopsy are: Macroscopy shows pleurisy. It ends at 8:00 a.m. daily.";
        assertThat(pieces(Segmenters.forAlignment(Lang.EN), Lang.EN, text)).containsExactly(
                "The main findings at autopsy are:", "Macroscopy shows pleurisy.", "It ends at 8:00 a.m. daily.");
        assertThat(pieces(Segmenters.forLanguage(Lang.EN), Lang.EN, text)).containsExactly(
                "The main findings at autopsy are: Macroscopy shows pleurisy.", "It ends at 8:00 a.m. daily.");
    }

    @Test
    void aColonBeforeAQuotationIsACandidate() {
        String french = "En 1930 déjà, j'écrivais à ce sujet: « Malgré son altitude, il ne forme pas la ligne.";
        assertThat(new CandidateBreaks(Lang.OTHER).in(french)).containsExactly(french.indexOf('«'));
        assertThat(new CandidateBreaks(Lang.EN).in("He said: \"no\" twice")).isEmpty();
    }

    @Test
    void aSentenceOpenerAfterAnUnmarkedWordIsACandidate() {
        String english = "Trends of COVID-19 in the UK The trends have followed those of Hubei.";
        assertThat(new CandidateBreaks(Lang.EN).in(english)).containsExactly(english.indexOf("The"));
        // After a comma, or a word that is no opener, or one glued to what follows, it is none.
        assertThat(new CandidateBreaks(Lang.EN).in("As it was, The Lancet said so, and Theirs too")).isEmpty();
        assertThat(new CandidateBreaks(Lang.EN).in("published in The-Lancet")).isEmpty();
        String german = "Expedition zum Everest 1956 Die Mannschaft brach im März auf.";
        assertThat(new CandidateBreaks(Lang.OTHER).in(german)).containsExactly(german.indexOf("Die"));
        assertThat(new CandidateBreaks(Lang.FA).in("گزارش سالانه The report")).isEmpty();
    }

    @Test
    void aColonBeforeANumberOrAQuotedLowerCaseWordIsNone() {
        CandidateBreaks breaks = new CandidateBreaks(Lang.EN);
        assertThat(breaks.in("a ratio of 3: 1 was seen")).isEmpty();
        assertThat(breaks.in("the word: \"ribavirin\" again")).isEmpty();
        assertThat(breaks.in("see http://example.org/A")).isEmpty();
        assertThat(breaks.in("ends with a colon:")).isEmpty();
        String german = "Für die Franzosen eine heikle Situation: Der Weg";
        assertThat(new CandidateBreaks(Lang.OTHER).in(german)).containsExactly(german.indexOf("Der"));
    }

    @Test
    void aColonBeforeALowerCaseWordIsACandidate() {
        String french = "Les parois ne laissent aucun espoir: l'arête SE n'est guère encourageante.";
        assertThat(new CandidateBreaks(Lang.OTHER).in(french)).containsExactly(french.indexOf("l'arête"));
        String english = "Ribavirin: ribavirin was recommended";
        assertThat(new CandidateBreaks(Lang.EN).in(english)).containsExactly(english.indexOf("ribavirin"));
        assertThat(new CandidateBreaks(Lang.OTHER).in("à 8:30 heures")).isEmpty();
    }

    @Test
    void aListItemAfterAColonASemicolonOrAFullStopIsACandidate() {
        String french = "trois sources d'erreurs: a) la réfraction; b) la déviation. c) les réductions au géoïde.";
        assertThat(new CandidateBreaks(Lang.OTHER).in(french)).containsExactly(french.indexOf("a)"),
                french.indexOf("b)"), french.indexOf("c)"));
        String english = "The rules say: 1. Expeditions pay a fee; 2) they hire a liaison officer.";
        assertThat(new CandidateBreaks(Lang.EN).in(english)).containsExactly(english.indexOf("1."),
                english.indexOf("2)"));
        // A ratio, a decimal, a word after a semicolon and a letter without its bracket are no list items.
        assertThat(new CandidateBreaks(Lang.EN).in("a ratio of 3: 1 was seen; 2.5 times; a new one")).isEmpty();
    }

    @Test
    void aCapitalisedWordAfterAHeadingInCapitalsIsACandidate() {
        String german = "MIT NACHTRÄGEN VON G.O.DYHRENFURTH Mit 3 Bildern";
        assertThat(new CandidateBreaks(Lang.OTHER).in(german)).containsExactly(german.indexOf("Mit 3"));
        // One word in capitals is an acronym more often than a heading.
        assertThat(new CandidateBreaks(Lang.OTHER).in("der UNO Generalsekretär sprach")).isEmpty();
        assertThat(new CandidateBreaks(Lang.EN).in("the WHO COVID-19 Situation report")).isEmpty();
        assertThat(new CandidateBreaks(Lang.FA).in("گزارش THE NEW Report")).isEmpty();
    }

    @Test
    void aColonBeforeAWordIsACandidateInPersian() {
        String text = "روش درست شامل مراحل زیر است: دست‌ها را با آب خیس کنید. ساعت ۸:۰۰ صبح است.";
        assertThat(pieces(Segmenters.forAlignment(Lang.FA), Lang.FA, text)).containsExactly(
                "روش درست شامل مراحل زیر است:", "دست‌ها را با آب خیس کنید.", "ساعت ۸:۰۰ صبح است.");
        assertThat(pieces(Segmenters.forLanguage(Lang.FA), Lang.FA, text)).hasSize(2);
    }

    @Test
    void aLabelAfterAnUnmarkedWordIsACandidateInEnglishAndPersian() {
        String english = "in alveolar cavities and pulmonary interstitial fibrosis Blood: disseminated coagulation";
        assertThat(new CandidateBreaks(Lang.EN).in(english)).containsExactly(english.indexOf("Blood"),
                english.indexOf("disseminated"));
        String persian = "در حفره‌های حبابی و فیبروز شکافی تنفسی خون: انعقاد منتشر";
        assertThat(new CandidateBreaks(Lang.FA).in(persian)).containsExactly(persian.indexOf("خون:"),
                persian.indexOf("انعقاد"));
        // A verb before the colon introduces what follows; a label among a sentence's first words is its own.
        String said = "وزیر بهداشت به خبرنگاران گفت: واکسن می‌رسد";
        assertThat(new CandidateBreaks(Lang.FA).in(said)).containsExactly(said.indexOf("واکسن"));
        String heading = "ذات الریه خفیف: ادم تنفسی";
        assertThat(new CandidateBreaks(Lang.FA).in(heading)).containsExactly(heading.indexOf("ادم"));
        // German writes every noun with a capital.
        String german = "auf einige der wichtigsten Publikationen hinzuweisen: Literatur";
        assertThat(new CandidateBreaks(Lang.OTHER).in(german)).containsExactly(german.indexOf("Literatur"));
    }

    @Test
    void piecesStillCoverTheWholeText() {
        String text = "Blood: Disseminated coagulation.\n\nLabel: Value: Another one.\n";
        SegmentedDocument doc = Segmenters.forAlignment(Lang.EN).segment(new Document("d", Lang.EN, text));
        assertThat(doc.reassemble()).isEqualTo(text);
        assertThat(doc.segments()).extracting(Segment::paragraph).containsExactly(0, 0, 2, 2, 2);
    }

    static List<String> pieces(SentenceSegmenter segmenter, Lang lang, String text) {
        return segmenter.segment(new Document("d", lang, text)).segments().stream().map(Segment::original).toList();
    }
}
