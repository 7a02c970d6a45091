package io.geopress.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractsTest {
    @Test
    void splitsChineseAtItsSentenceEndsKeepingClosingQuotes() {
        assertThat(Extracts.sentences("河水涨了。村里人说：“桥还能走吗？”大家都不知道；只好等着……第二天水退了！"))
                .containsExactly("河水涨了。", "村里人说：“桥还能走吗？”", "大家都不知道；", "只好等着……", "第二天水退了！");
    }

    @Test
    void splitsChineseWithAsciiPunctuationMixedIn() {
        assertThat(Extracts.sentences("这个版本叫 Model-X 2.0 吗?是的,它上周发布.价格不变"))
                .containsExactly("这个版本叫 Model-X 2.0 吗?", "是的,它上周发布.", "价格不变");
    }

    @Test
    void splitsEnglishButKeepsDecimalsAndAbbreviations() {
        assertThat(Extracts.sentences("Rainfall rose 3.5 percent this year. Dr. Lin and Mr. Wu of Acme Inc. agreed, "
                + "e.g. on the dams. Is it enough? \"Not yet!\" she said. Prices fell to $1.25 a litre."))
                .containsExactly("Rainfall rose 3.5 percent this year.",
                        "Dr. Lin and Mr. Wu of Acme Inc. agreed, e.g. on the dams.", "Is it enough?",
                        "\"Not yet!\" she said.", "Prices fell to $1.25 a litre.");
    }

    @Test
    void keepsInitialsAndEllipsesInsideEnglishSentences() {
        assertThat(Extracts.sentences("J. R. Smith wrote it... and then left. The end"))
                .containsExactly("J. R. Smith wrote it... and then left.", "The end");
    }

    @Test
    void leavesOutPiecesWithoutWords() {
        assertThat(Extracts.sentences("第一句。\n——\n第二句。")).containsExactly("第一句。", "第二句。");
    }

    @Test
    void textRankPutsTheCentralEnglishSentenceFirst() {
        List<String> sentences = List.of(
                "The harbour town opened a new ferry line.",
                "The ferry line links the harbour town with the island market every morning.",
                "Island farmers take their vegetables to the market by ferry.",
                "Tourists also use the ferry to visit the island.",
                "A storm closed the road last winter.");
        assertThat(Extracts.byRank(sentences, Lang.EN).get(0)).isEqualTo(1);
        assertThat(Extracts.byRank(sentences, Lang.EN)).endsWith(4);
    }

    @Test
    void textRankPutsTheCentralChineseSentenceFirst() {
        List<String> sentences = List.of(
                "市图书馆今年开放了夜间阅览室。",
                "夜间阅览室让上班的读者在晚上也能借书和自习。",
                "很多上班的读者表示，晚上借书比周末方便。",
                "图书馆还计划增加自习座位。",
                "昨天下了一场大雨。");
        List<Integer> ranked = Extracts.byRank(sentences, Lang.ZH);
        assertThat(ranked.get(0)).isEqualTo(1);
        assertThat(ranked).endsWith(4);
    }

    @Test
    void rankingConvergesToTheSameScoresEveryTime() {
        List<String> sentences = List.of("Cats chase mice.", "Mice fear cats.", "Dogs chase cats.");
        assertThat(Extracts.rank(sentences, Lang.EN)).containsExactly(Extracts.rank(sentences, Lang.EN));
        assertThat(Extracts.rank(List.of("Alone here."), Lang.EN)).containsExactly(1 - Ranking.DAMPING);
    }

    @Test
    void findsChineseKeywordsAmongTheNouns() {
        String text = "城市公园的改造计划今年春天开始实施。改造后的公园将增加儿童游乐区和步行道。"
                + "市民普遍欢迎公园改造，认为步行道让散步更方便。公园管理处表示，改造期间部分区域会暂时关闭。";
        List<String> keywords = Extracts.keywords(text, Lang.ZH, 4);
        assertThat(keywords).hasSize(4).contains("公园").allMatch(text::contains).doesNotContain("表示", "的");
    }

    @Test
    void findsEnglishKeywordsWithoutStopWords() {
        String text = "The ferry links the harbour with the island. The island market opens when the ferry arrives. "
                + "Farmers bring vegetables to the island market.";
        List<String> keywords = Extracts.keywords(text, Lang.EN, 3);
        assertThat(keywords).containsExactlyInAnyOrder("island", "ferry", "market");
    }

    @Test
    void writesEnglishKeywordsAsTheTextDoes() {
        String text = "Rice farmers in Vietnam sell rice abroad. Vietnam exports rice to Japan. Farmers in Japan buy "
                + "machines from Vietnam.";
        assertThat(Extracts.keywords(text, Lang.EN, 3)).contains("Vietnam", "rice");
    }

    @Test
    void measuresWordsInEnglishAndCharactersInChinese() {
        assertThat(Extracts.length("Three short words — here.", Lang.EN)).isEqualTo(4);
        assertThat(Extracts.length("公园 AI 改造。", Lang.ZH)).isEqualTo(4);
    }
}
