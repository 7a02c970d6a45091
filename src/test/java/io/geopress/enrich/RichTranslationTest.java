package io.geopress.enrich;

import static io.geopress.enrich.ScriptedModel.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import io.geopress.model.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Translation of links, emphasis, code, figures, tables and footnotes through the real provider and a scripted server. */
class RichTranslationTest extends ScriptedEnrichment {
    static final String REPORT = "https://library.example.org/report-2025";
    static final String NOTICE = "https://library.example.org/night";
    static final String INLINE_CODE = "lend --night";
    static final String CODE_BLOCK = "lend --export all > books.csv";
    private static final Provenance IMPORTED = new Provenance("import:html", "library.html", Instant.parse("2026-01-05T08:00:00Z"), false);

    /** A Chinese article of our own with every kind of block and markup, each block with the id a store gave it. */
    static Article article() {
        List<Inline> lead = List.of(new Inline.Text("根据"), new Inline.Link(REPORT, "年度报告", List.of(new Inline.Text("县图书馆的年度报告"))),
                new Inline.Text("，夜间借书量增加了"), Inline.strong(new Inline.Text("40%")), new Inline.NoteRef("1"), new Inline.Text("。"));
        List<Inline> howTo = List.of(new Inline.Text("读者可以在终端输入"), new Inline.Code(INLINE_CODE), new Inline.Text("查询夜间借书记录，每次最多借5本。"));
        Table table = new Table(List.of(
                new Table.Row(List.of(cell("分馆", true), cell("借书量", true)), true),
                new Table.Row(List.of(cell("东关分馆", false), cell("120", false)), false),
                new Table.Row(List.of(cell("西湖分馆", false), cell("192", false)), false),
                new Table.Row(List.of(cell("合计", false), cell("共312本", false)), false)));
        List<Block> body = List.of(
                Block.heading(2, Bilingual.of(Lang.ZH, "图书馆发布年度借阅报告")),
                Block.paragraph(Bilingual.inline(Lang.ZH, lead)),
                Block.paragraph(Bilingual.inline(Lang.ZH, howTo)),
                Block.figure(new Figure("https://library.example.org/robot.jpg", 800, 600, Bilingual.of(Lang.ZH, "借阅机器人在分馆里工作"), "县图书馆"),
                        Bilingual.of(Lang.ZH, "分馆里的借阅机器人")),
                Block.table(table, Bilingual.of(Lang.ZH, "各分馆借书量")),
                Block.code("sh", CODE_BLOCK),
                Block.rule(),
                Block.quote(Bilingual.of(Lang.ZH, "夜间开放时间详见 " + NOTICE + " 的说明。")),
                Block.footnote("1", Bilingual.of(Lang.ZH, "数据来自县图书馆2025年的统计。")));
        List<Block> flagged = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i).withId("b" + (i + 1));
            flagged.add(b.kind().translatable() ? b.withFlag(BlockFlag.UNTRANSLATED) : b);
        }
        return new Article(new Bilingual("县图书馆夜间借书量增加四成？", "Did night lending at the county library rise by 40%?"), null, null,
                null, flagged, null, List.of("图书馆"), null, null, false, null, Map.of(Field.BODY, IMPORTED));
    }

    private static Table.Cell cell(String zh, boolean header) {
        return new Table.Cell(Bilingual.of(Lang.ZH, zh), header);
    }

    private static <T extends Inline> List<T> find(List<Inline> nodes, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Inline n : nodes) {
            if (type.isInstance(n)) out.add(type.cast(n));
            if (n instanceof Inline.Link l) out.addAll(find(l.children(), type));
            if (n instanceof Inline.Styled s) out.addAll(find(s.children(), type));
        }
        return out;
    }

    @Test
    void everyTextIsTranslatedWithItsMarkupAndEveryBlockKeepsItsDetailAndId() {
        Article source = article();
        Enriched e = enrich(source, EnrichOptions.DEFAULT);
        List<Block> body = e.article().body();

        assertThat(e.problems()).isEmpty();
        assertThat(body).extracting(Block::id).isEqualTo(source.body().stream().map(Block::id).toList());
        assertThat(body).extracting(Block::kind).isEqualTo(source.body().stream().map(Block::kind).toList());
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            assertThat(b.text().nodes(Lang.ZH)).as("block %d keeps its Chinese", i + 1).isEqualTo(source.body().get(i).text().nodes(Lang.ZH));
            if (!b.kind().translatable()) continue;
            assertThat(b.flags()).as("block %d", i + 1).contains(BlockFlag.MACHINE_TRANSLATED_EN).doesNotContain(BlockFlag.UNTRANSLATED,
                    BlockFlag.NEEDS_REVIEW);
        }
        List<Inline> lead = body.get(1).text().nodes(Lang.EN);
        assertThat(find(lead, Inline.Link.class)).singleElement().satisfies(l -> {
            assertThat(l.url()).isEqualTo(REPORT);
            assertThat(l.title()).isEqualTo("年度报告");
        });
        assertThat(find(lead, Inline.Styled.class)).singleElement().satisfies(s -> assertThat(Inline.plain(s.children())).contains("40%"));
        assertThat(find(lead, Inline.NoteRef.class)).containsExactly(new Inline.NoteRef("1"));
        assertThat(find(body.get(2).text().nodes(Lang.EN), Inline.Code.class)).containsExactly(new Inline.Code(INLINE_CODE));

        Figure figure = body.get(3).figure();
        assertThat(figure.alt().en()).isNotEmpty();
        assertThat(figure).isEqualTo(new Figure("https://library.example.org/robot.jpg", 800, 600, figure.alt(), "县图书馆"));
        assertThat(body.get(3).text().en()).isNotEmpty();

        Table table = body.get(4).table();
        assertThat(body.get(4).text().en()).isNotEmpty();
        assertThat(table.rows()).extracting(Table.Row::header).containsExactly(true, false, false, false);
        assertThat(table.rows().get(0).cells()).allSatisfy(c -> assertThat(c.header()).isTrue());
        assertThat(table.rows().get(3).cells().get(1).text().en()).contains("312");
        // a cell of numbers alone reads the same in both languages: it is not sent
        assertThat(table.rows().get(1).cells().get(1).text()).isEqualTo(Bilingual.of(Lang.ZH, "120"));
        assertThat(body.get(4).flags()).doesNotContain(BlockFlag.UNTRANSLATED);

        assertThat(body.get(5)).isEqualTo(source.body().get(5));
        assertThat(body.get(6)).isEqualTo(source.body().get(6));
        assertThat(body.get(7).text().en()).contains(NOTICE);
        assertThat(body.get(8).footnote().label()).isEqualTo("1");
        assertThat(body.get(8).text().en()).contains("2025");

        assertThat(e.article().provenance().get(Field.TRANSLATION).detail()).isEqualTo("translate v2");
        assertThat(cache.keys()).anyMatch(k -> k.startsWith("translate/v1/")).anyMatch(k -> k.startsWith("translate/v2/"));
    }

    @Test
    void codeIsNeverSentForTranslationNorACodeBlockInAnyRequest() {
        enrich(article(), EnrichOptions.DEFAULT);

        assertThat(server.seen("translate")).hasSize(3)
                .allSatisfy(s -> assertThat(s.body().toString()).doesNotContain(INLINE_CODE).doesNotContain(CODE_BLOCK));
        assertThat(server.seen()).allSatisfy(s -> assertThat(s.body().toString()).doesNotContain(CODE_BLOCK));
    }

    @Test
    void plainBlocksAreAskedForWithPromptV1ExactlyAsBeforeMarkupExisted() {
        enrich(article(), EnrichOptions.DEFAULT);

        ScriptedModel.Seen plain = server.seen("translate").get(0);
        String blocks = "{\"1\":\"图书馆发布年度借阅报告\",\"8\":\"夜间开放时间详见 " + NOTICE + " 的说明。\",\"9\":\"数据来自县图书馆2025年的统计。\"}";
        String v1 = Prompt.load("translate", 1).user().replace("{{from}}", "Simplified Chinese").replace("{{to}}", "English")
                .replace("{{glossary}}", "(none)").replace("{{blocks}}", blocks).replace("{{feedback}}", "");
        assertThat(plain.user()).isEqualTo(v1);
        int chars = Replies.blocks(plain.user()).values().stream().mapToInt(String::length).sum();
        assertThat(plain.body().path("max_tokens").asInt()).isEqualTo(Math.max(512, 3 * chars));
        assertThat(plain.body().path("messages").get(0).path("content").asText()).isEqualTo(Translator.PLAIN.system());
        assertThat(server.seen("translate").subList(1, server.seen("translate").size())).isNotEmpty().allSatisfy(s -> assertThat(s.body().path("messages").get(0).path("content").asText())
                .isEqualTo(Translator.MARKED.system()));
    }

    static Stream<Arguments> badReplies() {
        UnaryOperator<String> mis = t -> t.replaceFirst("</1>", "").replace("</2>", "</1></2>");
        return Stream.of(
                Arguments.of("2", (UnaryOperator<String>) t -> t.replace("<3/>", ""), "block 2", "drops the tag <3/>"),
                Arguments.of("2", (UnaryOperator<String>) t -> t.replace("<3/>", "<3/><3/>"), "block 2", "repeats the tag <3/>"),
                Arguments.of("2", mis, "block 2", "closes </1> inside <2>…</2>: the tags must nest"),
                Arguments.of("2", (UnaryOperator<String>) t -> t + " <9/>", "block 2", "adds the tag <9/>, which the source does not have"),
                Arguments.of("8", (UnaryOperator<String>) t -> t.replace(NOTICE, NOTICE + "s"), "block 8",
                        "drops or changes the address \"" + NOTICE + "\""),
                Arguments.of("4.2", (UnaryOperator<String>) t -> t.replace("312", "many"), "block 5, row 4, cell 2", "drops \"312\""));
    }

    @ParameterizedTest
    @MethodSource("badReplies")
    void aReplyThatBreaksATagAnAddressOrATableNumberIsAskedForAgainThenFlagged(String key, UnaryOperator<String> breaks, String name,
            String failure) {
        server.always("translate", s -> Reply.of(Replies.translations(s, Map.of(key, breaks)).toString()));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        List<ScriptedModel.Seen> retried = server.seen("translate").stream().filter(s -> s.user().contains("was rejected")).toList();
        assertThat(retried).singleElement().satisfies(s -> {
            assertThat(Replies.blocks(s.user())).containsOnlyKeys(key);
            assertThat(s.user()).contains(failure);
        });
        assertThat(e.problems()).containsExactly("translate: " + name + " " + failure + " (retried once); flagged for review");
        int flagged = key.contains(".") ? 4 : Integer.parseInt(key) - 1;
        for (int i = 0; i < e.article().body().size(); i++) {
            Block b = e.article().body().get(i);
            if (i == flagged) assertThat(b.flags()).contains(BlockFlag.NEEDS_REVIEW, BlockFlag.MACHINE_TRANSLATED_EN);
            else assertThat(b.flags()).as("block %d", i + 1).doesNotContain(BlockFlag.NEEDS_REVIEW);
        }
    }

    @Test
    void aReplyThatOnlyReordersTheTagsIsAcceptedAndItsLinksPointAtTheSourcesAddresses() {
        String reordered = "<2>40%</2> more books were lent at night,<3/> according to <1>the county library's annual report"
                + " (see https://elsewhere.example.com/)</1>.";
        server.always("translate", s -> Reply.of(Replies.translations(s, Map.of("2", t -> reordered)).toString()));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(e.problems()).isEmpty();
        assertThat(server.seen("translate")).noneMatch(s -> s.user().contains("was rejected"));
        List<Inline> en = e.article().body().get(1).text().nodes(Lang.EN);
        assertThat(en.get(0)).isEqualTo(Inline.strong(new Inline.Text("40%")));
        assertThat(find(en, Inline.Link.class)).singleElement().satisfies(l -> {
            assertThat(l.url()).isEqualTo(REPORT);
            assertThat(l.title()).isEqualTo("年度报告");
        });
        assertThat(e.article().body().get(1).flags()).doesNotContain(BlockFlag.NEEDS_REVIEW);
    }

    @Test
    void aLongTableIsTranslatedInBatchesOfWholeRowsReassembledInOrder() {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(List.of(cell("行号", true), cell("说明", true), cell("数量", true)), true));
        for (int r = 1; r <= 120; r++) {
            rows.add(new Table.Row(List.of(cell("第" + r + "行", false), cell("分馆" + r + "号的夜间借书记录", false), cell(String.valueOf(r * 7), false)), false));
        }
        Block table = Block.table(new Table(rows), Bilingual.of(Lang.ZH, "一百二十个分馆的借书量")).withFlag(BlockFlag.UNTRANSLATED);
        Article article = new Article(new Bilingual("各分馆借书量如何？", "How much does each branch lend?"), null, null, null, List.of(table),
                null, List.of("图书馆"), null, null, false, null, Map.of(Field.BODY, IMPORTED));
        EnrichOptions options = new EnrichOptions(80, 150, Map.of(), 0, false, 2048);

        Enriched e = enrich(article, options);

        List<ScriptedModel.Seen> batches = server.seen("translate");
        assertThat(batches).hasSizeGreaterThan(2);
        List<String> keys = new ArrayList<>();
        for (ScriptedModel.Seen batch : batches) {
            Set<String> inBatch = Replies.blocks(batch.user()).keySet();
            keys.addAll(inBatch);
            assertThat(batch.body().path("max_tokens").asInt()).isLessThanOrEqualTo(2048);
            // whole rows: each row's two worded cells in the same batch
            inBatch.stream().filter(k -> k.endsWith(".1")).forEach(k -> assertThat(inBatch).contains(k.replace(".1", ".2")));
            assertThat(batch.user()).contains("\"header\":[[\"行号\",\"说明\",\"数量\"]]", "一百二十个分馆的借书量");
        }
        List<String> expected = new ArrayList<>(List.of("caption"));
        IntStream.rangeClosed(1, 121).forEach(r -> {
            expected.add(r + ".1");
            expected.add(r + ".2");
            if (r == 1) expected.add("1.3");
        });
        assertThat(keys).isEqualTo(expected);
        assertThat(Replies.blocks(batches.get(0).user())).containsKey("caption");

        assertThat(e.problems()).noneMatch(p -> p.startsWith("translate:"));
        Table translated = e.article().body().get(0).table();
        for (int r = 1; r <= 120; r++) {
            List<Table.Cell> cells = translated.rows().get(r).cells();
            assertThat(cells.get(0).text().en()).as("row %d", r).matches("In English: " + r + "( and so on)*\\.");
            assertThat(cells.get(1).text().en()).as("row %d", r).contains(" " + r + " ");
            assertThat(cells.get(2).text()).isEqualTo(Bilingual.of(Lang.ZH, String.valueOf(r * 7)));
        }
        assertThat(e.article().body().get(0).flags()).contains(BlockFlag.MACHINE_TRANSLATED_EN).doesNotContain(BlockFlag.UNTRANSLATED);
    }

    @Test
    void aTableBatchThatCannotBeReadIsLeftUntranslatedAndNamed() {
        server.always("translate", s -> Reply.of(s.user().contains("\"caption\"") ? "[]" : Replies.translations(s, Map.of()).toString()));

        Enriched e = enrich(article(), EnrichOptions.DEFAULT);

        assertThat(e.problems()).containsExactly("translate: the reply is not a JSON object (retried once with the error named);"
                + " block 5 (the caption, rows 1-4) left untranslated");
        Block table = e.article().body().get(4);
        assertThat(table.flags()).contains(BlockFlag.UNTRANSLATED).doesNotContain(BlockFlag.MACHINE_TRANSLATED_EN);
        assertThat(table.text().en()).isEmpty();
        assertThat(e.article().body().get(1).text().isComplete()).isTrue();
    }

    @Test
    void anFaqAnswerTheSourceGaveInOneLanguageKeepsItsLinkInTheOther() {
        List<Inline> answer = List.of(new Inline.Text("见"), Inline.link(REPORT, new Inline.Text("年度报告")), new Inline.Text("第3页。"));
        Faq given = new Faq(Bilingual.of(Lang.ZH, "数据从哪里来？"), Bilingual.inline(Lang.ZH, answer), List.of("b2"));
        Article article = article().withFaq(List.of(given), IMPORTED);

        Faq faq = enrich(article, EnrichOptions.DEFAULT).article().faq().get(0);

        assertThat(faq.answer().nodes(Lang.ZH)).isEqualTo(answer);
        assertThat(find(faq.answer().nodes(Lang.EN), Inline.Link.class)).singleElement()
                .satisfies(l -> assertThat(l.url()).isEqualTo(REPORT));
        assertThat(faq.question().en()).isNotEmpty();
    }

    @Test
    void forcingTranslatesTheModelsTablesAndFiguresAgainAndKeepsTheirDetails() {
        Article once = enrich(article(), EnrichOptions.DEFAULT).article();
        server.always("translate", s -> Reply.of(Replies.translations(s, Map.of("3.1", t -> t + " Checked again.",
                "4.alt", t -> t + " Checked again.")).toString()));

        Article forced = enrich(once, EnrichOptions.DEFAULT.withForce(true)).article();

        assertThat(forced.body().get(4).table().rows().get(2).cells().get(0).text().en()).endsWith("Checked again.");
        assertThat(forced.body().get(3).figure().alt().en()).endsWith("Checked again.");
        assertThat(forced.body().get(3).figure().src()).isEqualTo(once.body().get(3).figure().src());
        assertThat(forced.body()).extracting(Block::id).isEqualTo(once.body().stream().map(Block::id).toList());
        assertThat(forced.body()).extracting(b -> b.text().nodes(Lang.ZH)).isEqualTo(once.body().stream().map(b -> b.text().nodes(Lang.ZH)).toList());
    }

    @Test
    void theOfflineProviderNamesTheCaptionsAltTextsAndCellsStillWithoutTranslation() {
        Enriched e = Enrichment.offline(EnrichOptions.DEFAULT).enrich(article());

        assertThat(e.problems()).filteredOn(p -> p.startsWith("translate:")).containsExactly(
                "translate: blocks 1, 2, 3, 8, 9 have no English; translation needs a language model",
                "translate: the captions of blocks 4, 5 have no English; translation needs a language model",
                "translate: the alt text of block 4 has no English; translation needs a language model",
                "translate: 6 cells of the table in block 5 (rows 1-4) have no English; translation needs a language model");
        assertThat(e.article().body()).isEqualTo(article().body());
    }

    @Test
    void theOfflineProviderCountsOneCellAndNothingForATranslatedArticle() {
        Article translated = enrich(article(), EnrichOptions.DEFAULT).article();
        List<Block> body = new ArrayList<>(translated.body());
        Table t = body.get(4).table();
        List<Table.Row> rows = new ArrayList<>(t.rows());
        List<Table.Cell> cells = new ArrayList<>(rows.get(2).cells());
        cells.set(0, cells.get(0).withText(Bilingual.of(Lang.EN, "West Lake branch")));
        rows.set(2, new Table.Row(cells, false));
        body.set(4, body.get(4).withDetail(t.withRows(rows)));

        assertThat(Enrichment.offline(EnrichOptions.DEFAULT).enrich(translated).problems()).noneMatch(p -> p.startsWith("translate:"));
        assertThat(Enrichment.offline(EnrichOptions.DEFAULT).enrich(translated.withBlocks(body)).problems())
                .filteredOn(p -> p.startsWith("translate:"))
                .containsExactly("translate: 1 cell of the table in block 5 (row 3) has no Chinese; translation needs a language model");
    }
}
