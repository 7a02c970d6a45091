package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section labels are read where a page puts them, not wherever their words happen to appear. */
class TextSectionsTest {
    @TempDir Path dir;

    private Article read(String text) throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, text);
        return new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE).get(0).article();
    }

    @Test
    void aBodyHeadingThatStartsLikeTheDisclaimerStaysInTheBody() throws Exception {
        Article a = read("""
                合同里的免责条款有效吗?
                发布时间:2026-01-05 09:00 文章来源:示例法制报
                很多消费者在签合同时不会细看格式条款。
                Many consumers do not read standard terms closely when they sign.
                免责声明条款的效力
                The Force of Disclaimer Clauses
                法院通常会审查条款是否显失公平。
                Courts usually ask whether a clause is manifestly unfair.
                常见问题(FAQ)
                格式条款一定无效吗?
                不一定，要看是否尽到提示义务。
                """);
        assertThat(a.disclaimer()).isEmpty();
        assertThat(a.body()).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(a.body().get(1).text()).isEqualTo(new Bilingual("免责声明条款的效力", "The Force of Disclaimer Clauses"));
        assertThat(a.faq()).hasSize(1);
    }

    @Test
    void aClosingSourceLineAndABackLinkInsideTheBodyAreBodyText() throws Exception {
        Article a = read("""
                地铁夜班车为何延长到凌晨两点?
                发布时间:2026-02-01 18:00 文章来源:示例晚报
                Release Date: 2026-02-01 18:00 Source: Sample Evening News
                夜班车试运行三个月，客流比预期高出一倍。
                In three months of trials the night buses carried twice the expected riders.
                ← 返回上一条线路
                ← Back to the previous route
                来源：市交通委
                Source: City Transport Commission
                """);
        assertThat(a.source().name()).isEqualTo(new Bilingual("示例晚报", "Sample Evening News"));
        assertThat(a.body()).hasSize(3);
        assertThat(a.body().get(2).text().zh()).isEqualTo("来源：市交通委");
        assertThat(a.disclaimer()).isEmpty();
    }

    @Test
    void withoutSummaryOrSourceLinesTheHeaderEndsAtTheFirstSentence() throws Exception {
        Article a = read("""
                春天的茶园
                Tea Gardens in Spring
                清明前后是采茶最忙的时候。
                The weeks around Qingming are the busiest for picking.
                今年雨水偏多，茶农把采摘时间推迟了大约一周，以免鲜叶含水太高影响品质和口感。
                With a wet spring, farmers pushed picking back by about a week so that wet leaves would not spoil the taste.
                """);
        assertThat(a.title()).isEqualTo(new Bilingual("春天的茶园", "Tea Gardens in Spring"));
        assertThat(a.body()).hasSize(2);
        assertThat(a.body()).allMatch(b -> b.text().isComplete());
    }

    @Test
    void aShortSiteNameAboveTheTitleIsNotTakenForItsTranslation() throws Exception {
        Article a = read("""
                GEO
                城市为什么需要更多口袋公园?
                2026/3/1
                口袋公园占地小，却能让附近居民每天多走一段路。
                Pocket parks are small but get nearby residents walking a little more each day.
                """);
        assertThat(a.title()).isEqualTo(new Bilingual("城市为什么需要更多口袋公园?", ""));
        assertThat(a.body()).hasSize(1);
    }
}
