package org.hamgam.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.hamgam.io.WordList;
import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.junit.jupiter.api.Test;

/** The one test that starts LanguageTool (English and Persian); it takes several seconds. */
class LanguageToolChecksTest {

    @Test
    void spellingGrammarAndSourceFindingsWithGlossaryNamesAccepted() {
        QaRunner runner = QaRunner.standard(Set.of("Shahed-136", "Lukashenko"), Set.of("Tachipirina"));
        List<QaPair> pairs = List.of(
                QaPair.of("s1", "لوکاشنکو با تیم شاهد-۱۳۶ دیدار کرد.", "Lukashenko met the the Shahed-136 team."),
                QaPair.of("s2", "این یک  جمله جمله است.", "Thsi is a sentence."),
                // A word of the user's list, in another case and with a plural ending.
                QaPair.of("s3", "تاکیپیرینا بخورید.", "Take tachipirinas for the fever."),
                // A common older spelling of مؤثر: a hint about the source, not a warning.
                QaPair.of("s4", "این روش موثر است.", "This method is effective."),
                // A ZWNJ after و changes nothing on screen: a hint too.
                QaPair.of("s5", "حمل\u200Cو\u200Cنقل عمومی تعطیل شد.", "Public transport was closed."),
                // The currency as English news about Iran writes it, and as the currency check suggests it.
                QaPair.of("s6", "قیمت ۱۲ هزار تومان شد.", "The price rose to 12,000 tomans."));
        List<Issue> issues = runner.run(pairs);
        assertThat(issues).filteredOn(i -> i.code().equals("spelling"))
                .singleElement().satisfies(i -> {
                    assertThat(i.segment()).isEqualTo("s2");
                    assertThat(pairs.get(1).target().substring(i.start(), i.end())).isEqualTo("Thsi");
                    assertThat(i.suggestion()).isEqualTo("This");
                });
        // A doubled word is an error a reviewer must see, not a hint; said once, by the doubled-word check.
        assertThat(issues).filteredOn(i -> i.code().equals("doubled-word"))
                .extracting(Issue::segment, Issue::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", org.hamgam.model.Severity.WARNING));
        assertThat(issues).filteredOn(i -> i.code().equals("grammar")).isEmpty();
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.segment()).isIn("s2", "s4", "s5"));
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-") && i.segment().equals("s2"))
                .extracting(Issue::severity).contains(org.hamgam.model.Severity.WARNING);
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-") && i.segment().equals("s4"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(org.hamgam.model.Severity.INFO));
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-") && i.segment().equals("s5"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(org.hamgam.model.Severity.INFO));
        // Source findings come after the target's for the same pair.
        int lastTarget = -1;
        int firstSource = Integer.MAX_VALUE;
        for (int k = 0; k < issues.size(); k++) {
            if (issues.get(k).segment().equals("s2")) {
                if (issues.get(k).code().startsWith("source-")) {
                    firstSource = Math.min(firstSource, k);
                } else {
                    lastTarget = k;
                }
            }
        }
        assertThat(lastTarget).isLessThan(firstSource);
    }

    @Test
    void britishAndAmericanSpellingsRareWordsAndNamesAgainstTheSource() {
        List<QaPair> pairs = List.of(
                QaPair.of("s1", "کشاورزان مزارع را شخم می‌زنند.", "Farmers are ploughing the fields in a sizeable area."),
                QaPair.of("s2", "کنی میلر گل زد.", "Kenny Miler scored."),
                QaPair.of("s3", "سلول‌های چندهسته‌ای دیده شد.", "Multinucleated cells and a brainstem lesion were seen."),
                QaPair.of("s4", "صبحانه خوردیم.", "We had breakast."),
                QaPair.of("s5", "رنگ دیوار.", "The color of the wall."));
        List<Issue> both = QaRunner.standard(Set.of()).run(pairs).stream()
                .filter(i -> i.code().equals("spelling")).toList();
        // Both variants are right by default; a name one doubled letter from a known one that the source writes
        // alike is a warning; a word made of known parts is a hint; a slip of the keyboard is a warning.
        assertThat(both).filteredOn(i -> i.segment().equals("s1") || i.segment().equals("s5")).isEmpty();
        assertThat(both).filteredOn(i -> i.segment().equals("s2")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.suggestion()).isEqualTo("Miller");
        });
        assertThat(both).filteredOn(i -> i.segment().equals("s3"))
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        assertThat(both).filteredOn(i -> i.segment().equals("s4")).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
        List<Issue> british = QaRunner.standard(Set.of(), Set.of(), "en-GB").run(pairs).stream()
                .filter(i -> i.code().equals("spelling") && i.severity() == Severity.WARNING).toList();
        assertThat(british).extracting(Issue::segment).contains("s5").doesNotContain("s1");
    }

    @Test
    void initialsAreNoDoubledWordAndStyleIsAHint() {
        List<Issue> issues = QaRunner.standard(Set.of()).run(List.of(
                QaPair.of("s1", "حسین و همکاران", "Hussein A A and colleagues studied it."),
                QaPair.of("s2", "حزب کارگر", "He joined the labour party in December of 2019.")));
        assertThat(issues).filteredOn(i -> i.code().equals("grammar"))
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void formatPlaceholdersAreNoWordsNorDoubledWords() {
        List<Issue> issues = QaRunner.standard(Set.of()).run(List.of(
                QaPair.of("s1", "%s%s رمزگذاری: %s %s", "%s%s Encoding: %s %s"),
                QaPair.of("s2", "%i صفحه", "%i pages"),
                QaPair.of("s3", "%d ویدیو", "%d videos"),
                QaPair.of("s4", "%d ویدیو", "%d vidoes")));
        List<Issue> warnings = issues.stream().filter(i -> i.severity() != Severity.INFO).toList();
        assertThat(warnings).extracting(Issue::segment).doesNotContain("s1", "s2", "s3");
        assertThat(warnings).filteredOn(i -> i.code().equals("spelling")).extracting(Issue::segment).contains("s4");
    }

    @Test
    void errorsBothSidesShowOnPurposeAcceleratorsAndSpeciesNamesAreNoSlips() {
        List<Issue> issues = QaRunner.standard(Set.of()).run(List.of(
                QaPair.of("s1", "تکرار کلمه (برای نمونه 'شد شد')", "Word repetition (e.g. 'will will')"),
                QaPair.of("s2", "اجرا به‌عنوان کارساز در درگاه", "Run as server on po&rt"),
                QaPair.of("s4", "او به به خانه رفت.", "He went home."),
                QaPair.of("s5", "او به خانه رفت.", "He went to to the house."),
                QaPair.of("s6", "از خفاش نعل اسبی جدا شد.", "It was isolated from Rhinolophus affinis bats."),
                QaPair.of("s7", "مثلا با تلفن", "eg by phone"),
                QaPair.of("s8", "_دست‌اندرکاران", "C_redits"),
                QaPair.of("s9", "_ترتیب صفحه‌ها:", "Page or_dering:"),
                QaPair.of("s10", "_اندازه:", "Si_ze:"),
                QaPair.of("s11", "_ترتیب صفحه‌ها:", "Page orde_rr:"),
                QaPair.of("s12", "حسین A A گفت که می‌آید.", "Hussein A. A. said he would come.")));
        List<Issue> warnings = issues.stream().filter(i -> i.severity() != Severity.INFO).toList();
        assertThat(warnings).extracting(Issue::segment)
                .doesNotContain("s1", "s2", "s6", "s7", "s8", "s9", "s10", "s12");
        // Latin initials in the Persian are doubled for its rules, but not Persian: a hint only.
        assertThat(issues).filteredOn(i -> i.segment().equals("s12") && i.code().startsWith("source-"))
                .isNotEmpty();
        // A shortcut mark inside a word the dictionary does not know without it hides no slip.
        assertThat(warnings).filteredOn(i -> i.code().equals("spelling")).extracting(Issue::segment).contains("s11");
        // A doubled word on one side only is still a warning, in the source and in the translation.
        assertThat(warnings).filteredOn(i -> i.segment().equals("s4")).extracting(Issue::code)
                .anyMatch(c -> c.startsWith("source-"));
        assertThat(warnings).filteredOn(i -> i.segment().equals("s5")).extracting(Issue::code)
                .containsExactly("doubled-word");
        assertThat(issues).filteredOn(i -> i.segment().equals("s1") && i.code().equals("doubled-word"))
                .extracting(Issue::severity).containsExactly(Severity.INFO);
        assertThat(DoubledWords.in("برای برای نمایش")).isTrue();
        assertThat(DoubledWords.in("Hussein A A")).isFalse();
        assertThat(DoubledWords.in("the end. The start")).isFalse();
    }

    @Test
    void persianReduplicationIsAHintAndADoubledWordTheLexiconNeverDoublesAWarning() {
        List<Issue> issues = QaRunner.standard(Set.of()).run(List.of(
                QaPair.of("s1", "حذف تک تک موارد انتخاب شده", "Delete each selected item"),
                QaPair.of("s2", "هوا کم کم سرد شد.", "The air gradually grew cold."),
                QaPair.of("s3", "خطا خطا در تغییر نام پرونده", "Error renaming the file"),
                QaPair.of("s4", "ایجاد و و ویرایش پیوندها", "Create and edit links")));
        // The rule still finds the reduplication, as a hint about the source.
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-") && i.segment().equals("s1"))
                .extracting(Issue::severity).contains(Severity.INFO);
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-") && i.severity() != Severity.INFO)
                .extracting(Issue::segment).contains("s3", "s4").doesNotContain("s1", "s2");
        // said as what it is, with nothing to delete; the slips keep LanguageTool's word
        assertThat(issues).filteredOn(i -> i.code().startsWith("source-") && i.segment().equals("s1"))
                .filteredOn(i -> i.message().contains("تک تک")).singleElement().satisfies(i -> {
                    assertThat(i.message()).startsWith("«تک تک» is Persian reduplication").doesNotContain("typo");
                    assertThat(i.suggestion()).isEmpty();
                });
        assertThat(issues).filteredOn(i -> i.segment().equals("s3") && i.code().startsWith("source-"))
                .extracting(Issue::message).noneMatch(m -> m.contains("reduplication"));
        // the Persian rules' own quotes «…» take no quotes of ours inside, and no double space
        assertThat(issues).extracting(Issue::message)
                .noneMatch(m -> m.contains("«\"") || m.contains("\"»") || m.contains("  "));
    }

    @Test
    void aNameDiffersFromAKnownOneByADoubledLetterOnly() {
        assertThat(LanguageToolChecks.onlyDoubling("Miler", "Miller")).isTrue();
        assertThat(LanguageToolChecks.onlyDoubling("Nipah", "Nipa")).isFalse();
        assertThat(LanguageToolChecks.onlyDoubling("Macroscopy", "Microscopy")).isFalse();
        assertThat(Transliteration.latin("Miller")).isEqualTo(Transliteration.persian("میلر"));
        assertThat(Transliteration.latin("Kenny")).isEqualTo(Transliteration.persian("کنی"));
        assertThat(Transliteration.writtenIn("camelids", Transliteration.skeletons("کاملیدها نیز"), 3)).isTrue();
        assertThat(Transliteration.writtenIn("apelin", Transliteration.skeletons("آپلین، نوروتنسین"), 3)).isTrue();
        assertThat(Transliteration.writtenIn("breakast", Transliteration.skeletons("صبحانه خوردیم"), 3)).isFalse();
    }

    @Test
    void aLikelyTypoIsOneEditFromASuggestion() {
        assertThat(LanguageToolChecks.oneEdit("thsi", "this")).isTrue();
        assertThat(LanguageToolChecks.oneEdit("recieve", "receive")).isTrue();
        assertThat(LanguageToolChecks.oneEdit("feverr", "fever")).isTrue();
        assertThat(LanguageToolChecks.oneEdit("fver", "fever")).isTrue();
        assertThat(LanguageToolChecks.oneEdit("fevar", "fever")).isTrue();
        assertThat(LanguageToolChecks.oneEdit("fever", "fever")).isFalse();
        assertThat(LanguageToolChecks.oneEdit("rhinorrhea", "gonorrhea")).isFalse();
        assertThat(LanguageToolChecks.oneEdit("abcd", "badc")).isFalse();
        assertThat(LanguageToolChecks.isOneEditAway("Thsi", List.of("This", "Thai"))).isTrue();
        assertThat(LanguageToolChecks.isOneEditAway("desquamation", List.of("defamation"))).isFalse();
        assertThat(LanguageToolChecks.isOneEditAway("sorta", List.of())).isFalse();
    }

    @Test
    void aWordListReadsPlainListsAndHunspellDictionaries() {
        assertThat(WordList.parse(List.of("3", "myalgia/S", "rhinorrhea", "", "# a note", "dyspnea/MS")))
                .containsExactly("myalgia", "rhinorrhea", "dyspnea");
        assertThat(WordList.parse(List.of("Tachipirina", "N95", "1918"))).containsExactly("Tachipirina", "N95", "1918");
    }

    @Test
    void codeAndNamesAreNotProseAndRareWordsAreHints() {
        QaRunner runner = QaRunner.standard(Set.of());
        List<QaPair> pairs = List.of(
                QaPair.of("c1", "فرمان vlc -I qt را اجرا کنید.", "Open a terminal and run \"vlc -I qt\" again."),
                QaPair.of("c2", "اگر use_custom_default_size به کار نیفتاده باشد، اثری ندارد.",
                        "Has no effect if use_custom_default_size is not enabled."),
                QaPair.of("c3", "پهنای نوار برای انجام", "Width of the To Do bar in the main window"),
                QaPair.of("c4", "از قلم هم‌عرض استفاده می‌شود.", "The terminal will use the font if it is monospace."),
                QaPair.of("r1", "قالب زمانی ۱۲ ساعتی", "12 hour time format"),
                QaPair.of("r2", "در برابر باد", "They stood agains the wind."),
                QaPair.of("r3", "نادیده گرفتن فاصله‌ها", "Ignore whitespaces at the end of the line."));
        List<Issue> warnings = runner.run(pairs).stream()
                .filter(i -> i.severity() != org.hamgam.model.Severity.INFO
                        && (i.code().equals("grammar") || i.code().equals("spelling")))
                .toList();
        assertThat(warnings).extracting(Issue::segment).containsExactlyInAnyOrder("r1", "r2", "r3");
    }

    @Test
    void codeSpansAndSlipsOfCommonWords() {
        String line = "run vlc -I qt or set use_custom_default_size in org.gnome.Terminal at /usr/share/x, e.g. now";
        assertThat(CodeSpans.of(line)).extracting(s -> line.substring(s[0], s[1]))
                .containsExactly("-I qt", "use_custom_default_size", "org.gnome.Terminal", "/usr/share/x");
        assertThat(CodeSpans.of("It rained.The end, in the U.S. and a well-known non-English text.")).isEmpty();
        assertThat(LanguageToolChecks.nearCommonWord("agains", List.of("against", "again"))).isTrue();
        assertThat(LanguageToolChecks.nearCommonWord("titer", List.of("titre", "titter"))).isFalse();
        assertThat(LanguageToolChecks.hyphenatingName("To Do", List.of("To-Do"))).isTrue();
        assertThat(LanguageToolChecks.hyphenatingName("12 hour", List.of("12-hour"))).isFalse();
    }
}
