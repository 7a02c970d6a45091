package io.geopress.measure.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Answers written for the test, scored by hand in the comments. Weights: with N sentences the i-th (0-based) weighs
 * e^(−i/(N−1)); e^−0.5 = 0.606531, e^−1 = 0.367879. English words of one or two characters do not count; every Han
 * character counts one.
 */
class AnswerScoreTest {
    private static final Offset<Double> CLOSE = within(1e-6);

    @Test
    void aSentenceCitingTwoSourcesSharesItsWordsEquallyBetweenThem() {
        // s0 "Solar panels cost less every year" 6 words → [1]
        // s1 "Wind turbines produce cheap power at scale" 6 words ("at" too short) → [1][2], 3 each
        // s2 "Storage remains expensive today" 4 words → [3]
        // words: 1 = 6 + 3 = 9, 2 = 3, 3 = 4; total 16 → share 0.5625, 0.1875, 0.25
        // weighted: 1 = 6·1 + 3·0.606531 = 7.819592, 2 = 1.819592, 3 = 4·0.367879 = 1.471518; sum 11.110702
        // → pawc 0.703789, 0.163769, 0.132441
        AnswerScore score = scored("Solar panels cost less every year [1]. Wind turbines produce cheap power at "
                + "scale [1][2]. Storage remains expensive today [3].", 3, 3, 16);
        assertShares(score, 0.5625, 0.1875, 0.25);
        assertPawc(score, 0.703789209, 0.163769312, 0.132441479);
        assertThat(score.sources()).extracting(SourceScore::citations).containsExactly(2, 1, 1);
        assertThat(score.sources()).extracting(SourceScore::firstSentence).containsExactly(0, 1, 2);
        assertThat(score.sources().get(0).words()).isCloseTo(9, CLOSE);
        assertThat(score.hallucinated()).isEmpty();
    }

    @Test
    void aCitationAfterTheFullStopAndListsWithCommasCiteTheSentenceBefore() {
        // s0 "Prices fell 3.5 percent in the U.S. market, e.g. for panels." — not split at 3.5, U.S. or e.g.;
        //    words Prices fell 3.5 percent the U.S market e.g for panels = 10 ("in" too short); "[1, 2]" follows
        //    the full stop and still cites s0: 5 words each to 1 and 2
        // s1 "Installers expect more growth" 4 words → [2,3]: 2 each
        // words: 1 = 5, 2 = 7, 3 = 2; total 14
        // weighted (N = 2: 1, e^−1): 1 = 5, 2 = 5 + 2·0.367879 = 5.735759, 3 = 0.735759; sum 11.471518
        // → pawc 0.435862, 0.5 exactly ((5 + 2e^−1) / (10 + 4e^−1)), 0.064138
        AnswerScore score = scored("Prices fell 3.5 percent in the U.S. market, e.g. for panels. [1, 2] "
                + "Installers expect more growth [2,3].", 3, 2, 14);
        assertShares(score, 5 / 14.0, 7 / 14.0, 2 / 14.0);
        assertPawc(score, 0.435862115, 0.5, 0.064137885);
        assertThat(score.sources()).extracting(SourceScore::firstSentence).containsExactly(0, 0, 1);
    }

    @Test
    void anAnswerWithoutCitationsGivesEachSourceAnEqualPartAndCitesNone() {
        // words: Nothing here cited (3) + Still answer (2) + Another paragraph (2) = 7 in 3 sentences
        AnswerScore score = scored("Nothing here is cited. Still an answer.\n\nAnother paragraph.", 4, 3, 7);
        assertShares(score, 0.25, 0.25, 0.25, 0.25);
        assertPawc(score, 0.25, 0.25, 0.25, 0.25);
        assertThat(score.citesAny()).isFalse();
        assertThat(score.sources()).extracting(SourceScore::firstSentence).containsOnly(-1);
    }

    @Test
    void refAndCaretFormsAreCitationsWhileZeroAndOutOfRangeNumbersAreHallucinatedAndScoreNothing() {
        // s0 "Heat pumps save energy" 4 → [ref_1]
        // s1 "They work in cold climates" 4 ("in" too short) → [^2][0]: 0 is hallucinated, all 4 words to 2
        // s2 "Old boilers waste fuel" 4 → [7] with 3 sources: hallucinated, its words go to no source
        // words: 1 = 4, 2 = 4, 3 = 0 → share 0.5, 0.5, 0
        // weighted: 1 = 4, 2 = 4·0.606531 = 2.426123, 3 = 0 → pawc 1 / (1 + e^−0.5) = 0.622459, 0.377541, 0
        AnswerScore score = scored("Heat pumps save energy [ref_1]. They work in cold climates [^2][0]. "
                + "Old boilers waste fuel [7].", 3, 3, 12);
        assertShares(score, 0.5, 0.5, 0);
        assertPawc(score, 0.622459331, 0.377540669, 0);
        assertThat(score.hallucinated()).containsExactly(0, 7);
        assertThat(score.sources()).extracting(SourceScore::cited).containsExactly(true, true, false);
    }

    @Test
    void chineseIsCountedByCharactersAndFullWidthBracketsAreCitations() {
        // s0 "光伏组件价格持续下降" 10 characters → 【1】
        // s1 "风电成本同样走低" 8 → 【1】【2】: 4 each
        // s2 "储能仍然昂贵" 6 → 【3】
        // words: 1 = 14, 2 = 4, 3 = 6; total 24
        // weighted: 1 = 10 + 4·0.606531 = 12.426123, 2 = 2.426123, 3 = 6·0.367879 = 2.207277; sum 17.059522
        // → pawc 0.728398, 0.142215, 0.129387
        AnswerScore score = scored("光伏组件价格持续下降【1】。风电成本同样走低【1】【2】。储能仍然昂贵【3】。", 3, 3, 24);
        assertShares(score, 14 / 24.0, 4 / 24.0, 6 / 24.0);
        assertPawc(score, 0.728398058, 0.142215160, 0.129386782);
    }

    @Test
    void chineseCitationsAfterTheStopBelongToTheSentenceBeforeAndMixedSentencesCountBothScripts() {
        // s0 "电池寿命达到10年。" 7 characters ("10" too short) → "[1, 2]" after 。: 3.5 each
        // s1 "用户满意吗？" 5 → 【2】 after ？
        // s2 "是的，AI芯片很便宜；" 7 characters ("AI" too short) → [ref_3] and 【0】 at the end (hallucinated)
        // words: 1 = 3.5, 2 = 8.5, 3 = 7; total 19
        // weighted: 1 = 3.5, 2 = 3.5 + 5·0.606531 = 6.532653, 3 = 7·0.367879 = 2.575156; sum 12.607809
        // → pawc 0.277606, 0.518143, 0.204251
        AnswerScore score = scored("电池寿命达到10年。[1, 2]用户满意吗？【2】是的，AI芯片很便宜；[ref_3]【0】", 3, 3, 19);
        assertShares(score, 3.5 / 19, 8.5 / 19, 7 / 19.0);
        assertPawc(score, 0.277605720, 0.518143406, 0.204250874);
        assertThat(score.hallucinated()).containsExactly(0);
        assertThat(score.sources()).extracting(SourceScore::citations).containsExactly(1, 2, 1);
    }

    @Test
    void aChineseAnswerCitingOnlyOutOfRangeSourcesIsScoredAsOneWithoutCitations() {
        AnswerScore score = AnswerScore.of("只有一句话【9】。\n\n没有别的引用。", 2);
        assertShares(score, 0.5, 0.5);
        assertPawc(score, 0.5, 0.5);
        assertThat(score.citesAny()).isFalse();
        assertThat(score.hallucinated()).containsExactly(9);
    }

    @Test
    void aOneSentenceAnswerWeighsItsSentenceOne() {
        // N = 1: weight 1; "唯一的句子" 5 characters to source 1 of 2
        AnswerScore score = AnswerScore.of("唯一的句子[1]", 2);
        assertThat(score.sources().get(0).words()).isCloseTo(5, CLOSE);
        assertPawc(score, 1, 0);
    }

    /** The score of {@code answer} for {@code sources} sources, checked to have this many sentences and words. */
    private static AnswerScore scored(String answer, int sources, int sentences, int words) {
        AnswerScore score = AnswerScore.of(answer, sources);
        assertThat(score.sentences()).as("sentences").isEqualTo(sentences);
        assertThat(score.words()).as("words").isEqualTo(words);
        return score;
    }

    private static void assertShares(AnswerScore score, double... expected) {
        assertThat(score.sources()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) assertThat(score.sources().get(i).share()).as("share " + (i + 1)).isCloseTo(expected[i], CLOSE);
    }

    private static void assertPawc(AnswerScore score, double... expected) {
        assertThat(score.sources()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) assertThat(score.sources().get(i).pawc()).as("pawc " + (i + 1)).isCloseTo(expected[i], CLOSE);
        assertThat(score.sources().stream().mapToDouble(SourceScore::pawc).sum()).isCloseTo(1, CLOSE);
    }

    @Test
    void citationMarksOfEveryFormAreFound() {
        assertThat(Citations.mark("a [1] b [1][2] c [1, 2] d [1,2] e [^3] f [ref_1] g 【1】【2】 h [0] i [x] j [1a]").marks())
                .isEqualTo(List.of(List.of(1), List.of(1), List.of(2), List.of(1, 2), List.of(1, 2), List.of(3), List.of(1),
                        List.of(1), List.of(2), List.of(0)));
    }
}
