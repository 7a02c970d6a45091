package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
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

class WeChatArticleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(WeChatArticleTest.class.getResource("/fixture/wechat/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Imported read(Path file) {
        List<Imported> all = new Ingest(SHANGHAI).read(file, null, Progress.NONE);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aSavedArticlePageGivesItsTitleAccountAuthorTimeAndAddress() {
        Imported imported = read(fixture("article.html"));
        Article a = imported.article();

        assertThat(a.title()).isEqualTo(new Bilingual("老街口的修表摊，守了三十年", ""));
        assertThat(a.source().name()).isEqualTo(new Bilingual("城南旧事馆", ""));
        assertThat(a.source().author()).isEqualTo("陶一苇");
        assertThat(a.source().published()).as("from var ct, in the site's zone").isEqualTo(OffsetDateTime.parse("2026-03-17T10:00:00+08:00"));
        assertThat(a.source().url()).isEqualTo("https://mp.weixin.qq.com/s?__biz=MzI0NTc4OTExMg==&mid=2247483921&idx=2&sn=5f0c2a9e1d7b");
        assertThat(imported.key()).isEqualTo("wechat:MzI0NTc4OTExMg==:2247483921:2");
    }

    @Test
    void theBodyIsTheHiddenContentWithItsImagesAndCaptionsAndWithoutFollowUsFurniture() {
        Article a = read(fixture("article.html")).article();

        assertThat(a.body()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.FIGURE, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.FIGURE, BlockKind.PARAGRAPH);
        assertThat(a.body().get(0).text().zh()).isEqualTo("清晨七点，何师傅把折叠桌支在老街口的梧桐树下，铺上一块墨绿色的绒布。");
        Figure tools = a.body().get(1).figure();
        assertThat(tools.src()).isEqualTo("https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640?wx_fmt=jpeg");
        assertThat(List.of(tools.width(), tools.height())).containsExactly(1080, 810);
        assertThat(a.body().get(1).text().zh()).isEqualTo("何师傅的工具箱，有些镊子比他的徒弟年纪还大");
        assertThat(a.body().get(2).text().zh()).isEqualTo("一块表，一下午");
        assertThat(a.body().get(3).text().zh()).contains("游丝");
        Figure watch = a.body().get(4).figure();
        assertThat(watch.src()).isEqualTo("https://mmbiz.qpic.cn/mmbiz_png/def456/640?wx_fmt=png");
        assertThat(List.of(watch.width(), watch.height())).containsExactly(600, 900);
        assertThat(a.body().get(4).text().zh()).isEqualTo("图：街坊送来的上海牌手表");
        assertThat(a.body().get(5).text().zh()).startsWith("去年冬天");
        assertThat(a.body()).extracting(b -> b.text().zh()).noneMatch(t -> t.contains("关注") || t.contains("隐藏") || t.contains("在看"));
    }

    @Test
    void theScriptVariablesStandInForAnEmptyPageHead() throws IOException {
        String page = Files.readString(fixture("article.html"))
                .replaceAll("<meta property=\"og:[a-z]+\"[^>]*>", "")
                .replace("老街口的修表摊，守了三十年\n        </h1>", "</h1>")
                .replace(">城南旧事馆</a>", "></a>");
        Path file = Files.writeString(dir.resolve("saved.html"), page, StandardCharsets.UTF_8);

        Imported imported = read(file);

        assertThat(imported.article().title().zh()).isEqualTo("老街口的修表摊，守了三十年");
        assertThat(imported.article().source().name().zh()).isEqualTo("城南旧事馆");
        assertThat(imported.article().source().url()).isEqualTo(
                "https://mp.weixin.qq.com/s?__biz=MzI0NTc4OTExMg==&mid=2247483921&idx=2&sn=5f0c2a9e1d7b");
        assertThat(imported.key()).isEqualTo("wechat:MzI0NTc4OTExMg==:2247483921:2");
    }

    @Test
    void aVerificationPageIsAOneLineErrorNotAnArticle() {
        Path file = fixture("verify.html");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ": a WeChat verification page (环境异常, \"environment abnormal\"), not the article: open the"
                        + " link in a browser (in WeChat, if it asks) and save the page once the article shows");
    }

    @Test
    void aDeletedArticlesPageIsAnErrorSayingSo() {
        Path file = fixture("deleted.html");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ": the page of an article its publisher deleted (该内容已被发布者删除), not the article")
                .hasMessageNotContaining("\n");
    }
}
