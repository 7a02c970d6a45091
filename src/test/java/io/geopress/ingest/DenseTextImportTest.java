package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page of the seed's shape written for this test: full-width and ASCII punctuation mixed, no blank lines
 * between blocks, two blocks without translation and one pair with the English first.
 */
class DenseTextImportTest {
    private final Imported imported = read("dense-mixed.txt");
    private final Article article = imported.article();

    static Imported read(String name) {
        try {
            Path file = Path.of(DenseTextImportTest.class.getResource("/fixture/text/" + name).toURI());
            return new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE).get(0);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheHeaderWithFullWidthColons() {
        assertThat(article.title().zh()).isEqualTo("海绵城市如何减少城市内涝?2026年三座城市的经验");
        assertThat(article.date()).isEqualTo(OffsetDateTime.parse("2026-02-14T00:00+08:00"));
        assertThat(article.summary().zh()).startsWith("三座虚构城市").doesNotContain("原文翻译");
        assertThat(article.summary().en()).startsWith("Sponge-city projects");
        assertThat(article.source().name()).isEqualTo(new Bilingual("示例水利报", "Sample Water Resources Daily"));
        assertThat(article.source().published()).isEqualTo(OffsetDateTime.parse("2026-02-10T08:15+08:00"));
        assertThat(article.source().title().en()).isEqualTo("How Sponge Cities Reduce Urban Flooding: Lessons from Three Cities");
    }

    @Test
    void keepsEveryBlockInPlace() {
        List<BlockKind> kinds = article.body().stream().map(Block::kind).toList();
        assertThat(kinds).containsExactly(
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(article.body().get(0).text().zh()).startsWith("“海绵城市”是指");
        assertThat(article.body().get(0).text().en()).startsWith("A \"sponge city\"");
        assertThat(article.body().get(8).text()).isEqualTo(new Bilingual("效果如何?", "How Well Did It Work?"));
    }

    @Test
    void pairsTheEnglishFirstPairWithTheChineseAfterIt() {
        Block linxi = article.body().get(4);
        assertThat(linxi.text().zh()).startsWith("临溪市恢复了8平方公里");
        assertThat(linxi.text().en()).startsWith("Linxi restored 8 square kilometres");
        assertThat(linxi.flags()).isEmpty();
    }

    @Test
    void keepsAndReportsTheTwoBlocksWithoutTranslation() {
        List<Block> untranslated = article.body().stream().filter(b -> b.has(BlockFlag.UNTRANSLATED)).toList();
        assertThat(untranslated).extracting(b -> b.text().zh())
                .containsExactly("白塔市在老城区建了300多处雨水花园，但维护资金一直不足。", "雨水花园需要每年清理两次沉积物。");
        assertThat(untranslated).allMatch(b -> b.text().en().isEmpty());
        assertThat(imported.untranslated()).filteredOn(w -> w.contains("has no English translation")).hasSize(2)
                .anyMatch(w -> w.contains("dense-mixed.txt:17:")).anyMatch(w -> w.contains("dense-mixed.txt:22:"));
        assertThat(article.excerpt()).isFalse();
    }

    @Test
    void pairsTheFaqQuestionAndAnswerTranslations() {
        assertThat(article.faq()).hasSize(1);
        assertThat(article.faq().get(0).question()).isEqualTo(new Bilingual("海绵城市要花多少钱?", "How much does a sponge city cost?"));
        assertThat(article.faq().get(0).answer().zh()).startsWith("每座城市的投入约为15亿元,");
        assertThat(article.faq().get(0).answer().en()).startsWith("About 1.5 billion yuan");
        assertThat(article.disclaimer()).isEmpty();
    }
}
