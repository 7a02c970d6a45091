package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import io.geopress.testing.Seed;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed page imported as plain text; expected text is taken from the seed by line number. */
class SeedImportTest {
    private final Imported imported =
            new Ingest(ZoneId.of("Asia/Shanghai")).read(Seed.path(), null, Progress.NONE).get(0);
    private final Article article = imported.article();

    @Test
    void keepsTheTitleOnceAndTheDateOfThePage() {
        assertThat(article.title().zh()).isEqualTo(Seed.line(3));
        assertThat(article.body()).noneMatch(b -> b.text().zh().equals(Seed.line(6)));
        assertThat(article.date()).isEqualTo(OffsetDateTime.parse("2026-03-17T00:00+08:00"));
    }

    @Test
    void readsTheSummaryAndItsTranslation() {
        assertThat(article.summary().en()).isEqualTo(Seed.line(9));
        assertThat(Seed.line(11)).endsWith(article.summary().zh());
        assertThat(article.summary().zh()).doesNotContain("原文翻译");
    }

    @Test
    void readsTheSourceInBothLanguages() {
        assertThat(article.source().title().en()).isEqualTo(Seed.line(13));
        assertThat(Seed.line(15)).endsWith(article.source().name().zh());
        assertThat(Seed.line(17)).endsWith(article.source().name().en());
        assertThat(article.source().name().zh()).doesNotContain("来源");
        assertThat(article.source().published()).isEqualTo(OffsetDateTime.parse("2026-03-11T10:42+08:00"));
    }

    @Test
    void pairsEveryBodyBlockWithItsTranslation() {
        assertThat(count(BlockKind.PARAGRAPH)).isEqualTo(13);
        assertThat(count(BlockKind.HEADING)).isEqualTo(7);
        assertThat(count(BlockKind.LIST_ITEM)).isEqualTo(11);
        assertThat(article.body()).allMatch(b -> b.text().isComplete());
        Block lead = article.body().get(0);
        assertThat(lead.text().zh()).isEqualTo(Seed.line(19));
        assertThat(lead.text().en()).isEqualTo(Seed.line(21));
        Block firstHeading = article.body().get(1);
        assertThat(firstHeading.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(firstHeading.text().en()).isEqualTo(Seed.line(25));
        Block firstItem = article.body().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).findFirst().orElseThrow();
        assertThat(Seed.normal(firstItem.text().zh())).isEqualTo(Seed.normal(Seed.line(79)));
        assertThat(Seed.normal(firstItem.text().en())).isEqualTo(Seed.normal(Seed.line(80)));
        assertThat(firstItem.level()).isEqualTo(1);
    }

    @Test
    void flagsTheCutTranslationAndMarksAnExcerpt() {
        Block last = article.body().get(article.body().size() - 1);
        assertThat(last.has(BlockFlag.CUT_TRANSLATION)).isTrue();
        assertThat(Seed.normal(last.text().en())).isEqualTo(Seed.normal(Seed.line(122)));
        assertThat(article.excerpt()).isTrue();
        assertThat(article.body().stream().filter(b -> !b.flags().isEmpty())).containsExactly(last);
        assertThat(imported.warnings()).anyMatch(w -> w.contains(":122:") && w.contains("mid-sentence"));
    }

    @Test
    void readsTheFaqAndTheDisclaimerButNotTheSiteFurniture() {
        assertThat(article.faq()).hasSize(3);
        assertThat(article.faq().get(0).question().zh()).isEqualTo(Seed.line(126));
        assertThat(article.faq().get(0).answer().zh()).isEqualTo(Seed.line(128));
        assertThat(article.faq().get(2).answer().zh()).isEqualTo(Seed.line(136));
        assertThat(article.disclaimer()).hasSize(3);
        assertThat(Seed.line(141)).endsWith(article.disclaimer().get(0).zh());
        assertThat(article.disclaimer().get(2).zh()).isEqualTo(Seed.line(145));
        List<String> all = article.body().stream().map(b -> b.text().zh()).toList();
        assertThat(all).noneMatch(t -> t.contains("返回文章列表") || t.contains("分享到"));
    }

    private long count(BlockKind kind) {
        return article.body().stream().filter(b -> b.kind() == kind).count();
    }
}
