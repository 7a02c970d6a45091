package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Lang;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The real bge-small-zh model on answers drawn from a block and on made-up answers about the same subject; prints the
 * scores from which {@link Grounding#threshold} was chosen.
 */
class GroundingTest {
    static final String BLOCK_ZH = "青溪县图书馆去年在三个乡镇分馆试用了借阅机器人，夜间借书量增加了四成，"
            + "馆方计划明年把机器人推广到全县十二个分馆。";
    static final String BLOCK_EN = "Qingxi County Library tried lending robots in three township branches last year; night-time"
            + " borrowing rose by 40 percent, and the library plans to bring the robots to all twelve branches next year.";
    static final List<String> DRAWN_ZH = List.of("试用借阅机器人后，分馆夜间借书量增加了约四成。",
            "馆方计划明年把借阅机器人推广到全县十二个分馆。");
    static final List<String> MADE_UP_ZH = List.of("图书馆因经费不足关闭了所有乡镇分馆。",
            "借阅机器人由一家德国公司免费提供，并能自动翻译外文书。");
    static final List<String> DRAWN_EN = List.of("After the lending robots were tried, night-time borrowing at the branches rose by about 40 percent.",
            "The library plans to bring the lending robots to all twelve county branches next year.");
    static final List<String> MADE_UP_EN = List.of("The library closed all of its township branches for lack of money.",
            "The lending robots were donated by a German company and can translate foreign books automatically.");

    private final Grounding grounding = new Grounding();

    @Test
    void answersDrawnFromTheirBlockScoreAboveTheThresholdAndMadeUpOnesBelow() {
        double zh = Grounding.threshold(Lang.ZH);
        double en = Grounding.threshold(Lang.EN);
        for (String answer : DRAWN_ZH) assertThat(score("drawn zh", answer, BLOCK_ZH)).isGreaterThanOrEqualTo(zh);
        for (String answer : MADE_UP_ZH) assertThat(score("made-up zh", answer, BLOCK_ZH)).isLessThan(zh);
        for (String answer : DRAWN_EN) assertThat(score("drawn en", answer, BLOCK_EN)).isGreaterThanOrEqualTo(en);
        for (String answer : MADE_UP_EN) assertThat(score("made-up en", answer, BLOCK_EN)).isLessThan(en);
    }

    @Test
    void anAnswerDrawnFromOneSentenceOfALongBlockIsSupportedAndAMadeUpOneIsNot() {
        String longBlock = BLOCK_ZH + "分馆的工作人员每周两次为机器人补充图书，并记录读者的意见。"
                + "县文化局表示，推广所需的经费将从明年的公共文化预算中列支。"
                + "部分老年读者起初不会使用扫码取书，馆方为此在每个分馆安排了志愿者。"
                + "此外，图书馆还打算在暑假期间为中小学生开设阅读课程。";
        double zh = Grounding.threshold(Lang.ZH);
        assertThat(score("drawn zh, long block", "县文化局说，推广经费会从明年的公共文化预算里出。", longBlock)).isGreaterThanOrEqualTo(zh);
        for (String answer : MADE_UP_ZH) assertThat(score("made-up zh, long block", answer, longBlock)).isLessThan(zh);
    }

    @Test
    void anAnswerIsScoredByTheBestOfItsCitedBlocks() {
        double alone = grounding.support(DRAWN_ZH.get(0), List.of(BLOCK_ZH));
        double withAnother = grounding.support(DRAWN_ZH.get(0), List.of("今年春天雨水偏多，茶叶采摘推迟了两周。", BLOCK_ZH));
        assertThat(withAnother).isEqualTo(alone);
        assertThat(grounding.support(DRAWN_ZH.get(0), List.of())).isZero();
    }

    private double score(String kind, String answer, String block) {
        double score = grounding.support(answer, List.of(block));
        System.out.printf(Locale.ROOT, "grounding %-10s %.3f  %s%n", kind, score, answer);
        return score;
    }
}
