package io.geopress.measure.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.ingest.ImportException;
import io.geopress.model.Article;
import io.geopress.model.Progress;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridRetrievalTest {
    @TempDir Path dir;

    private RetrievalSettings settings() throws Exception {
        Path site = RetrievalFixture.site(dir);
        return new RetrievalSettings(site, RetrievalFixture.config(site)).withCompetitors(site.resolve("competitors.jsonl"));
    }

    @Test
    void anArticleThatAnswersAQueryIsRetrievedFirstInEitherLanguage() throws Exception {
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings(), Progress.NONE)) {
            RetrievedSource zh = retrieval.top("自行车链条应该多久上一次油？", "zh", 3).get(0);
            assertThat(zh.slug()).isEqualTo("bike-chain");
            assertThat(zh.ours()).isTrue();
            assertThat(zh.url()).isEqualTo("https://notes.example.org/articles/bike-chain.html");
            assertThat(zh.site()).isEqualTo("绿窗笔记");
            assertThat(zh.title()).isEqualTo("自行车链条多久上一次油？");
            assertThat(zh.text()).contains("三百公里").doesNotContain("kilometres");

            RetrievedSource en = retrieval.top("How often do I need to oil my bicycle chain?", null, 3).get(0);
            assertThat(en.slug()).isEqualTo("bike-chain");
            assertThat(en.text()).contains("300 kilometres").doesNotContain("三百公里");
        }
    }

    @Test
    void aCompetitorArticleIsRetrievedWithItsDomainAsItsSite() throws Exception {
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings(), Progress.NONE)) {
            RetrievedSource zh = retrieval.top("公路车胎压打多少合适？", "zh", 3).get(0);
            assertThat(zh.url()).isEqualTo("https://ridefaster.example/tyres");
            assertThat(zh.site()).isEqualTo("ridefaster.example");
            assertThat(zh.ours()).isFalse();
            assertThat(zh.slug()).isNull();

            RetrievedSource en = retrieval.top("When should I prune my roses?", "en", 3).get(0);
            assertThat(en.site()).isEqualTo("petalpost.example"); // www. left out
            assertThat(en.rank()).isEqualTo(1);
        }
    }

    @Test
    void aDraftsNewRevisionIsRetrievedByDefaultAndThePublishedOneWhenAsked() throws Exception {
        RetrievalSettings latest = settings();
        try (HybridRetrieval retrieval = HybridRetrieval.open(latest, Progress.NONE)) {
            RetrievedSource tomato = retrieval.top("阳台番茄多久浇一次水？", "zh", 1).get(0);
            assertThat(tomato.slug()).isEqualTo("balcony-tomato");
            assertThat(tomato.text()).contains("滴灌").doesNotContain("每天早上");
        }
        try (HybridRetrieval retrieval = HybridRetrieval.open(latest.withPublished(true), Progress.NONE)) {
            RetrievedSource tomato = retrieval.top("阳台番茄多久浇一次水？", "zh", 5).get(0);
            assertThat(tomato.slug()).isEqualTo("balcony-tomato");
            assertThat(tomato.text()).contains("每天早上").doesNotContain("滴灌");
            assertThat(retrieval.indexing().articles()).isEqualTo(1 + 5); // the only published article, and the competitors'
        }
    }

    @Test
    void embeddingsAreKeptSoOnlyChangedPassagesAreEmbeddedAgain() throws Exception {
        RetrievalSettings ahead = settings().withEmbedAhead(true);
        IndexReport first = open(ahead);
        assertThat(first.passages()).isGreaterThan(8);
        assertThat(first.embedded()).isEqualTo(first.passages());
        assertThat(first.reused()).isZero();

        IndexReport second = open(ahead);
        assertThat(second.embedded()).isZero();
        assertThat(second.reused()).isEqualTo(first.passages());

        ArticleStore store = RetrievalFixture.store(dir);
        Article tea = store.find("green-tea").orElseThrow().article();
        store.revise("green-tea", 1, tea.withBody(List.of(tea.body().get(0), RetrievalFixture.paragraph(
                "从冰箱取出的茶罐先放一小时再打开。", tea.body().get(1).text().en())), null), "edit");
        IndexReport third = open(ahead);
        assertThat(third.embedded()).isEqualTo(1); // the Chinese passage that changed; its English one is as it was
        assertThat(third.reused()).isEqualTo(first.passages() - 1);
    }

    @Test
    void theBm25IndexIsKeptUnderTheSiteFolderUntilThePassagesChange() throws Exception {
        RetrievalSettings settings = settings();
        IndexReport first = open(settings);
        assertThat(first.indexed()).isEqualTo(first.passages());
        assertThat(open(settings).indexed()).isZero();

        IndexReport published = open(settings.withPublished(true));
        assertThat(published.indexed()).isEqualTo(published.passages()).isLessThan(first.passages());
        try (var folders = Files.list(dir.resolve(HybridRetrieval.PASSAGE_INDEX))) {
            assertThat(folders.count()).isEqualTo(1); // the other corpus's index is gone
        }
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings.withPublished(true), Progress.NONE)) {
            assertThat(retrieval.indexing().indexed()).isZero();
            assertThat(retrieval.top("阳台番茄多久浇一次水？", "zh", 1).get(0).text()).contains("每天早上");
        }
    }

    @Test
    void openingCountsItsLongWorkInProgress() throws Exception {
        Map<String, Long> totals = new LinkedHashMap<>();
        Progress counting = new Progress() {
            @Override
            public void start(String what, long total) {
                totals.put(what, total);
            }

            @Override
            public void advance(long done) {}

            @Override
            public void finish() {}
        };
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings().withEmbedAhead(true), counting)) {
            int passages = retrieval.indexing().passages();
            assertThat(totals).containsEntry("cut articles into passages", 9L).containsEntry("index passages", (long) passages)
                    .containsEntry("embed passages", (long) passages);
        }
    }

    @Test
    void byDefaultAQueryEmbedsItsCandidatesOnceAndTheStoreKeepsThem() throws Exception {
        RetrievalSettings lazy = settings();
        try (HybridRetrieval retrieval = HybridRetrieval.open(lazy, Progress.NONE)) {
            assertThat(retrieval.indexing().embedded()).isZero();
            retrieval.top("绿茶放冰箱能保存多久？", "zh", 3);
            int once = retrieval.embedded();
            assertThat(once).isPositive();
            assertThat(once).isLessThanOrEqualTo(lazy.candidates());
            retrieval.top("绿茶放冰箱能保存多久？", "zh", 3);
            assertThat(retrieval.embedded()).isEqualTo(once);
        }
        try (HybridRetrieval retrieval = HybridRetrieval.open(lazy, Progress.NONE)) {
            retrieval.top("绿茶放冰箱能保存多久？", "zh", 3);
            assertThat(retrieval.embedded()).isZero();
        }
    }

    @Test
    void competitorsAreImportedIntoTheirOwnStoreNeverTheSitesAndAgainChangeNothing() throws Exception {
        RetrievalSettings settings = settings();
        open(settings);
        open(settings);
        assertThat(RetrievalFixture.store(dir).list()).hasSize(4);
        ArticleStore competitors = ArticleStore.openSqlite(dir.resolve(HybridRetrieval.COMPETITOR_STORE),
                RetrievalFixture.config(dir).timeZone(), java.time.Clock.systemUTC());
        assertThat(competitors.list()).hasSize(5);
        assertThat(competitors.list()).allSatisfy(a -> assertThat(a.latestRevision()).isEqualTo(1));

        Path file = settings.competitors();
        Files.writeString(file, Files.readString(file).replace("secateurs", "shears"));
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings, Progress.NONE)) {
            assertThat(retrieval.top("When should I prune my roses?", "en", 1).get(0).text()).contains("shears");
        }
        assertThat(competitors.list()).hasSize(5).filteredOn(a -> a.latestRevision() == 2).extracting(a -> a.slug())
                .containsExactly("roses");
        assertThat(RetrievalFixture.store(dir).list()).hasSize(4);
    }

    @Test
    void aCompetitorArticleWithoutItsSourceUrlIsRefusedNamingItsLine() throws Exception {
        RetrievalSettings settings = settings();
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), RetrievalFixture.COMPETITORS.lines().findFirst().orElseThrow()
                + "\n{\"title\": \"No address\", \"body\": \"A page that does not say where it was published.\"}\n");
        assertThatThrownBy(() -> HybridRetrieval.open(settings.withCompetitors(bad), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bad.jsonl:2")
                .hasMessageContaining("source_url");
    }

    @Test
    void aFolderOfCompetitorPagesIsReadAsImportReadsItAndAPageWithoutItsAddressIsNamed() throws Exception {
        RetrievalSettings settings = settings();
        Path folder = Files.createDirectories(dir.resolve("rivals"));
        Files.writeString(folder.resolve("kettle.md"), "---\ntitle: Descaling a kettle\nsource_url: https://www.kitchenlab.example/kettle\n---\n"
                + "Boil a mix of water and white vinegar, leave it for an hour, then rinse the kettle twice.\n");
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings.withCompetitors(folder), Progress.NONE)) {
            RetrievedSource kettle = retrieval.top("How do I descale a kettle?", "en", 1).get(0);
            assertThat(kettle.site()).isEqualTo("kitchenlab.example");
            assertThat(kettle.text()).contains("white vinegar");
        }
        Files.writeString(folder.resolve("mug.md"), "---\ntitle: Cleaning a mug\n---\nBaking soda lifts tea stains.\n");
        assertThatThrownBy(() -> HybridRetrieval.open(settings.withCompetitors(folder), Progress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("mug.md").hasMessageContaining("source_url");
    }

    @Test
    void theSameCorpusAndQueriesGiveTheSameSourcesInTheSameOrder() throws Exception {
        RetrievalSettings settings = settings();
        List<String> queries = List.of("绿茶怎么保存", "How do I feed a sourdough starter?", "面包烤箱温度", "tyre pressure in the rain");
        assertThat(answers(settings, queries)).isEqualTo(answers(settings, queries));
    }

    @Test
    void aSourceGivesItsBestPassagesWithinTheBudget() throws Exception {
        RetrievalSettings tight = new RetrievalSettings(settings().site(), RetrievalFixture.config(dir), null, false, 60, 50, false);
        try (HybridRetrieval retrieval = HybridRetrieval.open(tight, Progress.NONE)) {
            List<RetrievedSource> sources = retrieval.top("绿茶放冰箱能保存多久？", "zh", 5);
            assertThat(sources).isNotEmpty().allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(60));
            assertThat(sources).allSatisfy(s -> assertThat(s.ours()).isTrue()); // no competitors named
        }
    }

    private static List<List<RetrievedSource>> answers(RetrievalSettings settings, List<String> queries) {
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings, Progress.NONE)) {
            return queries.stream().map(q -> retrieval.top(q, null, 5)).toList();
        }
    }

    private static IndexReport open(RetrievalSettings settings) {
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings, Progress.NONE)) {
            return retrieval.indexing();
        }
    }
}
