package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import io.geopress.store.ArticleStore;
import io.geopress.testing.GeopressProcess;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo's categories, from YAML and TOML front matter, as their own taxonomy: a list with feeds per category, an
 * index of them, links from the article and the JSON-LD articleSection. Imported, published and built by real
 * {@code geopress} processes, so the build reads the store as it always does.
 */
class CategoriesTest {
    private static final String CREEK = "qingxi-creek-cleanup";
    private static final String CARDS = "handwritten-cards";

    @TempDir static Path dir;
    static Path site;
    static Path out;
    static String[] importArgs;

    @BeforeAll
    static void importPublishAndBuild() throws Exception {
        Path yaml = Files.writeString(dir.resolve("creek.md"), """
                ---
                title: 清溪河是怎样变干净的?
                title_en: How Did Qingxi Creek Get Clean?
                publishDate: 2026-05-02
                slug: qingxi-creek-cleanup
                tags: [河流]
                categories:
                  - Environment
                  - 社区
                ---

                四十名志愿者用三个月清理了三公里河段。

                Forty volunteers cleared three kilometres of the creek in three months.
                """);
        Path toml = Files.writeString(dir.resolve("cards.md"), """
                +++
                title = "小镇书店为何坚持手写推荐卡?"
                title_en = "Why Does a Small-Town Bookshop Still Handwrite Its Cards?"
                publishDate = 2026-05-01T09:00:00+08:00
                slug = "handwritten-cards"
                categories = "Environment"
                +++

                店主每周写二十张推荐卡。

                The owner writes twenty cards a week.
                """);
        importArgs = new String[] {"import", yaml.toString(), toml.toString()};
        site = dir.resolve("site");
        succeeds(dir, "init", "site", "--base-url", "https://geo.example.com/");
        assertThat(succeeds(site, importArgs).err()).contains("2 new, 0 revised, 0 unchanged");
        succeeds(site, "publish", "--all");
        succeeds(site, "build");
        out = site.resolve("public").toRealPath();
    }

    private static GeopressProcess.Result succeeds(Path workingDir, String... args) throws Exception {
        GeopressProcess.Result result = GeopressProcess.run(workingDir, args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    @Test
    void eachCategoryHasAListWithFeedsOfItsArticlesNewestFirst() throws Exception {
        Document environment = Jsoup.parse(out.resolve("categories/environment/index.html").toFile());
        assertThat(environment.selectFirst("h1").text()).contains("分类：Environment").contains("Category: Environment");
        assertThat(environment.select("ol.articles > li h2 a").eachAttr("href"))
                .containsExactly("/articles/" + CREEK + ".html", "/articles/" + CARDS + ".html");
        assertThat(environment.selectFirst("link[type=application/atom+xml]").attr("href")).isEqualTo("/categories/environment/atom.xml");
        for (String feed : List.of("feed.xml", "atom.xml")) {
            assertThat(feedLinks(out.resolve("categories/environment/" + feed))).containsExactly(
                    "https://geo.example.com/articles/" + CREEK + ".html", "https://geo.example.com/articles/" + CARDS + ".html");
        }
        Document community = Jsoup.parse(out.resolve("categories/she-qu/index.html").toFile());
        assertThat(community.select("ol.articles > li h2 a").eachAttr("href")).containsExactly("/articles/" + CREEK + ".html");
        assertThat(feedLinks(out.resolve("categories/she-qu/feed.xml"))).hasSize(1);
    }

    @Test
    void theIndexListsEveryCategoryMostUsedFirstAndCategoriesAreNoLongerTags() throws Exception {
        Document index = Jsoup.parse(out.resolve("categories/index.html").toFile());
        assertThat(index.selectFirst("h1").text()).contains("全部分类").contains("All categories");
        assertThat(index.select(".tag-index a").eachText()).containsExactly("Environment", "社区");
        assertThat(index.select(".tag-index a").eachAttr("href")).containsExactly("/categories/environment/", "/categories/she-qu/");
        assertThat(index.select(".tag-index .count").eachText()).containsExactly("2", "1");

        Document tags = Jsoup.parse(out.resolve("tags/index.html").toFile());
        assertThat(tags.select(".tag-index a").eachText()).containsExactly("河流");
        assertThat(out.resolve("tags/environment")).doesNotExist();
    }

    @Test
    void theArticleLinksItsCategoriesAndNamesThemAsItsSectionInJsonLd() throws Exception {
        Document creek = Jsoup.parse(out.resolve("articles/" + CREEK + ".html").toFile());
        assertThat(creek.select(".categories a").eachAttr("href")).containsExactly("/categories/environment/", "/categories/she-qu/");
        assertThat(creek.select(".categories a").eachText()).containsExactly("Environment", "社区");
        assertThat(creek.select(".tags a").eachText()).containsExactly("河流");
        assertThat(articleSection(creek)).hasToString("[\"Environment\",\"社区\"]");

        Document cards = Jsoup.parse(out.resolve("articles/" + CARDS + ".html").toFile());
        assertThat(cards.select(".categories a").eachText()).containsExactly("Environment");
        assertThat(cards.select(".tags")).isEmpty();
        assertThat(articleSection(cards).asText()).isEqualTo("Environment");
    }

    @Test
    void importingTheSameFilesAgainAddsNoRevision() throws Exception {
        assertThat(succeeds(site, importArgs).err()).contains("0 new, 0 revised, 2 unchanged");
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
        assertThat(store.history(CREEK)).hasSize(1);
        assertThat(store.history(CARDS)).hasSize(1);
    }

    private static JsonNode articleSection(Document page) throws Exception {
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        JsonNode article = ld.get("@graph").get(0);
        assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
        return article.get("articleSection");
    }

    private static List<String> feedLinks(Path feed) throws Exception {
        try (Reader reader = Files.newBufferedReader(feed)) {
            return new SyndFeedInput().build(reader).getEntries().stream().map(SyndEntry::getLink).toList();
        }
    }
}
