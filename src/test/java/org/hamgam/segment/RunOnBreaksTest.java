package org.hamgam.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hamgam.model.Lang;
import org.junit.jupiter.api.Test;

/** A paragraph of transcribed speech is cut where one utterance may end and the next begin; edited prose is not. */
class RunOnBreaksTest {
    @Test
    void aCaselessEnglishParagraphIsCutBeforeAClauseOpener() {
        String text = "and how high has your fever been and i have a cough too";
        assertThat(CandidateBreaksTest.pieces(Segmenters.forAlignment(Lang.EN), Lang.EN, text)).containsExactly(
                "and how high has your fever been", "and i have a cough too");
        assertThat(CandidateBreaksTest.pieces(Segmenters.forLanguage(Lang.EN), Lang.EN, text)).containsExactly(text);
    }

    @Test
    void editedEnglishProseIsNotCut() {
        RunOnBreaks breaks = new RunOnBreaks(Lang.EN);
        assertThat(breaks.runsOn("And how high has your fever been and I have a cough too")).isFalse();
        assertThat(breaks.runsOn("and how high has your fever been and i have a cough too.")).isFalse();
        // Too short to hold several utterances.
        assertThat(breaks.runsOn("and how high has your fever been")).isFalse();
        assertThat(new RunOnBreaks(Lang.OTHER).runsOn("und wie hoch war das fieber und ich huste auch noch viel"))
                .isFalse();
    }

    @Test
    void aCandidateLeavesNoPieceOfOneWordAndFollowsNoFunctionWord() {
        RunOnBreaks breaks = new RunOnBreaks(Lang.EN);
        assertThat(breaks.in("are you having any difficulty breathing now")).isEmpty();
        String text = "i think that it is the flu and it will pass";
        assertThat(breaks.in(text)).containsExactly(text.indexOf("and"));
    }

    @Test
    void anUnmarkedPersianParagraphIsCutAfterAVerb() {
        String text = "و تب شما چقدر بالا بوده است و سرفه هم می‌کنم و امروز درد شدیدی در قفسه سینه دارم";
        assertThat(CandidateBreaksTest.pieces(Segmenters.forAlignment(Lang.FA), Lang.FA, text)).containsExactly(
                "و تب شما چقدر بالا بوده است", "و سرفه هم می‌کنم", "و امروز درد شدیدی در قفسه سینه دارم");
        assertThat(CandidateBreaksTest.pieces(Segmenters.forLanguage(Lang.FA), Lang.FA, text)).containsExactly(text);
    }

    @Test
    void aPersianParagraphWithAFullStopOrAComplementClauseIsNotCut() {
        RunOnBreaks breaks = new RunOnBreaks(Lang.FA);
        assertThat(breaks.runsOn("و تب شما چقدر بالا بوده است. و سرفه هم می‌کنم و امروز درد شدیدی دارم")).isFalse();
        // A question mark ends an utterance of a transcript as well.
        assertThat(breaks.runsOn("و تب شما چقدر بالا بوده است و سرفه هم می‌کنید و امروز درد شدیدی دارید؟")).isTrue();
        String text = "او به خبرنگاران گفت که این طرح در سال آینده اجرا می‌شود";
        assertThat(breaks.in(text)).isEmpty();
    }

    @Test
    void persianVerbsAreToldFromNounsThatLookLikeThem() {
        assertThat(List.of("است", "می‌کنم", "نمی‌دانید", "داشتم", "دارید", "بنوشید", "فرستاد",
                "شده‌اید", "داشته‌ام"))
                .allMatch(RunOnBreaks::isPersianVerb);
        assertThat(List.of("میلیارد", "درد", "سینه", "سینه‌ام", "کشور", "دیابت")).noneMatch(RunOnBreaks::isPersianVerb);
    }
}
