package org.hamgam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FairGapsTest {
    private final FairGaps fair = FairGaps.of(Set.of("گروه", "مهم", "دانش"));

    @Test
    void aSuffixAfterAListedStemIsRightJoinedOrWithAZwnj() {
        // گروهها: the gap is before the fifth letter
        assertThat(fair.fairGold("گروهها", Set.of(4), Set.of())).isEmpty();
        assertThat(fair.fairGold("گروهها", Set.of(), Set.of(4))).containsExactly(4);
        assertThat(fair.fairGold("مهمترین", Set.of(3), Set.of(3))).containsExactly(3);
    }

    @Test
    void aSpaceLeftBeforeTheSuffixIsNotOneOfTheRightSpellings() {
        assertThat(fair.fairGold("گروه ها", Set.of(4), Set.of())).containsExactly(4);
        assertThat(fair.fairGold("گروه ها", Set.of(), Set.of(4))).containsExactly(4);
    }

    @Test
    void آنAndاینAreFreeWhateverTheirLength() {
        assertThat(fair.isFree("آنها", 2)).isTrue();
        assertThat(fair.isFree("اینها", 3)).isTrue();
    }

    @Test
    void otherGapsKeepTheGold() {
        assertThat(fair.isFree("دانشگاه", 4)).isFalse(); // گاه is no suffix
        assertThat(fair.isFree("کلاغها", 4)).isFalse(); // کلاغ is not listed
        assertThat(fair.isFree("دوها", 2)).isFalse(); // a stem of two letters
        assertThat(fair.fairGold("دانشگاه", Set.of(4), Set.of())).containsExactly(4);
        assertThat(fair.fairGold("گروهها گروهشان", Set.of(), Set.of(4, 11))).containsExactly(4);
    }
}
