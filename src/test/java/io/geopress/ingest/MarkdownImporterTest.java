package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static io.geopress.model.Inline.emphasis;
import static io.geopress.model.Inline.link;
import static io.geopress.model.Inline.strong;
import static io.geopress.model.Inline.text;

import io.geopress.model.SitePath;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Progress;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownImporterTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(MarkdownImporterTest.class.getResource("/fixture/markdown/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1-based line of the fixture that starts with {@code prefix}, found independently of the importer. */
    static int lineOf(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) return i + 1;
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static Imported readOne(Path path) {
        List<Imported> imported = new Ingest(SHANGHAI).read(path, null, Progress.NONE);
        assertThat(imported).hasSize(1);
        return imported.get(0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Block> blocksOf(String markdown) throws IOException {
        return readOne(write("a.md", "---\ntitle: 测试\ntitle_en: Test\n---\n" + markdown)).article().body();
    }

    @Test
    void aFullBilingualArticlePutsEveryFrontMatterKeyInPlace() {
        Imported imported = readOne(fixture("creek-cleanup.md"));
        Article a = imported.article();

        assertThat(imported.origin()).endsWith("creek-cleanup.md");
        assertThat(a.title()).isEqualTo(new Bilingual("清溪河志愿清理行动：三个月捞出两吨垃圾",
                "Qingxi Creek volunteer clean-up: two tonnes of rubbish in three months"));
        assertThat(a.summary().en()).startsWith("Forty volunteers removed about two tonnes");
        assertThat(a.summary().zh()).startsWith("2024年3月至5月");
        // source_date gives the original's date, so date is the page's own: our publication date
        assertThat(a.date()).isEqualTo(OffsetDateTime.parse("2024-06-18T09:30:00+08:00"));
        assertThat(a.source().modified()).isEqualTo(OffsetDateTime.parse("2024-06-20T00:00:00+08:00"));
        assertThat(imported.publication().draft()).isFalse();
        assertThat(a.slug()).isEqualTo("qingxi-creek-cleanup");
        assertThat(a.tags()).containsExactly("河流", "志愿者");
        assertThat(a.categories()).containsExactly("环保");
        assertThat(a.source().name()).isEqualTo(new Bilingual("溪畔社区通讯", "Creekside Community Newsletter"));
        assertThat(a.source().url()).isEqualTo("https://example.org/news/qingxi-cleanup");
        assertThat(a.source().title()).isEqualTo(new Bilingual("我们真的把清溪河清理干净了吗？",
                "Did we really clean up Qingxi Creek?"));
        assertThat(a.source().published()).isEqualTo(OffsetDateTime.parse("2024-06-01T08:00:00+08:00"));
        assertThat(a.excerpt()).isFalse();
        assertThat(a.disclaimer()).containsExactly(
                new Bilingual("本文内容仅供参考，不构成任何专业建议。", ""),
                new Bilingual("", "This article is for reference only and is not professional advice."));
        assertThat(a.faq()).containsExactly(
                new Faq(new Bilingual("清理活动持续了多久？", "How long did the clean-up last?"),
                        new Bilingual("从2024年3月到5月，共三个月。", "Three months, from March to May 2024.")),
                new Faq(new Bilingual("最常见的垃圾是什么？", "What was found most often?"),
                        new Bilingual("塑料瓶最多，其次是渔线。", "Plastic bottles, followed by fishing line.")));
        assertThat(a.provenance()).containsKeys(Field.BODY, Field.TITLE, Field.SUMMARY, Field.SOURCE_TITLE);
        assertThat(a.provenance().get(Field.BODY).agent()).isEqualTo("import:markdown");
        assertThat(a.provenance().get(Field.BODY).generated()).isFalse();
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void aFullBilingualArticlePairsEveryBlockAndKeepsStructure() {
        List<Block> body = readOne(fixture("creek-cleanup.md")).article().body();

        assertThat(body).containsExactly(
                Block.paragraph(new Bilingual("今年春天，四十名居民每个周六早上在清溪河边集合，一起清理河道里的垃圾。",
                        "This spring, forty residents met by Qingxi Creek every Saturday morning to clear rubbish"
                                + " from the water.")),
                Block.heading(2, new Bilingual("我们是怎么做的", "How we did it")),
                Block.paragraph(Bilingual.inline(
                        List.of(text("志愿者分成四组，每组负责"), strong(text("750米")), text("河岸，路线见"),
                                link("https://example.org/map", text("活动地图")), text("。")),
                        List.of(text("The volunteers split into four groups, each covering "), strong(text("750 metres")),
                                text(" of bank; the routes are on the "), link("https://example.org/map", text("event map")),
                                text(".")))),
                Block.figure(new Figure("bank.jpg", 0, 0, new Bilingual("河岸照片", ""), null), Bilingual.EMPTY)
                        .withFlag(BlockFlag.UNTRANSLATED),
                Block.item(1, false, new Bilingual("塑料瓶：约1200个", "Plastic bottles: about 1,200")),
                Block.item(2, false, new Bilingual("其中三分之一还带着瓶盖", "A third of them still had their caps on")),
                Block.item(1, false, new Bilingual("渔线：约300米", "Fishing line: about 300 metres")),
                Block.heading(3, new Bilingual("安全规则", "Safety rules")),
                Block.item(1, true, new Bilingual("不要单独下水。", "Never go into the water alone.")),
                Block.item(1, true, new Bilingual("全程戴好手套。", "Wear gloves the whole time.")),
                Block.rule(),
                Block.quote(new Bilingual("河水比我们想象的更干净，也比我们想象的更脆弱。",
                        "The creek was cleaner than we expected, and more fragile.")),
                Block.paragraph(new Bilingual("", "Raw HTML keeps its text")).withFlag(BlockFlag.UNTRANSLATED),
                Block.heading(2, new Bilingual("下一步", "Next steps")),
                Block.paragraph(Bilingual.inline(
                        List.of(text("我们计划在秋天再组织一次清理，并在河边安装两个"), new Inline.Code("分类回收箱"), text("。")),
                        List.of(text("We plan another clean-up in the autumn and will install two "), new Inline.Code("sorting bins"),
                                text(" by the creek.")))));
    }

    @Test
    void anEnglishFirstPairIsPairedAndALevelOneHeadingInTheBodyBecomesLevelTwo() {
        Article a = readOne(fixture("bakery-english-first.md")).article();

        assertThat(a.title()).isEqualTo(new Bilingual("面包合作社启用第二台烤炉", "Bakery cooperative opens a second oven"));
        // Hugo's date alone is the original's publication date; ours is set when it is published
        assertThat(a.source().published()).isEqualTo(OffsetDateTime.parse("2024-03-05T00:00:00+08:00"));
        assertThat(a.date()).isNull();
        assertThat(a.tags()).containsExactly("bread");
        assertThat(a.body().get(0)).isEqualTo(Block.paragraph(new Bilingual("合作社的十二名成员在一月投票决定购买第二台烤炉。",
                "The cooperative's twelve members voted in January to buy a second oven.")));
        assertThat(a.body().get(1)).isEqualTo(Block.heading(2, new Bilingual("早班", "Morning shifts")));
        assertThat(a.body().get(2).text()).isEqualTo(new Bilingual("有了两台烤炉，第一批面包现在5:30出炉，而不是6:15。",
                "With two ovens, the first loaves now come out at 5:30 instead of 6:15."));
    }

    @Test
    void aMissingTranslationIsFlaggedAndReportedWithFileAndLine() throws IOException {
        Path file = fixture("bakery-english-first.md");
        Imported imported = readOne(file);
        Block last = imported.article().body().get(3);

        assertThat(last.text()).isEqualTo(new Bilingual("", "A volunteer-run delivery round started in February."));
        assertThat(last.flags()).containsExactly(BlockFlag.UNTRANSLATED);
        assertThat(imported.untranslated()).singleElement().asString()
                .startsWith(file + ":" + lineOf(file, "A volunteer-run") + ": ")
                .contains("no Chinese translation");
    }

    @Test
    void aCutLastTranslationMakesAnExcerptAndTheTitleMayComeFromLeadingHeadings() {
        Article a = readOne(fixture("cut-excerpt.md")).article();

        assertThat(a.title()).isEqualTo(new Bilingual("社区花园的第一个夏天", "The community garden's first summer"));
        assertThat(a.body()).hasSize(2);
        assertThat(a.body().get(1).has(BlockFlag.CUT_TRANSLATION)).isTrue();
        assertThat(a.excerpt()).isTrue();
    }

    @Test
    void invalidYamlIsReportedWithTheFileLineOfTheProblem() throws IOException {
        Path file = fixture("bad-yaml.md");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":" + lineOf(file, "  summary_en") + ": front matter is not valid YAML: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unclosedFrontMatterIsReportedAtItsOpeningLine() {
        Path file = fixture("unclosed.md");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":1: front matter opened with '---' is never closed");
    }

    @Test
    void aDateThatIsNotADateNamesFileLineKeyAndValue() throws IOException {
        Path file = write("a.md", "---\ntitle: 标题\ndate: 2024-05-01\n\nsource_date: yesterday\n---\n正文。\n");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":5: front matter key 'source_date': not a date: \"yesterday\"");
    }

    @Test
    void aFaqThatIsTextIsAnErrorNamingTheKey() throws IOException {
        Path file = write("a.md", "---\ntitle: 标题\nfaq: \"问：什么？答：没什么。\"\n---\n正文。\n");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":3: front matter key 'faq': not a list");
    }

    @Test
    void anExcerptThatIsNeitherTrueNorFalseIsAnErrorNamingTheKey() throws IOException {
        Path file = write("a.md", "---\ntitle: 标题\nexcerpt: maybe\n---\n正文。\n");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":3: front matter key 'excerpt': not true or false: \"maybe\"");
    }

    @Test
    void aFaqEntryWithoutAnAnswerIsAnError() throws IOException {
        Path file = write("a.md", "---\ntitle: 标题\nfaq:\n  - q: 为什么？\n---\n正文。\n");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":3: front matter key 'faq': entry 1 has no answer (a, a_zh or a_en)");
    }

    @Test
    void aFileWithoutAnyTitleIsAnErrorNamingTheFile() throws IOException {
        Path file = write("a.md", "---\ndate: 2024-05-01\n---\n\n## 小标题\n\n正文。\n");

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ": no title");
    }

    @Test
    void hugosTomlFrontMatterIsReadWithItsKeys() throws IOException {
        Path file = write("a.md", """
                +++
                title = "小镇书店为何坚持手写推荐卡?"
                title_en = "Why Does a Small-Town Bookshop Still Handwrite Its Cards?"
                date = 2026-04-01T09:00:00+08:00
                slug = "handwritten-cards"
                tags = ["书店", "小镇"]
                categories = "生活"
                aliases = ["/posts/cards/"]
                source = "示例书评"
                [params]
                mood = "calm"
                +++

                店主每周写二十张推荐卡。

                The owner writes twenty cards a week.
                """);
        Imported imported = readOne(file);
        assertThat(imported.article().title().en()).isEqualTo("Why Does a Small-Town Bookshop Still Handwrite Its Cards?");
        assertThat(imported.article().source().published()).isEqualTo(java.time.OffsetDateTime.parse("2026-04-01T09:00+08:00"));
        assertThat(imported.article().slug()).isEqualTo("handwritten-cards");
        assertThat(imported.article().tags()).containsExactly("书店", "小镇");
        assertThat(imported.article().categories()).as("Hugo allows one category as a text").containsExactly("生活");
        assertThat(imported.aliases()).containsExactly(SitePath.parse("/posts/cards/"));
        assertThat(imported.article().body()).hasSize(1);
        assertThat(imported.article().body().get(0).text().isComplete()).isTrue();
    }

    @Test
    void hugosJsonFrontMatterIsReadAndTheBodyFollowsIt() throws IOException {
        Path file = write("a.md", """
                {
                 "title": "小镇书店为何坚持手写推荐卡?",
                 "tags": ["书店", "小镇"],
                 "draft": false
                }

                店主每周写二十张推荐卡。

                The owner writes twenty cards a week.

                [坏链接](javascript:alert(1))
                """);
        Imported imported = readOne(file);
        assertThat(imported.article().title().zh()).isEqualTo("小镇书店为何坚持手写推荐卡?");
        assertThat(imported.article().tags()).containsExactly("书店", "小镇");
        assertThat(imported.article().body().get(0).text())
                .isEqualTo(new Bilingual("店主每周写二十张推荐卡。", "The owner writes twenty cards a week."));
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith(file + ":11: "));
        Path broken = write("b.md", "{\n \"title\": \"标题\",\n \"tags\": [1,\n\n正文。\n");
        assertThatThrownBy(() -> readOne(broken)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(broken + ":5: front matter is not valid JSON");
    }

    @Test
    void badTomlIsAnErrorNamingItsLineAndAWrongTypeNamesItsKey() throws IOException {
        Path broken = write("b.md", "+++\ntitle = \"标题\"\ndate = = 3\n+++\n正文。\n");
        assertThatThrownBy(() -> readOne(broken)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(broken + ":3: front matter is not valid TOML");
        Path wrong = write("c.md", "+++\ntitle = \"标题\"\nexcerpt = \"maybe\"\n+++\n正文。\n");
        assertThatThrownBy(() -> readOne(wrong)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(wrong + ":3: front matter key 'excerpt'");
    }

    @Test
    void aTranslationNestedUnderItsItemKeepsTheItemsDepthEvenEnglishFirst() throws IOException {
        List<Block> body = blocksOf("- Flour arrives on Monday.\n  - 面粉周一到货。\n- Rye comes from a farm nearby.\n"
                + "  - 黑麦来自附近的农场。\n");

        assertThat(body).containsExactly(
                Block.item(1, false, new Bilingual("面粉周一到货。", "Flour arrives on Monday.")),
                Block.item(1, false, new Bilingual("黑麦来自附近的农场。", "Rye comes from a farm nearby.")));
    }

    @Test
    void inlineMarkupIsKeptAsNodesAndACodeBlockIsCode() throws IOException {
        Path file = write("a.md", "---\ntitle: 测试\n---\n这是*强调*和`代码`，还有[链接](https://example.org)。\n\n"
                + "This is *emphasis* and `code`, with a [link](https://example.org).\n\n```\nx = 1\n```\n");
        Imported imported = readOne(file);

        assertThat(imported.article().body()).containsExactly(
                Block.paragraph(Bilingual.inline(
                        List.of(text("这是"), emphasis(text("强调")), text("和"), new Inline.Code("代码"), text("，还有"),
                                link("https://example.org", text("链接")), text("。")),
                        List.of(text("This is "), emphasis(text("emphasis")), text(" and "), new Inline.Code("code"),
                                text(", with a "), link("https://example.org", text("link")), text(".")))),
                Block.code(null, "x = 1"));
        assertThat(imported.article().body().get(0).text().en()).isEqualTo("This is emphasis and code, with a link.");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void aLevelSixHeadingKeepsItsLevelAndALevelOneHeadingAfterTheStartBecomesTwo() throws IOException {
        List<Block> body = blocksOf("###### 第六级\n\n###### Level six\n\n# 第一级\n\n# Level one\n");

        assertThat(body).extracting(Block::kind, Block::level).containsExactly(
                tuple(BlockKind.HEADING, 6),
                tuple(BlockKind.HEADING, 2));
    }

    @Test
    void unknownKeysAreIgnoredWithAWarningButHugosAreNot() throws IOException {
        Path file = write("a.md", "---\ntitle: 标题\nweight: 3\nsumary_en: typo\n---\n正文。\n\nBody.\n");

        assertThat(readOne(file).warnings())
                .containsExactly(file + ":4: front matter key 'sumary_en' is not known; ignored");
    }
}
