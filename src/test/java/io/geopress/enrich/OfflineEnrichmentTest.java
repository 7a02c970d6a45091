package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.text.Extracts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The offline enricher on made-up articles: a bilingual one, a Chinese-only one, and ones with an editor's parts. */
class OfflineEnrichmentTest {
    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final Source SOURCE = new Source(new Bilingual("城市日报", "City Daily"), null, null,
            new Bilingual("市图书馆开放夜间阅览室", "City library opens a night reading room"));

    private static final List<Block> BODY = List.of(
            Block.paragraph(new Bilingual("市图书馆今年春天开放了夜间阅览室，每天开放到晚上十点。",
                    "The city library opened a night reading room this spring. It stays open until ten every evening.")),
            Block.heading(2, new Bilingual("谁在使用夜间阅览室", "Who uses the night reading room")),
            Block.paragraph(new Bilingual("夜间阅览室的读者大多是下班后的上班族。很多读者说，晚上在图书馆借书比周末方便。",
                    "Most readers in the night reading room are office workers after work. Many readers say borrowing "
                            + "library books in the evening is easier than at weekends.")),
            Block.item(1, false, new Bilingual("下班后的上班族", "Office workers after work")),
            Block.item(1, false, new Bilingual("准备考试的学生", "Students preparing for exams")),
            Block.heading(2, new Bilingual("阅览室有哪些服务？", "What services does the reading room offer?")),
            Block.paragraph(new Bilingual("阅览室提供自习座位、免费无线网络和自助借书机。图书馆计划明年为夜间阅览室增加更多座位。",
                    "The reading room offers study seats, free wireless internet and self-service lending machines. "
                            + "The library plans to add more seats to the night reading room next year.")));

    private final OfflineEnricher enricher = new OfflineEnricher(EnrichOptions.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Article article(List<Block> body) {
        return new Article(Bilingual.EMPTY, null, null, SOURCE, body, null, null, null, null, false, null, null);
    }

    private static List<Block> chineseOnly(List<Block> body) {
        return body.stream().map(b -> new Block(b.kind(), b.level(), b.ordered(), new Bilingual(b.text().zh(), ""), b.flags())
                .withFlag(BlockFlag.UNTRANSLATED)).toList();
    }

    private static String bodyText(Article a, Lang lang) {
        return a.body().stream().map(b -> b.text().get(lang)).collect(Collectors.joining("\n"));
    }

    @Test
    void takesTheTitleFromTheSourceWithoutMakingUpAQuestion() {
        Article enriched = enricher.apply(article(BODY)).article();
        assertThat(enriched.title()).isEqualTo(SOURCE.title());
        assertThat(enriched.provenance().get(Field.TITLE)).isEqualTo(new Provenance("offline", "textrank v1", NOW, true));
    }

    @Test
    void summarisesEachLanguageWithWholeSentencesOfTheBodyInTheirOrderWithinTheLimit() {
        Article enriched = enricher.apply(article(BODY)).article();
        for (Lang lang : Lang.values()) {
            String summary = enriched.summary().get(lang);
            List<String> sentences = Extracts.sentences(summary);
            assertThat(sentences).isNotEmpty().allMatch(s -> bodyText(enriched, lang).contains(s));
            List<Integer> positions = sentences.stream().map(s -> bodyText(enriched, lang).indexOf(s)).toList();
            assertThat(positions).isSorted();
        }
        assertThat(Extracts.length(enriched.summary().en(), Lang.EN)).isLessThanOrEqualTo(80);
        assertThat(Extracts.length(enriched.summary().zh(), Lang.ZH)).isLessThanOrEqualTo(150);
        assertThat(enriched.provenance().get(Field.SUMMARY).generated()).isTrue();
    }

    @Test
    void keepsTheSummaryWithinASmallLimitByLeavingSentencesOut() {
        OfflineEnricher brief = new OfflineEnricher(new EnrichOptions(20, 40, Map.of(), 0, false), Clock.fixed(NOW, ZoneOffset.UTC));
        Bilingual summary = brief.apply(article(BODY)).article().summary();
        assertThat(Extracts.length(summary.en(), Lang.EN)).isBetween(1, 20);
        assertThat(Extracts.length(summary.zh(), Lang.ZH)).isBetween(1, 40);
    }

    @Test
    void findsKeywordsAndTagsInTheText() {
        Article enriched = enricher.apply(article(BODY)).article();
        assertThat(enriched.keywords()).isNotEmpty().allMatch(k -> bodyText(enriched, Lang.ZH).contains(k)
                || bodyText(enriched, Lang.EN).toLowerCase().contains(k));
        assertThat(enriched.keywords()).contains("阅览室").anyMatch(k -> k.equals("reading") || k.equals("room"));
        assertThat(enriched.tags()).hasSizeBetween(1, 3).allMatch(t -> bodyText(enriched, Lang.ZH).contains(t));
    }

    @Test
    void asksEachHeadingAndAnswersWithTheBlocksUnderIt() {
        List<Faq> faq = enricher.apply(article(BODY)).article().faq();
        assertThat(faq).hasSize(2);
        assertThat(faq.get(0).question()).isEqualTo(new Bilingual("关于“谁在使用夜间阅览室”，文章怎么说？",
                "What does the article say about “Who uses the night reading room”?"));
        assertThat(faq.get(0).answer().zh()).startsWith(BODY.get(2).text().zh()).endsWith("准备考试的学生");
        assertThat(faq.get(0).answer().en()).startsWith(BODY.get(2).text().en());
        assertThat(faq.get(0).blocks()).containsExactly("b3", "b4", "b5");
        assertThat(faq.get(1).question()).as("a heading that is a question stays as it is").isEqualTo(BODY.get(5).text());
        assertThat(faq.get(1).answer()).isEqualTo(BODY.get(6).text());
        assertThat(faq.get(1).blocks()).containsExactly("b7");
    }

    @Test
    void setsListItemsOffBySemicolonsButNotAfterAColon() {
        List<Block> body = List.of(Block.heading(2, new Bilingual("读者", "Readers")),
                Block.paragraph(new Bilingual("读者有两类：", "There are two kinds of readers:")),
                Block.item(1, false, new Bilingual("上班族", "office workers")),
                Block.item(1, false, new Bilingual("学生", "students")));
        Faq faq = enricher.apply(article(body)).article().faq().get(0);
        assertThat(faq.answer()).isEqualTo(new Bilingual("读者有两类：上班族；学生", "There are two kinds of readers: office workers; students"));
    }

    @Test
    void cutsALongAnswerAtTheEndOfASentence() {
        String sentence = "夜间阅览室的读者大多是下班后的上班族，他们常常在这里待到闭馆才离开。";
        List<Block> body = List.of(Block.heading(2, Bilingual.of(Lang.ZH, "读者")),
                Block.paragraph(Bilingual.of(Lang.ZH, sentence.repeat(12))));
        Faq faq = enricher.apply(article(body)).article().faq().get(0);
        assertThat(faq.answer().zh()).isEqualTo(sentence.repeat(150 / Extracts.length(sentence, Lang.ZH)));
    }

    @Test
    void reportsNothingMissingForAFullyBilingualArticle() {
        Enriched result = enricher.apply(article(BODY));
        assertThat(result.problems()).isEmpty();
        assertThat(result.usage()).isEqualTo(Enriched.Usage.NONE);
    }

    @Test
    void onAChineseOnlyArticleSummarisesInChineseAndReportsEveryUntranslatedBlockInOneLine() {
        Article chinese = article(chineseOnly(BODY));
        Enriched result = enricher.apply(chinese);
        Article enriched = result.article();
        assertThat(enriched.summary().zh()).isNotEmpty();
        assertThat(enriched.summary().en()).isEmpty();
        assertThat(enriched.body()).isEqualTo(chinese.body()).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(enriched.faq()).hasSize(2).allMatch(f -> f.question().en().isEmpty() && f.answer().en().isEmpty());
        assertThat(enriched.keywords()).isNotEmpty().allMatch(k -> bodyText(enriched, Lang.ZH).contains(k));
        assertThat(result.problems()).contains(
                "translate: blocks 1, 2, 3, 4, 5, 6, 7 have no English; translation needs a language model",
                "summary: no English text to extract from; translation needs a language model");
        assertThat(result.problems()).filteredOn(p -> p.startsWith("translate:")).hasSize(1);
    }

    @Test
    void namesASingleUntranslatedBlock() {
        List<Block> body = List.of(BODY.get(0), Block.paragraph(Bilingual.of(Lang.EN, "Only English here.")).withFlag(BlockFlag.UNTRANSLATED));
        assertThat(enricher.apply(article(body)).problems())
                .contains("translate: block 2 has no Chinese; translation needs a language model");
    }

    @Test
    void neverReplacesWhatAnEditorWrote() {
        Provenance editor = new Provenance(Provenance.EDITOR, "", NOW.minusSeconds(3600), false);
        Article edited = article(BODY)
                .withTitle(Bilingual.EMPTY, editor)
                .withSummary(new Bilingual("编辑写的摘要。", ""), editor)
                .withKeywords(List.of(), editor)
                .withFaq(List.of(), editor)
                .withTags(List.of("图书馆"), editor);
        Article enriched = enricher.apply(edited).article();
        assertThat(enriched.title()).isEqualTo(Bilingual.EMPTY);
        assertThat(enriched.summary()).isEqualTo(edited.summary());
        assertThat(enriched.keywords()).isEmpty();
        assertThat(enriched.faq()).isEmpty();
        assertThat(enriched.tags()).containsExactly("图书馆");
        assertThat(enriched.provenance()).isEqualTo(edited.provenance());
    }

    @Test
    void keepsWhatTheSourceOrAModelWrote() {
        Provenance model = new Provenance("deepseek-chat", "summary v1", NOW, true);
        Article given = article(BODY).withSummary(new Bilingual("模型写的摘要。", "A model's summary."), model)
                .withTitle(new Bilingual("夜间阅览室开到几点？", "How late is the night reading room open?"),
                        new Provenance("import:markdown", "", NOW, false));
        Article enriched = enricher.apply(given).article();
        assertThat(enriched.summary()).isEqualTo(given.summary());
        assertThat(enriched.title()).isEqualTo(given.title());
        assertThat(enriched.provenance().get(Field.SUMMARY)).isEqualTo(model);
    }

    @Test
    void enrichingTheResultAgainChangesNothing() {
        Article once = enricher.apply(article(chineseOnly(BODY))).article();
        OfflineEnricher later = new OfflineEnricher(EnrichOptions.DEFAULT, Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC));
        assertThat(later.apply(once).article()).isEqualTo(once);
    }

    @Test
    void redoesItsOwnOutputWhenTheBodyChanged() {
        Article once = enricher.apply(article(BODY)).article();
        List<Block> shorter = BODY.subList(0, 1);
        Article changed = once.withBody(shorter, new Provenance(Provenance.EDITOR, "", NOW, false));
        Enriched again = enricher.apply(changed);
        assertThat(again.article().summary()).isEqualTo(shorter.get(0).text());
        assertThat(again.article().faq()).isEmpty();
        assertThat(again.problems()).contains("faq: the body has no headings to ask; an FAQ needs a language model");
    }

    @Test
    void asksAboutAHeadingThatIsNotAQuestionInFixedWords() {
        assertThat(OfflineEnricher.asQuestion("开放时间：", Lang.ZH)).isEqualTo("关于“开放时间”，文章怎么说？");
        assertThat(OfflineEnricher.asQuestion("Is it free?", Lang.EN)).isEqualTo("Is it free?");
        assertThat(OfflineEnricher.asQuestion("几点关门?", Lang.ZH)).isEqualTo("几点关门?");
        assertThat(OfflineEnricher.asQuestion("从“借书难”到“随时借”", Lang.ZH)).isEqualTo("关于「从“借书难”到“随时借”」，文章怎么说？");
        assertThat(OfflineEnricher.asQuestion("Opening hours", Lang.EN)).isEqualTo("What does the article say about “Opening hours”?");
    }

    @Test
    void isReachedThroughEnrichmentOffline() {
        Enriched result = Enrichment.offline(EnrichOptions.DEFAULT).enrich(article(BODY));
        assertThat(result.article().summary().isComplete()).isTrue();
        assertThat(result.article().provenance().get(Field.SUMMARY).agent()).isEqualTo("offline");
        assertThat(result.article().faq()).hasSize(2);
    }
}
