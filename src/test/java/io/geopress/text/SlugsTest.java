package io.geopress.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Lang;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void anEnglishTitleGivesItsWords() {
        assertThat(Slugs.fromEnglish("Why Trams Are Back: Lessons from Lanhe's First Year"))
                .isEqualTo("why-trams-are-back-lessons-from-lanhe-s-first-year");
        assertThat(Slugs.fromEnglish("Café crème à Zürich")).isEqualTo("cafe-creme-a-zurich");
    }

    @Test
    void aChineseTitleGivesPinyinAndKeepsLatinWordsAndNumbers() {
        assertThat(Slugs.fromChinese("重庆的AI茶园?2026年")).isEqualTo("chong-qing-de-ai-cha-yuan-2026-nian");
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.fromChinese("社区图书馆如何用人工智能助手服务老年读者以及他们的家人和邻居们的长期阅读需求");
        assertThat(slug.length()).isLessThanOrEqualTo(64);
        assertThat(slug).startsWith("she-qu-tu-shu-guan").doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void scriptIsDecidedByRatioNotByPresence() {
        assertThat(Script.dominant("The tram depot now doubles as a night market, a real 夜市 for the district.")).isEqualTo(Lang.EN);
        assertThat(Script.dominant("TramLink-3/X2、河西Metro2.0等系统都采用了低地板车辆。")).isEqualTo(Lang.ZH);
    }
}
