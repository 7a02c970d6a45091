package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.config.SiteConfig;
import io.geopress.ingest.Ingest;
import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Source;
import io.geopress.site.Catalog;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import io.geopress.testing.Seed;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of model enrichment: the seed page imported with its English removed (Chinese blocks only, no
 * summary, no FAQ), enriched through the scripted server, then built, gives a page with every element of the anatomy.
 */
class SeedEnrichmentTest {
    @TempDir static Path site;
    static Article chinese;
    static Enriched enriched;
    static Document page;

    @BeforeAll
    static void importEnrichAndBuild() throws Exception {
        Path seed = Seed.path();
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"));
        Article imported = new Ingest(config.timeZone()).read(seed, null, Progress.NONE).get(0).article();
        chinese = chineseOnly(imported);
        try (ScriptedModel server = new ScriptedModel(); LanguageModel model = server.model(0)) {
            enriched = Enrichment.withModel(model, EnrichOptions.DEFAULT, ResponseCache.NONE).enrich(chinese);
        }
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        String slug = store.save(List.of(new ArticleStore.Draft(enriched.article(), "enriched seed"))).get(0).slug();
        store.publish(List.of(slug));
        new SiteBuilder(config).build(Catalog.of(store.published()), site, Progress.NONE);
        Path html = site.resolve("public").resolve(SiteBuilder.pagePath(slug));
        page = Jsoup.parse(Files.readString(html), html.toUri().toString());
    }

    /** The article as a Chinese-only source would bring it: every English text gone, no summary, no FAQ. */
    static Article chineseOnly(Article a) {
        List<Block> body = new ArrayList<>();
        for (Block b : a.body()) {
            Set<BlockFlag> flags = Set.of(BlockFlag.UNTRANSLATED);
            body.add(new Block(b.kind(), b.level(), b.ordered(), Bilingual.of(Lang.ZH, b.text().zh()), flags));
        }
        Source s = a.source();
        Source source = new Source(s.name(), s.url(), s.published(), Bilingual.of(Lang.ZH, s.title().zh()), s.author());
        return new Article(Bilingual.of(Lang.ZH, a.title().zh()), Bilingual.EMPTY, a.date(), source, body, List.of(), a.tags(),
                a.categories(), a.keywords(), a.disclaimer(), a.excerpt(), a.slug(), a.provenance());
    }

    @Test
    void theSeedsChineseBlocksAreAllTranslatedWithoutProblems() {
        assertThat(chinese.body()).hasSizeGreaterThan(30).allSatisfy(b -> assertThat(b.text().en()).isEmpty());
        assertThat(enriched.problems()).isEmpty();
        assertThat(enriched.article().body()).hasSameSizeAs(chinese.body()).allSatisfy(b -> {
            assertThat(b.text().isComplete()).isTrue();
            assertThat(b.flags()).contains(BlockFlag.MACHINE_TRANSLATED_EN).doesNotContain(BlockFlag.UNTRANSLATED, BlockFlag.NEEDS_REVIEW);
        });
        for (int i = 0; i < chinese.body().size(); i++) {
            assertThat(enriched.article().body().get(i).text().zh()).isEqualTo(chinese.body().get(i).text().zh());
        }
    }

    @Test
    void givesAPageWithAQuestionTitleInBothLanguages() {
        Element h1 = page.selectFirst("article h1");
        assertThat(h1.selectFirst("[lang=zh-CN]").text()).endsWith("？");
        assertThat(h1.selectFirst("[lang=en]").text()).endsWith("?");
    }

    @Test
    void givesTheBlufInEnglishAndChineseWithTheMachineLabel() {
        assertThat(page.select(".bluf p[lang=en]").text()).isNotBlank();
        assertThat(page.select(".bluf p[lang=zh-CN]").text()).contains("原文翻译");
        assertThat(page.select(".bluf .machine").text()).contains("Machine-generated");
        assertThat(page.select(".bluf .machine").attr("title")).contains(ScriptedModel.NAME);
    }

    @Test
    void attributesTheSourceWithItsDate() {
        String source = page.select("section.source").text();
        Bilingual sourceTitle = enriched.article().source().title();
        assertThat(sourceTitle.isComplete()).isTrue();
        assertThat(source).contains(chinese.source().name().zh()).contains(sourceTitle.zh()).contains(sourceTitle.en());
        assertThat(source).contains(String.valueOf(chinese.source().published().getYear()));
    }

    @Test
    void showsTheBodyBlockByBlockInBothLanguages() {
        long paragraphs = chinese.body().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).count();
        long items = chinese.body().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).count();
        long headings = chinese.body().stream().filter(b -> b.kind() == BlockKind.HEADING).count();
        assertThat(page.select(".body div.pair")).hasSize((int) paragraphs);
        assertThat(page.select(".body p[lang=en]")).hasSize((int) (paragraphs + items));
        assertThat(page.select(".body p[lang=zh-CN]")).hasSize((int) (paragraphs + items));
        assertThat(page.select(".body h2 > span[lang=en], .body h3 > span[lang=en]")).hasSize((int) headings);
        assertThat(page.select(".body .en .machine").attr("title")).contains(ScriptedModel.NAME);
    }

    @Test
    void answersAGroundedFaqAndOffersShareLinksAndTheDisclaimer() {
        assertThat(page.select(".faq .qa")).hasSize(3);
        assertThat(page.select(".faq .qa p[lang=zh-CN]")).hasSize(3);
        assertThat(page.select(".faq .qa p[lang=en]")).hasSize(3);
        assertThat(page.selectFirst("a[href^=https://service.weibo.com/share/share.php]")).isNotNull();
        assertThat(page.select(".disclaimer p")).hasSize(chinese.disclaimer().size()).hasSizeGreaterThan(0);
        assertThat(page.selectFirst("nav.back a")).isNotNull();
    }

    @Test
    void carriesJsonLdWithTheQuestionTitleAndTheFaq() throws Exception {
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        List<String> types = new ArrayList<>();
        ld.get("@graph").forEach(n -> types.add(n.get("@type").asText()));
        assertThat(types).containsExactly("NewsArticle", "FAQPage", "BreadcrumbList");
        assertThat(ld.get("@graph").get(0).get("headline").asText()).isEqualTo(enriched.article().title().zh());
        assertThat(ld.get("@graph").get(1).get("mainEntity")).hasSize(3);
    }
}
