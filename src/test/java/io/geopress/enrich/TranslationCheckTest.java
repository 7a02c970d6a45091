package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Lang;
import org.junit.jupiter.api.Test;

class TranslationCheckTest {
    private static final String ZH = "2025年3月8日起，青溪县图书馆的ShelfBot机器人让夜间借书量增加了40%，全年借出1,200本书。";
    private static final String EN = "Since March 8, 2025, the ShelfBot robots of Qingxi County Library have raised night-time borrowing"
            + " by 40%, lending 1200 books over the year.";

    @Test
    void aFaithfulTranslationPasses() {
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, EN)).isEmpty();
        assertThat(TranslationCheck.failures(EN, Lang.EN, ZH)).isEmpty();
    }

    @Test
    void aDroppedPercentageNumberDateOrNameIsNamed() {
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, EN.replace("40%", "a lot"))).containsExactly("drops \"40%\"");
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, EN.replace("1200", "many"))).containsExactly("drops \"1200\"");
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, EN.replace("March 8, 2025", "last spring")))
                .containsExactly("drops the date \"2025年3月8日\"");
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, EN.replace("ShelfBot", "lending"))).containsExactly("drops the name \"ShelfBot\"");
    }

    @Test
    void numbersMayBeRescaledOrSpelledOut() {
        assertThat(TranslationCheck.failures("全县共有3亿元预算和12个分馆，去年新增了两个。", Lang.ZH,
                "The county has a budget of 300 million yuan and 12 branches; two were added last year.")).isEmpty();
        assertThat(TranslationCheck.failures("The county added 2 branches and 1.5 million books.", Lang.EN, "全县新增两个分馆和150万册图书。"))
                .isEmpty();
        assertThat(TranslationCheck.failures("增长了31%。", Lang.ZH, "It grew by 31 percent.")).isEmpty();
    }

    @Test
    void aTranslationFarShorterOrLongerThanItsSourceFails() {
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, "ShelfBot: 40%, 1200, March 8, 2025.")).singleElement().asString()
                .startsWith("is too short (");
        assertThat(TranslationCheck.failures(ZH, Lang.ZH, EN + " And so on.".repeat(60))).singleElement().asString()
                .startsWith("is too long (");
        assertThat(TranslationCheck.failures("图书馆", Lang.ZH, "The library of the county, as everyone calls it here")).isEmpty();
    }

    @Test
    void inEnglishOnlyWordsATranslationKeepsInLatinLettersAreNames() {
        assertThat(TranslationCheck.failures("China and the GPT-4o model: a note for Library readers in the county.", Lang.EN,
                "中国与GPT-4o模型：写给县图书馆读者的说明。")).isEmpty();
    }

    @Test
    void aWebAddressInTheTextMustBeKeptExactly() {
        String zh = "县图书馆的夜间开放时间和借书规则，详情见 https://library.example.org/night 的说明。";
        String en = "The night opening hours and lending rules of the county library are explained at https://library.example.org/night.";
        assertThat(TranslationCheck.failures(zh, Lang.ZH, en)).isEmpty();
        assertThat(TranslationCheck.failures(zh, Lang.ZH, en.replace("/night", "/nights")))
                .containsExactly("drops or changes the address \"https://library.example.org/night\"");
    }
}
