package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Progress;
import io.geopress.store.ArticleStore;
import io.geopress.store.ArticleStore.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStoreTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private List<ArticleStore.Saved> importInto(ArticleStore store, Path feed) {
        return store.save(sink -> new Ingest(SHANGHAI).read(feed, null, Progress.NONE, imported -> sink.accept(
                new ArticleStore.Draft(imported.article(), "import " + imported.origin(), imported.aliases(), imported.aliasesAt()))));
    }

    @Test
    void twoEntriesOfOneTitleAreTwoArticlesAndImportingTheFeedAgainChangesNothing() {
        ArticleStore store = ArticleStore.openSqlite(dir.resolve("geopress.db"), SHANGHAI,
                Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC));
        Path feed = FeedImporterTest.fixture("river-notes.rss");

        List<ArticleStore.Saved> first = importInto(store, feed);
        List<ArticleStore.Saved> again = importInto(store, feed);

        assertThat(first).extracting(ArticleStore.Saved::outcome).containsOnly(Outcome.CREATED);
        assertThat(first).extracting(ArticleStore.Saved::slug).doesNotHaveDuplicates().hasSize(3);
        assertThat(again).extracting(ArticleStore.Saved::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(again).extracting(ArticleStore.Saved::slug).isEqualTo(first.stream().map(ArticleStore.Saved::slug).toList());
    }
}
