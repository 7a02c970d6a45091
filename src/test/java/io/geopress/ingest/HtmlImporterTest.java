package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Field;
import io.geopress.model.Progress;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImporterTest {
    private Path file;
    private Imported imported;

    @Test
    void realisticPageYieldsOnlyTheArticleBody() {
        givenImported("tram-article.html");

        assertThat(texts()).first().asString().startsWith("十年前，青溪市只有一条试运营的有轨电车线路");
        assertThat(texts()).last().asString().startsWith("对于每天乘坐电车通勤的居民来说");
        assertThat(String.join("\n", texts()))
                .doesNotContain("首页", "关于我们", "限时优惠", "购物车追踪", "模板注释", "分享到微博", "相关阅读",
                        "青溪公交线路调整一览", "读者评论", "评论者甲", "版权所有");
    }

    @Test
    void articleTitleIsNotRepeatedAsABodyBlock() {
        givenImported("tram-article.html");

        assertThat(texts()).doesNotContain("青溪有轨电车十年：从一条线到一张网");
        assertThat(imported.article().title()).isEqualTo(new Bilingual("青溪有轨电车十年：从一条线到一张网", ""));
    }

    @Test
    void headingsKeepTheirLevels() {
        givenImported("tram-article.html");

        assertThat(blocks(BlockKind.HEADING)).extracting(b -> b.text().zh(), Block::level).containsExactly(
                tuple("第一条线路的争议", 2), tuple("票价与换乘", 3), tuple("下一个十年", 2));
    }

    @Test
    void nestedListItemsCarryTheirDepthAndWhetherTheyAreNumbered() {
        givenImported("tram-article.html");

        assertThat(blocks(BlockKind.LIST_ITEM)).extracting(b -> b.text().zh(), Block::level, Block::ordered)
                .containsExactly(
                        tuple("一号线：火车站至纺织厂旧址，二〇一六年开通", 1, false),
                        tuple("二〇二一年向北延伸至大学城", 2, false),
                        tuple("沿线设有三座换乘枢纽", 2, false),
                        tuple("二号线：老城区环线，二〇一九年开通", 1, false),
                        tuple("三号线与四号线：连接东部新区与科技园，二〇二四年同时开通", 1, false),
                        tuple("高峰时段发车间隔缩短到四分钟以内", 1, true),
                        tuple("全部车站在二〇二八年前完成无障碍改造", 1, true));
    }

    @Test
    void blockquoteParagraphsBecomeQuotesInPlace() {
        givenImported("tram-article.html");

        assertThat(blocks(BlockKind.QUOTE)).extracting(b -> b.text().zh()).containsExactly(
                "电车改变的不只是出行方式，还有人们对街道的看法。",
                "以前大家觉得街道是给汽车用的，现在越来越多的人在电车站旁边停下来喝茶、聊天。");
        List<BlockKind> kinds = imported.article().body().stream().map(Block::kind).toList();
        assertThat(kinds.subList(kinds.size() - 3, kinds.size()))
                .containsExactly(BlockKind.QUOTE, BlockKind.QUOTE, BlockKind.PARAGRAPH);
    }

    @Test
    void monolingualPageGivesUntranslatedBlocksAndWarningsWithFileAndLine() {
        givenImported("tram-article.html");

        assertThat(imported.article().body()).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(imported.untranslated()).hasSize(imported.article().body().size())
                .allMatch(w -> w.matches("\\Q" + file + "\\E:\\d+: .*"))
                .anyMatch(w -> w.startsWith(file + ":50: Chinese paragraph has no English translation"));
    }

    @Test
    void metadataComesFromJsonLdFirst() {
        givenImported("tram-article.html");
        Article article = imported.article();

        assertThat(imported.origin()).isEqualTo(file.toString());
        assertThat(article.source().name()).isEqualTo(new Bilingual("青溪城市观察", ""));
        assertThat(article.source().url()).isEqualTo("https://qingxi-observer.example/2026/03/tram-decade");
        assertThat(article.source().published()).isEqualTo(OffsetDateTime.parse("2026-03-11T10:42:00+08:00"));
        assertThat(article.source().title()).isEqualTo(article.title());
        assertThat(article.tags()).containsExactly("有轨电车", "青溪", "公共交通", "城市规划");
        assertThat(article.source().author()).isEqualTo("林若溪");
    }

    @Test
    void importedArticleLeavesEnrichmentAndPublishingFieldsEmpty() {
        givenImported("tram-article.html");
        Article article = imported.article();

        assertThat(article.summary()).isEqualTo(Bilingual.EMPTY);
        assertThat(article.date()).isNull();
        assertThat(article.faq()).isEmpty();
        assertThat(article.disclaimer()).isEmpty();
        assertThat(article.excerpt()).isFalse();
        assertThat(article.slug()).isNull();
        assertThat(article.provenance()).containsOnlyKeys(Field.BODY);
        assertThat(article.provenance().get(Field.BODY).agent()).isEqualTo("import:html");
        assertThat(article.provenance().get(Field.BODY).detail()).isEqualTo(file.toString());
        assertThat(article.provenance().get(Field.BODY).generated()).isFalse();
    }

    @Test
    void metadataComesFromMetaTagsWhenThereIsNoJsonLd() {
        givenImported("tea-meta.html");
        Article article = imported.article();

        assertThat(article.title()).isEqualTo(new Bilingual("", "How a Hillside Tea Cooperative Got Through a Dry Spring"));
        assertThat(article.source().name()).isEqualTo(new Bilingual("", "Misty Ridge Journal"));
        assertThat(article.source().url()).as("a relative canonical link is no address")
                .isEqualTo("https://misty-ridge.example/tea/dry-spring");
        assertThat(article.source().published()).as("a time without zone is in the site's zone")
                .isEqualTo(OffsetDateTime.parse("2026-03-11T10:42:00+08:00"));
        assertThat(article.tags()).containsExactly("tea", "farming", "drought", "cooperative");
    }

    @Test
    void pageWrappedInAFormWithACommentClassStillYieldsItsArticleButNotItsAds() {
        givenImported("tea-meta.html");

        assertThat(imported.article().body()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(String.join("\n", texts())).doesNotContain("oolong", "Related stories", "photo essay");
    }

    @Test
    void bilingualPageAlternatingChineseAndEnglishIsPairedIntoBilingualBlocks() {
        givenImported("bilingual-tram.html");
        List<Block> body = imported.article().body();

        assertThat(imported.article().title())
                .isEqualTo(new Bilingual("青溪夜班电车开始试运行", "Qingxi Starts Night Tram Trials"));
        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.QUOTE,
                BlockKind.PARAGRAPH);
        assertThat(body).allMatch(b -> b.text().isComplete() && b.flags().isEmpty());
        assertThat(body.get(0).text()).isEqualTo(new Bilingual(
                "从三月起，青溪二号线将在每个周五和周六晚上延长运营到凌晨一点，试运行期为十二周。",
                "Starting in March, Qingxi's Line 2 will run until 1 a.m. every Friday and Saturday night, for a twelve-week trial."));
        assertThat(body.get(2)).isEqualTo(Block.heading(2, new Bilingual("为什么是二号线", "Why Line 2")));
        assertThat(body.get(5).text()).isEqualTo(new Bilingual("所有夜班车都有乘务员随车", "A conductor rides on every night tram"));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void textDirectlyInDivsBecomesParagraphsEvenShortOnesWithoutSpacesFromSourceLineBreaks() {
        givenImported("div-text.html");

        assertThat(blocks(BlockKind.PARAGRAPH)).extracting(b -> b.text().zh()).containsExactly(
                "青溪有轨电车从开通那天起就实行一元起步的票价，十年来一直没有调整过。乘客刷卡进站以后，可以在九十分钟内免费换乘任何一条公交线路，这项政策让许多住在郊区的居民放弃了开车进城。",
                "换乘不另收费。",
                "学生凭学生证乘车可以享受半价优惠，七十岁以上的老人则完全免费。交通局的统计显示，老人乘客在工作日上午的客流中占了将近三成，他们大多是去菜市场、公园或者医院。",
                "交通局表示，只要财政补贴不减少，票价在未来三年内仍将保持不变。",
                "有些市民建议在节假日推出一日通票，方便外地游客在老城区游览。");
    }

    @Test
    void headingLevelsMoveUnderThePageTitleKeepingTheirSteps() {
        givenImported("div-text.html");

        assertThat(blocks(BlockKind.HEADING)).extracting(b -> b.text().zh(), Block::level)
                .containsExactly(tuple("票价十年未变", 2), tuple("学生与老人", 4));
    }

    @Test
    void navigationOnlyPageIsRefusedWithAMessageNamingTheFile() {
        Path nav = fixture("navigation-only.html");

        assertThatThrownBy(() -> ingest(nav))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(nav + ": no main content found (only ")
                .hasMessageContaining("is this a navigation or index page?");
    }

    @Test
    void pageOfLinksIsRefusedEvenWithEnoughText() {
        Path index = fixture("link-index.html");

        assertThatThrownBy(() -> ingest(index))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(index + ": no main content found (")
                .hasMessageContaining("are links; is this a navigation or index page?");
    }

    @Test
    void thePageTitleRepeatedAsTheFirstParagraphIsNotKept(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("title.html"), "<html><head><title>青溪的新步道 - 青溪晚报</title>"
                + "<meta property=\"og:site_name\" content=\"青溪晚报\"></head><body><div class=\"post\">"
                + "<p class=\"post-title\"><b>青溪的新步道</b></p>" + HtmlPages.FILLER.repeat(4) + "</div></body></html>");

        Imported read = ingest(page).get(0);

        assertThat(read.article().title()).isEqualTo(new Bilingual("青溪的新步道", ""));
        assertThat(read.article().body()).hasSize(4).noneMatch(b -> b.text().zh().equals("青溪的新步道"));
    }

    @Test
    void imagesAndTablesJustBeforeOrAfterTheTextReadabilityKeepsStayInTheArticle(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("edges.html"), "<html><head><title>青溪的新步道</title></head><body>"
                + "<nav><a href=\"/\">首页</a></nav><div class=\"post\"><p><img src=\"https://img.example/lead.jpg\"></p>"
                + HtmlPages.FILLER.repeat(4) + "<table><tr><td>120</td><td>192</td></tr></table>"
                + "<p><img src=\"https://img.example/end.jpg\"></p></div><footer>版权所有</footer></body></html>");

        List<Block> body = ingest(page).get(0).article().body();

        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.FIGURE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.FIGURE);
        assertThat(body.get(0).figure().src()).isEqualTo("https://img.example/lead.jpg");
    }

    private void givenImported(String name) {
        file = fixture(name);
        List<Imported> all = ingest(file);
        assertThat(all).hasSize(1);
        imported = all.get(0);
    }

    private static List<Imported> ingest(Path path) {
        return new Ingest(ZoneId.of("Asia/Shanghai")).read(path, null, Progress.NONE);
    }

    private List<String> texts() {
        return imported.article().body().stream().map(b -> b.text().any()).toList();
    }

    private List<Block> blocks(BlockKind kind) {
        return imported.article().body().stream().filter(b -> b.kind() == kind).toList();
    }

    static Path fixture(String name) {
        try {
            return Path.of(HtmlImporterTest.class.getResource("/fixture/html/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
