package org.hamgam.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.model.TermHit;
import org.junit.jupiter.api.Test;

class StandardAlignerTest {
    private final SentenceAligner aligner = Aligners.standard();

    @Test
    void findsEveryBeadTypeInAHandMadePair() {
        List<Segment> en = TestSegments.lines(Lang.EN,
                "The conference on water policy opened in Geneva on 14 March 2019 with 250 delegates from 42"
                        + " countries.",
                "Minister Olga Petrova gave the opening address and thanked the Swiss hosts for their generous support"
                        + " of the event over many months of preparation.",
                "The budget for 2020 was approved.",
                "It amounts to 3.5 million francs.",
                "Delegates from Kenya and Peru asked for more funding for rural wells and for training programs",
                "because droughts have doubled since 2010, they said.",
                "The afternoon session covered desalination in Morocco, groundwater monitoring in Jordan and flood"
                        + " insurance in Bangladesh, each presented by a national expert.",
                "Voting took place at 17:30.",
                "The resolution passed with 38 votes.",
                "Four countries abstained.",
                "Coffee and pastries were served in the lobby while the delegates waited.",
                "The next conference will be held in Nairobi in 2022.");
        List<Segment> fr = TestSegments.lines(Lang.OTHER,
                "La conférence sur la politique de l'eau s'est ouverte à Genève le 14 mars 2019 avec 250 délégués de"
                        + " 42 pays.",
                "La ministre Olga Petrova a prononcé le discours d'ouverture.",
                "Elle a remercié les hôtes suisses pour leur soutien généreux à l'événement pendant de longs mois de"
                        + " préparation.",
                "Plusieurs journalistes de la presse locale assistaient à cette première séance.",
                "Le budget pour 2020, qui s'élève à 3,5 millions de francs, a été approuvé.",
                "Les délégués du Kenya et du Pérou ont demandé davantage de fonds pour les puits ruraux, car les"
                        + " sécheresses ont doublé depuis 2010.",
                "Ils ont aussi demandé des programmes de formation.",
                "La séance de l'après-midi a porté sur le dessalement au Maroc.",
                "Elle a aussi traité de la surveillance des eaux souterraines en Jordanie.",
                "Enfin, l'assurance contre les inondations au Bangladesh a été présentée par un expert national.",
                "Le vote a eu lieu à 17 h 30 et la résolution a été adoptée par 38 voix, quatre pays s'étant abstenus.",
                "La prochaine conférence se tiendra à Nairobi en 2022.");

        Alignment alignment = aligner.align(en, fr);

        assertThat(TestSegments.notation(alignment.beads())).containsExactly(
                "[0]:[0]", "[1]:[1, 2]", "[]:[3]", "[2, 3]:[4]", "[4, 5]:[5, 6]", "[6]:[7, 8, 9]",
                "[7, 8, 9]:[10]", "[10]:[]", "[11]:[11]");
        assertThat(alignment.beads()).allSatisfy(b -> assertThat(b.score()).isBetween(0.0, 1.0));
        assertThat(alignment.beads()).filteredOn(b -> BeadType.isLarge(b.source().size(), b.target().size()))
                .as("the large beads the pair was built with, each flagged for review").hasSize(3)
                .allSatisfy(b -> assertThat(b.score()).isLessThan(0.5));
        assertThat(alignment.quality()).isBetween(0.5, 1.0);
    }

    @Test
    void numbersAndNamesPullBeadsRightWhenLengthsMislead() {
        // The second Persian sentence has no translation; by length it would take the place of the third.
        List<Segment> fa = TestSegments.lines(Lang.FA,
                "در سال ۱۹۹۸ قرارداد همکاری اقتصادی امضا شد.",
                "این قرارداد ۱۲ بند داشت و در ۳۰۰ صفحه تنظیم شده بود.",
                "لوکاشنکو به مینسک بازگشت.");
        List<Segment> en = TestSegments.lines(Lang.EN,
                "The economic cooperation agreement was signed in 1998.",
                "Lukashenko then returned to Minsk.");
        StandardAligner lengthOnly = new StandardAligner(new AlignerOptions(0.5, false),
                StandardAligner.Weights.DEFAULT.withContentOff());
        assertThat(TestSegments.notation(lengthOnly.align(fa, en).beads()))
                .as("lengths alone go wrong").isNotEqualTo(List.of("[0]:[0]", "[1]:[]", "[2]:[1]"));

        assertThat(TestSegments.notation(aligner.align(fa, en).beads()))
                .containsExactly("[0]:[0]", "[1]:[]", "[2]:[1]");
    }

    @Test
    void glossaryTermsOnBothSidesDecideWhichSentenceHasNoTranslation() {
        List<Segment> fa = TestSegments.lines(Lang.FA,
                "واکسن را باید در یخچال نگه داشت.",
                "بیمار باید استراحت کند و آب بنوشد.",
                "ماسک را باید هر روز عوض کرد.");
        List<Segment> en = TestSegments.lines(Lang.EN,
                "Keep the vaccine in a fridge.",
                "Change the mask every day.");
        List<List<TermHit>> faTerms = List.of(List.of(hit("vaccine", "واکسن")), List.of(hit("rest", "استراحت")),
                List.of(hit("mask", "ماسک")));
        List<List<TermHit>> enTerms = List.of(List.of(hit("vaccine", "vaccine")), List.of(hit("mask", "mask")));

        Alignment alignment = aligner.align(fa, en, faTerms, enTerms);

        assertThat(TestSegments.notation(alignment.beads())).containsExactly("[0]:[0]", "[1]:[]", "[2]:[1]");
    }

    @Test
    void findsATwoThreeBeadWhenTheSentenceBreaksFallDifferently() {
        List<Segment> en = TestSegments.lines(Lang.EN,
                "The conference opened in Geneva on 14 March 2019.",
                "Delegates from 42 countries attended, and the budget of 3.5 million francs",
                "was approved by 38 votes on the second day, after a long debate about 12 new projects.",
                "The next conference will be held in Nairobi in 2022.");
        List<Segment> fr = TestSegments.lines(Lang.OTHER,
                "La conférence s'est ouverte à Genève le 14 mars 2019.",
                "Des délégués de 42 pays étaient présents.",
                "Le budget de 3,5 millions de francs a été approuvé par 38 voix le deuxième jour.",
                "Le débat sur 12 nouveaux projets avait été long.",
                "La prochaine conférence se tiendra à Nairobi en 2022.");

        assertThat(TestSegments.notation(aligner.align(en, fr).beads()))
                .containsExactly("[0]:[0]", "[1, 2]:[1, 2, 3]", "[3]:[4]");
    }

    @Test
    void aRunOfUntranslatedLinesSeenInTheFirstPassIsDeletedWholeInTheSecond() {
        String[][] pairs = {
            {"Die Expedition verliess Kathmandu am 3. April mit 120 Trägern.",
                "L'expédition quitta Katmandou le 3 avril avec 120 porteurs."},
            {"Nach zwei Wochen erreichte sie das Basislager am Khumbu-Gletscher.",
                "Après deux semaines, elle atteignit le camp de base sur le glacier du Khumbu."},
            {"Das Wetter blieb bis zum 20. April schlecht, und der Schnee lag 2 m tief.",
                "Le temps resta mauvais jusqu'au 20 avril et la neige était profonde de 2 m."},
            {"Erst am 5. Mai konnte der Aufstieg beginnen.", "L'ascension ne put commencer que le 5 mai."},
            {"Zwei Seilschaften erreichten den Gipfel am 23. und 24. Mai.",
                "Deux cordées atteignirent le sommet les 23 et 24 mai."},
            {"Alle Teilnehmer kehrten gesund nach Hause zurück.",
                "Tous les participants rentrèrent chez eux en bonne santé."},
        };
        // Picture captions between two paragraphs, found only in the French edition.
        List<String> captions = List.of("Photo : Fondation suisse pour la recherche alpine",
                "Le Lhotse et l'Everest vus du sud, au petit matin", "Planche II : le camp de base sur la moraine",
                "Vue du sud-ouest depuis le col, en automne", "Photo : A. Reist, membre de l'expédition",
                "Carte du massif avec les itinéraires suivis", "Les porteurs au passage d'une rivière");
        List<String> de = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            de.add(pairs[k][0]);
            fr.add(pairs[k][1]);
            if (k == 2) {
                fr.addAll(captions);
            }
        }
        List<Segment> source = TestSegments.lines(Lang.OTHER, de.toArray(String[]::new));
        List<Segment> target = TestSegments.lines(Lang.OTHER, fr.toArray(String[]::new));
        List<String> expected = new ArrayList<>(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"));
        for (int j = 3; j < 3 + captions.size(); j++) {
            expected.add("[]:[" + j + "]");
        }
        expected.addAll(List.of("[3]:[10]", "[4]:[11]", "[5]:[12]"));

        List<String> first = TestSegments.notation(
                Aligners.standard(new AlignerOptions(0.5, false)).align(source, target).beads());
        assertThat(first).as("one caption at a time, one is cheaper hidden in a neighbouring bead")
                .isNotEqualTo(expected).contains("[]:[5]", "[]:[6]", "[]:[7]");
        assertThat(TestSegments.notation(aligner.align(source, target).beads())).containsExactlyElementsOf(expected);
    }

    @Test
    void worksWithoutAnyLanguageSpecificSignal() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            source.add("x".repeat(20 + (i * 37) % 90));
            target.add("y".repeat((int) ((20 + (i * 37) % 90) * 1.2)));
        }
        Alignment alignment = aligner.align(TestSegments.lines(Lang.OTHER, source.toArray(String[]::new)),
                TestSegments.lines(Lang.OTHER, target.toArray(String[]::new)));
        assertThat(alignment.beads()).hasSize(30).allSatisfy(b -> assertThat(b.type()).isEqualTo("1-1"));
        assertThat(alignment.warnings()).isEmpty();
    }

    @Test
    void aPairThatIsNotATranslationIsReportedNotForced() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            source.add("Sentence number " + (i + 100) + " of a long report that says a great deal about many"
                    + " things in considerable detail.");
            if (i % 4 == 0) {
                target.add("Kurz.");
            }
        }
        Alignment alignment = aligner.align(TestSegments.lines(Lang.EN, source.toArray(String[]::new)),
                TestSegments.lines(Lang.OTHER, target.toArray(String[]::new)));

        assertThat(alignment.warnings()).anySatisfy(w -> assertThat(w).contains("may not be translations"));
        assertThat(alignment.quality()).isLessThan(0.5);
        assertCovers(alignment.beads(), source.size(), target.size());
    }

    @Test
    void emptySidesGiveDeletionsAndAWarning() {
        Alignment alignment = aligner.align(TestSegments.lines(Lang.EN, "One.", "Two."), List.of());
        assertThat(TestSegments.notation(alignment.beads())).containsExactly("[0]:[]", "[1]:[]");
        assertThat(alignment.warnings()).isNotEmpty();
        assertThat(aligner.align(List.of(), List.of()).beads()).isEmpty();
    }

    @Test
    void lowConfidenceBeadsAreCountedAgainstTheReviewThreshold() {
        List<Segment> en = TestSegments.lines(Lang.EN, "Alpha beta gamma.", "Delta epsilon.");
        List<Segment> fr = TestSegments.lines(Lang.OTHER, "Un deux trois quatre.", "Cinq six.");
        Alignment strict = Aligners.standard(new AlignerOptions(1.0)).align(en, fr);
        assertThat(strict.warnings()).anySatisfy(w -> assertThat(w).contains("a confidence below"));
        Alignment lax = Aligners.standard(new AlignerOptions(0.0)).align(en, fr);
        assertThat(lax.warnings()).noneSatisfy(w -> assertThat(w).contains("a confidence below"));
    }

    @Test
    void sameInputsGiveIdenticalAlignments() {
        List<Segment> fa = TestSegments.lines(Lang.FA, "در سال ۲۰۲۲ حمله آغاز شد.", "لوکاشنکو به مینسک رفت.",
                "این جمله در متن انگلیسی ترجمه نشده است و مترجم آن را کنار گذاشته است.", "۴۷٪ صادرات به روسیه رفت.");
        List<Segment> en = TestSegments.lines(Lang.EN, "The invasion began in 2022.", "Lukashenko went to Minsk.",
                "Some 47% of exports went to Russia.");
        Alignment first = aligner.align(fa, en);
        Alignment second = Aligners.standard().align(fa, en);
        assertThat(second).isEqualTo(first);
        assertThat(TestSegments.notation(first.beads())).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]");
    }

    static void assertCovers(List<Bead> beads, int n, int m) {
        int i = 0;
        int j = 0;
        for (Bead b : beads) {
            for (int s : b.source()) {
                assertThat(s).isEqualTo(i++);
            }
            for (int t : b.target()) {
                assertThat(t).isEqualTo(j++);
            }
        }
        assertThat(i).isEqualTo(n);
        assertThat(j).isEqualTo(m);
    }

    private static TermHit hit(String id, String surface) {
        return new TermHit(id, id, id, 0, surface.length(), surface);
    }
}
