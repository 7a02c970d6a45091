package io.geopress.measure.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassagesTest {
    private static Article article(List<Block> body, List<Faq> faq) {
        return new Article(new Bilingual("河边的渡口", "The ferry by the river"), new Bilingual("渡口每天六点开船。", "The ferry leaves at six."),
                null, Source.UNKNOWN, body, faq, List.of(), List.of(), List.of(), false, "ferry", Map.of());
    }

    @Test
    void eachLanguageHasItsOwnPassagesWithTheHeadingStartingThePassageThatFollows() {
        Article a = article(List.of(
                Block.paragraph(new Bilingual("船票在码头买。", "Tickets are sold on the pier.")),
                Block.heading(2, new Bilingual("冬天", "In winter")),
                Block.paragraph(new Bilingual("冬天七点开船。", "In winter it leaves at seven."))), List.of());
        List<Passage> zh = Passages.of(a, Lang.ZH, 3, Vectors.MODEL);
        assertThat(zh).extracting(Passage::text).containsExactly("河边的渡口\n渡口每天六点开船。\n船票在码头买。", "冬天\n冬天七点开船。");
        assertThat(zh).allSatisfy(p -> assertThat(p.document()).isEqualTo(3)).extracting(Passage::ordinal).containsExactly(0, 1);
        List<Passage> en = Passages.of(a, Lang.EN, 3, Vectors.MODEL);
        assertThat(en).extracting(Passage::text).containsExactly("The ferry by the river\nThe ferry leaves at six.\nTickets are sold on the pier.",
                "In winter\nIn winter it leaves at seven.");
    }

    @Test
    void blocksStayWholeWhereTheyFitAndALongOneIsCutBetweenSentences() {
        String sentence = "渡口的船夫已经在这条河上摆渡了三十多年，认识两岸的每一户人家。";
        String longParagraph = sentence.repeat(20);
        Article a = article(List.of(Block.paragraph(new Bilingual(longParagraph, ""))), List.of());
        List<Passage> zh = Passages.of(a, Lang.ZH, 0, Vectors.MODEL);
        assertThat(zh.size()).isGreaterThan(2);
        assertThat(zh).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(Passages.limit(Lang.ZH)));
        assertThat(zh.subList(1, zh.size())).allSatisfy(p -> assertThat(p.text()).startsWith("渡口的船夫")); // cut at sentence ends
        assertThat(Passages.of(a, Lang.EN, 0, Vectors.MODEL)).extracting(Passage::text)
                .containsExactly("The ferry by the river\nThe ferry leaves at six.");
    }

    @Test
    void faqQuestionsHeadTheirAnswersAndTheHashFollowsTextAndModel() {
        Article a = article(List.of(), List.of(new Faq(new Bilingual("几点开船？", "When does it leave?"), new Bilingual("六点。", "At six."))));
        List<Passage> en = Passages.of(a, Lang.EN, 0, Vectors.MODEL);
        assertThat(en.get(en.size() - 1).text()).isEqualTo("When does it leave?\nAt six.");
        assertThat(en.get(0).hash()).isEqualTo(Passages.hash(Vectors.MODEL, en.get(0).text()))
                .isNotEqualTo(Passages.hash("another-model", en.get(0).text())).hasSize(64);
    }
}
