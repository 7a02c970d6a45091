package io.geopress.enrich;

import static io.geopress.enrich.ScriptedModel.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.llm.LlmException;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model-driven enrichment through the real provider against a scripted OpenAI-compatible server. */
class ModelEnrichmentTest extends ScriptedEnrichment {
    /** A Chinese article of our own: a heading, two paragraphs and a list item; one paragraph came in English only. */
    static Article article() {
        Provenance imported = new Provenance("import:text", "library.txt", Instant.parse("2026-01-05T08:00:00Z"), false);
        List<Block> body = List.of(
                Block.heading(2, Bilingual.of(Lang.ZH, "借阅机器人进乡镇")).withFlag(BlockFlag.UNTRANSLATED),
                Block.paragraph(Bilingual.of(Lang.ZH, GroundingTest.BLOCK_ZH + "2025年3月8日起，夜间借书量增加了40%，使用的是ShelfBot 2型机器人。"))
                        .withFlag(BlockFlag.UNTRANSLATED),
                Block.item(1, false, Bilingual.of(Lang.ZH, "每台机器人可存放300本书，读者用借书证扫码即可取书。")).withFlag(BlockFlag.UNTRANSLATED),
                Block.paragraph(Bilingual.of(Lang.EN, "The county plans to add twelve ShelfBot units by 2027, said the library director."))
                        .withFlag(BlockFlag.UNTRANSLATED));
        return new Article(new Bilingual("青溪县图书馆试用借阅机器人", ""), null, null, null, body, null, null, null, null, false, null,
                Map.of(Field.BODY, imported, Field.TITLE, imported));
    }

    @Test
    void aSummaryTheSourceGaveInOneLanguageIsTranslatedNotReplaced() {
        String given = "青溪县图书馆试用借阅机器人后，夜间借书量增加了40%。";
        Provenance imported = new Provenance("import:text", "library.txt", Instant.parse("2026-01-05T08:00:00Z"), false);
        Enriched e = enrich(article().withSummary(Bilingual.of(Lang.ZH, given), imported), EnrichOptions.DEFAULT);

        assertThat(e.article().summary().zh()).isEqualTo(given);
        assertThat(e.article().summary().en()).startsWith("In English:").contains("40%");
        assertThat(server.seen("summary")).isEmpty(); // translated by the translation prompt, not written anew
        assertThat(server.seen("translate")).anySatisfy(s -> assertThat(s.user()).contains(given));
        assertThat(e.article().provenance().get(Field.SUMMARY).generated()).isTrue();
    }

    @Test
    void anFaqTheSourceGaveInOneLanguageIsTranslatedNotReplaced() {
        Provenance imported = new Provenance("import:text", "library.txt", Instant.parse("2026-01-05T08:00:00Z"), false);
        List<Faq> given = List.of(new Faq(Bilingual.of(Lang.ZH, "机器人能放多少本书？"), Bilingual.of(Lang.ZH, "每台可存放300本书。"), List.of("b3")),
                new Faq(new Bilingual("哪家公司的机器人？", "Whose robots?"), Bilingual.of(Lang.ZH, "ShelfBot 2型。"), List.of("b2")));
        Enriched e = enrich(article().withFaq(given, imported), EnrichOptions.DEFAULT);

        List<Faq> faq = e.article().faq();
        assertThat(faq).hasSize(2).allSatisfy(f -> {
            assertThat(f.question().isComplete()).isTrue();
            assertThat(f.answer().isComplete()).isTrue();
        });
        assertThat(faq.get(0).question().zh()).isEqualTo("机器人能放多少本书？");
        assertThat(faq.get(0).answer().en()).contains("300");
        assertThat(faq.get(1).question().en()).isEqualTo("Whose robots?");
        assertThat(faq).extracting(Faq::blocks).containsExactly(List.of("b3"), List.of("b2"));
        assertThat(server.seen("faq")).isEmpty();
    }

    @Test
    void aChineseArticleGetsEveryPartFromTheModel() {
        Enriched e = enrich(article(), EnrichOptions.DEFAULT);
        Article a = e.article();

        assertThat(e.problems()).isEmpty();
        assertThat(a.body()).allSatisfy(b -> {
            assertThat(b.text().isComplete()).isTrue();
            assertThat(b.flags()).doesNotContain(BlockFlag.UNTRANSLATED, BlockFlag.NEEDS_REVIEW);
        });
        // the Chinese blocks got their English from the model, the English one its Chinese
        assertThat(a.body()).extracting(Block::machineTranslated).containsExactly(Lang.EN, Lang.EN, Lang.EN, Lang.ZH);
        assertThat(a.provenance().get(Field.TRANSLATION).agent()).isEqualTo(ScriptedModel.NAME);
        for (int i = 0; i < a.body().size(); i++) {
            Bilingual source = article().body().get(i).text();
            Lang from = source.has(Lang.ZH) ? Lang.ZH : Lang.EN;
            assertThat(a.body().get(i).text().get(from)).as("block %d keeps its source", i + 1).isEqualTo(source.get(from));
        }
        assertThat(a.body().get(1).text().en()).contains("2025", "40%", "ShelfBot");
        assertThat(a.body().get(3).text().zh()).contains("ShelfBot", "2027");
        assertThat(QuestionTitle.isQuestion(a.title().zh()) && QuestionTitle.isQuestion(a.title().en())).isTrue();
        assertThat(a.source().title().zh()).isEqualTo("青溪县图书馆试用借阅机器人");
        assertThat(a.source().title().en()).startsWith("In English");
        assertThat(a.provenance().get(Field.SOURCE_TITLE).detail()).isEqualTo("translate v1");
        assertThat(a.summary().isComplete()).isTrue();
        assertThat(a.faq()).hasSize(3).allSatisfy(f -> assertThat(f.blocks()).isNotEmpty());
        assertThat(a.tags()).isNotEmpty();
        assertThat(a.keywords()).isNotEmpty();
        for (Field f : List.of(Field.TITLE, Field.SUMMARY, Field.FAQ, Field.TAGS, Field.KEYWORDS)) {
            Provenance p = a.provenance().get(f);
            assertThat(p.agent()).as(f.name()).isEqualTo(ScriptedModel.NAME);
            assertThat(p.generated()).isTrue();
        }
        assertThat(a.provenance().get(Field.SUMMARY).detail()).isEqualTo("summary v1");
        assertThat(a.provenance().get(Field.BODY).agent()).isEqualTo("import:text");

        // the title, one translation request per direction and one for the source's title, then one per step, each asking for JSON
        assertThat(server.seen()).extracting(ScriptedModel.Seen::step)
                .containsExactly("title", "translate", "translate", "translate", "summary", "faq", "tags");
        assertThat(server.seen()).allSatisfy(s -> assertThat(s.body().path("response_format").path("type").asText()).isEqualTo("json_object"));
        assertThat(server.seen("translate").get(0).user()).contains("into English", "\"1\":", "\"3\":").doesNotContain("\"4\":");
        assertThat(e.usage()).isEqualTo(new Enriched.Usage(7, 0, 700, 350));
    }

    @Test
    void aTranslationThatDropsANumberIsAskedForAgainWithTheFailureNamedThenFlaggedForReview() {
        java.util.function.Function<ScriptedModel.Seen, Reply> dropsPercent =
                s -> Reply.of(Replies.translations(s, Map.of("2", t -> t.replace("40%", "many"))).toString());
        server.then("translate", dropsPercent, dropsPercent);

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        List<ScriptedModel.Seen> translate = server.seen("translate");
        assertThat(translate.get(1).user()).contains("your translation of block 2 drops \"40%\"");
        assertThat(Replies.blocks(translate.get(1).user())).containsOnlyKeys("2");
        Block flagged = e.article().body().get(1);
        assertThat(flagged.flags()).contains(BlockFlag.NEEDS_REVIEW, BlockFlag.MACHINE_TRANSLATED_EN).doesNotContain(BlockFlag.UNTRANSLATED);
        assertThat(e.article().body().get(0).flags()).doesNotContain(BlockFlag.NEEDS_REVIEW);
        assertThat(e.problems()).containsExactly("translate: block 2 drops \"40%\" (retried once); flagged for review");
    }

    @Test
    void aTranslationMendedOnTheSecondRequestIsNotFlagged() {
        server.then("translate", s -> Reply.of(Replies.translations(s, Map.of("2", t -> t.replace("ShelfBot", "the robot"))).toString()));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(server.seen("translate").get(1).user()).contains("block 2 drops the name \"ShelfBot\"");
        assertThat(e.article().body().get(1).flags()).doesNotContain(BlockFlag.NEEDS_REVIEW);
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void aReplyThatDropsOrInventsABlockIsAskedForAgain() {
        server.then("translate", s -> Reply.of("{\"translations\": {\"1\": \"Robots go to the townships\", \"9\": \"?\"}}"));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(server.seen("translate").get(1).user()).contains("Your previous reply was rejected: \"translations\" has block \"9\"");
        assertThat(e.problems()).isEmpty();
        assertThat(e.article().body()).allSatisfy(b -> assertThat(b.text().isComplete()).isTrue());
    }

    @Test
    void malformedJsonIsRetriedWithTheErrorThenTheStepFailsAndTheOthersStillRun() {
        server.then("summary", s -> Reply.of("{\"en\": \"The library"), s -> Reply.of("Here is the summary: none"));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(server.seen("summary")).hasSize(2);
        assertThat(server.seen("summary").get(1).user()).contains("Your previous reply was rejected: the reply is not valid JSON");
        assertThat(e.problems()).singleElement().asString().startsWith("summary: the reply is not valid JSON").endsWith("(retried once with the error named)");
        assertThat(e.article().summary()).isEqualTo(Bilingual.EMPTY);
        assertThat(e.article().faq()).hasSize(3);
        assertThat(e.article().tags()).isNotEmpty();
    }

    @Test
    void aSummaryOverItsLimitIsAskedForAgain() {
        String tooLong = "word ".repeat(81).strip();
        server.then("summary", s -> Reply.of("{\"en\": \"" + tooLong + "\", \"zh\": \"摘要。\"}"));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(server.seen("summary").get(1).user()).contains("the English summary has 81 words, at most 80 are allowed");
        assertThat(Numbered.words(e.article().summary().en())).isLessThanOrEqualTo(80);
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void truncatedOutputIsAskedForAgainWithMoreRoom() {
        server.then("tags", s -> new Reply("{\"tags\": [\"科技\", \"应", "length"));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        List<ScriptedModel.Seen> tags = server.seen("tags");
        assertThat(tags.get(1).user()).contains("the reply was cut off at the limit of 512 tokens");
        assertThat(tags.get(1).body().path("max_tokens").asInt(tags.get(1).body().path("max_completion_tokens").asInt()))
                .isEqualTo(1024);
        assertThat(e.article().tags()).containsExactly("科技", "应用", "报道");
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void theGlossaryIsInThePromptAndATranslationIgnoringItIsFlagged() {
        EnrichOptions options = new EnrichOptions(80, 150, Map.of("借阅机器人", "book-lending robot"), 0, false);
        java.util.function.Function<ScriptedModel.Seen, Reply> ignores =
                s -> Reply.of(Replies.translations(s, Map.of("1", t -> t.replace("book-lending robot", "borrowing machine"))).toString());
        server.then("translate", ignores, ignores);

        Enriched e = enrich(article(), options);

        assertThat(server.seen("translate").get(0).user()).contains("借阅机器人 => book-lending robot");
        assertThat(e.article().body().get(1).text().en()).contains("book-lending robot");
        assertThat(e.problems()).containsExactly(
                "translate: block 1 does not translate \"借阅机器人\" as the glossary's \"book-lending robot\" (retried once); flagged for review");
    }

    @Test
    void aPartAnEditorWroteIsNeverReplaced() {
        Provenance editor = new Provenance(Provenance.EDITOR, "", Instant.parse("2026-01-06T09:00:00Z"), false);
        Article locked = article().withTitle(new Bilingual("乡镇图书馆的新帮手", "A new helper in township libraries"), editor)
                .withTags(List.of("图书馆"), editor);

        Enriched e = enrich(locked, EnrichOptions.DEFAULT);

        assertThat(e.article().title()).isEqualTo(locked.title());
        assertThat(e.article().tags()).containsExactly("图书馆");
        assertThat(e.article().provenance().get(Field.TITLE)).isEqualTo(editor);
        assertThat(server.seen("title")).isEmpty();
        assertThat(e.article().keywords()).isNotEmpty();
    }

    @Test
    void aSecondEnrichmentOfTheSameArticleMakesNoCallUnlessForced() {
        Enriched first = enrich(article(), EnrichOptions.DEFAULT);
        int calls = server.requests();

        Enriched second = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(server.requests()).isEqualTo(calls);
        assertThat(second.usage()).isEqualTo(new Enriched.Usage(0, calls, 0, 0));
        assertThat(second.article().body()).isEqualTo(first.article().body());
        assertThat(cache.keys()).allMatch(k -> k.matches("(translate|title|summary|faq|tags)/v1/test-model/[0-9a-f]{64}"));

        Enriched forced = enrich(article(), EnrichOptions.DEFAULT.withForce(true));
        assertThat(forced.usage().calls()).isEqualTo(calls);
        assertThat(server.requests()).isEqualTo(2 * calls);
    }

    @Test
    void forcingAnEnrichedArticleTranslatesTheModelsTranslationsAgainAndKeepsTheSource() {
        Article enriched = enrich(article(), EnrichOptions.DEFAULT).article();
        Block flagged = enriched.body().get(2).withFlag(BlockFlag.NEEDS_REVIEW);
        List<Block> body = new ArrayList<>(enriched.body());
        body.set(2, flagged);
        server.then("translate", seen -> ScriptedModel.Reply.of(Replies.translations(seen,
                Map.of("3", t -> t + " Checked again.")).toString()));

        Article forced = enrich(enriched.withTranslation(body, enriched.provenance().get(Field.TRANSLATION)),
                EnrichOptions.DEFAULT.withForce(true)).article();

        assertThat(forced.body().get(2).text().en()).endsWith("Checked again.");
        assertThat(forced.body().get(2).flags()).doesNotContain(BlockFlag.NEEDS_REVIEW).contains(BlockFlag.MACHINE_TRANSLATED_EN);
        assertThat(forced.body()).extracting(b -> b.text().zh()).isEqualTo(enriched.body().stream().map(b -> b.text().zh()).toList());
        // the English source block keeps its English; only its machine-written Chinese was asked for again
        assertThat(forced.body().get(3).text().en()).isEqualTo(enriched.body().get(3).text().en());
    }

    @Test
    void anEnrichedArticleIsLeftAsItIs() {
        Article enriched = enrich(article(), EnrichOptions.DEFAULT).article();
        int calls = server.requests();

        Enriched again = Enrichment.withModel(model, EnrichOptions.DEFAULT, ResponseCache.NONE).enrich(enriched);

        assertThat(server.requests()).isEqualTo(calls);
        assertThat(again.article()).isEqualTo(enriched);
    }

    @Test
    void aSpentBudgetStopsTheCallsForThatArticle() {
        Enriched e = enrich(article(), new EnrichOptions(80, 150, Map.of(), 400, false));

        // each scripted reply costs 150 tokens: the third call passes 400, so the fourth (the source's title) is not made
        assertThat(server.requests()).isEqualTo(3);
        assertThat(e.problems()).containsExactly("budget: 450 of 400 tokens spent on this article; translate and the steps after it were not run");
        assertThat(e.article().title().en()).endsWith("?");
        assertThat(e.article().body()).allSatisfy(b -> assertThat(b.text().isComplete()).isTrue());
        assertThat(e.article().source().title().en()).isEmpty();
        assertThat(e.article().summary()).isEqualTo(Bilingual.EMPTY);
    }

    @Test
    void aBudgetSpentDuringTranslationKeepsTheBlocksAlreadyTranslated() {
        Enriched e = enrich(article(), new EnrichOptions(80, 150, Map.of(), 200, false));

        // the title costs 150 tokens, the Chinese blocks 150 more: the English block's request is not made
        assertThat(server.requests()).isEqualTo(2);
        assertThat(e.problems()).containsExactly("budget: 300 of 200 tokens spent on this article; translate and the steps after it were not run");
        assertThat(e.article().body().subList(0, 3)).allSatisfy(b -> assertThat(b.text().isComplete()).isTrue());
        assertThat(e.article().body().get(3).flags()).contains(BlockFlag.UNTRANSLATED);
    }

    @Test
    void aBatchThatFailsTwiceIsLeftUntranslatedAndTheOtherBatchIsKept() {
        server.then("translate", s -> Reply.of("[]"), s -> Reply.of("[]"));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(e.problems()).containsExactly("translate: the reply is not a JSON object (retried once with the error named);"
                + " blocks [1, 2, 3] left untranslated");
        assertThat(e.article().body().get(0).flags()).contains(BlockFlag.UNTRANSLATED);
        assertThat(e.article().body().get(3).text().isComplete()).isTrue();
    }

    @Test
    void aTitleThatIsAQuestionInOneLanguageKeepsItAndGetsTheOther() {
        Article asking = article().withTitle(Bilingual.of(Lang.ZH, "乡镇图书馆为何用上借阅机器人？"),
                new Provenance("import:text", "library.txt", Instant.parse("2026-01-05T08:00:00Z"), false));

        Article a = enrich(asking, EnrichOptions.DEFAULT).article();

        assertThat(a.title().zh()).isEqualTo("乡镇图书馆为何用上借阅机器人？");
        assertThat(a.title().en()).isEqualTo("What question does this report answer?");
        assertThat(a.source().title()).isEqualTo(Bilingual.EMPTY);
    }

    @Test
    void anUnreachableModelEndsTheEnrichment() {
        server.failEverything(500);

        assertThatThrownBy(() -> enrich(article(), EnrichOptions.DEFAULT)).isInstanceOf(LlmException.class);
        assertThat(cache.keys()).isEmpty();
    }

    @Test
    void aMadeUpFaqAnswerIsDroppedAndSupportedOnesAreKept() {
        server.then("faq", s -> {
            var reply = Replies.faq(s, 3);
            ((com.fasterxml.jackson.databind.node.ArrayNode) reply.get("faq")).add(Replies.entry("图书馆为什么关闭？", "Why did the library close?",
                    GroundingTest.MADE_UP_ZH.get(0), GroundingTest.MADE_UP_EN.get(0), 2));
            return Reply.of(reply.toString());
        });

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(e.article().faq()).hasSize(3).noneMatch(f -> f.answer().zh().equals(GroundingTest.MADE_UP_ZH.get(0)));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("faq: dropped question 4 (\"图书馆为什么关闭？\"): blocks [2] do not support its answer (similarity 0.");
    }
}
