package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.config.SiteConfig;
import io.geopress.ingest.Ingest;
import io.geopress.model.Progress;
import io.geopress.store.ArticleStore;
import io.geopress.testing.Seed;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page imported and built: its HTML must hold every element of the page anatomy, in order. Expected text
 * is taken from the seed by line number, independently of the importer.
 */
class SeedPageTest {
    private static final int[] PARAGRAPHS = {19, 27, 35, 39, 47, 51, 59, 63, 67, 75, 92, 107, 115};
    private static final int[] HEADINGS = {23, 31, 43, 55, 71, 88, 111};
    private static final int[] ITEMS = {79, 81, 83, 85, 96, 98, 100, 102, 104, 119, 121};
    private static final int[] QUESTIONS = {126, 130, 134};

    @TempDir static Path site;
    static Document page;
    static String canonical;

    @BeforeAll
    static void importAndBuild() throws Exception {
        Path seed = Seed.path();
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"));
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        var imported = new Ingest(config.timeZone()).read(seed, null, Progress.NONE).get(0);
        String slug = store.save(List.of(new ArticleStore.Draft(imported.article(), "import seed"))).get(0).slug();
        store.publish(List.of(slug));
        new SiteBuilder(config).build(Catalog.of(store.published()), site, Progress.NONE);
        Path html = site.resolve("public").resolve(SiteBuilder.pagePath(slug));
        page = Jsoup.parse(Files.readString(html), html.toUri().toString());
        canonical = "https://geo.example.com/articles/" + slug + ".html";
    }

    @Test
    void holdsEveryElementOfTheAnatomyInOrder() {
        List<String> expected = new ArrayList<>();
        expected.add(Seed.line(3));
        expected.add(Seed.line(9));
        expected.add(Seed.line(11).replaceFirst("^原文翻译\\s*[:：]\\s*", ""));
        expected.add(Seed.line(13));
        expected.add(Seed.line(15));
        expected.add(Seed.line(17));
        for (int n = 19; n <= 122; n++) {
            if (!Seed.line(n).isBlank()) expected.add(Seed.line(n));
        }
        for (int q : QUESTIONS) {
            expected.add(Seed.line(q));
            expected.add(Seed.line(q + 2));
        }
        expected.add("本文为节选");
        expected.add("← 返回文章列表");
        expected.add("分享到");
        expected.add(Seed.line(141).replaceFirst("^版权与免责声明\\s*[:：]\\s*", ""));
        expected.add(Seed.line(143));
        expected.add(Seed.line(145));

        String text = Seed.normal(page.body().text());
        int at = 0;
        for (String piece : expected) {
            int found = text.indexOf(Seed.normal(piece), at);
            assertThat(found).as("in order after position %d: %s", at, piece).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    @Test
    void putsParagraphHeadingAndListPairsInTheirElements() {
        for (int n : PARAGRAPHS) {
            assertThat(page.select("div.pair").stream().filter(d -> hasPair(d, "p", n, n + 2)))
                    .as("paragraph pair at line %d", n).hasSize(1);
        }
        for (int n : HEADINGS) {
            assertThat(page.select("h2, h3, h4, h5, h6").stream().filter(h -> hasPair(h, "span", n, n + 2)))
                    .as("heading pair at line %d", n).hasSize(1);
        }
        for (int n : ITEMS) {
            assertThat(page.select("li").stream().filter(li -> hasPair(li, "p", n, n + 1)))
                    .as("list item pair at line %d", n).hasSize(1);
        }
        assertThat(page.select("div.pair")).hasSize(PARAGRAPHS.length);
        assertThat(page.select(".body li")).hasSize(ITEMS.length);
    }

    @Test
    void answersTheFaqAndMarksTheExcerpt() {
        assertThat(page.select(".faq .qa")).hasSize(3);
        for (int i = 0; i < QUESTIONS.length; i++) {
            Element qa = page.select(".faq .qa").get(i);
            assertThat(Seed.normal(qa.selectFirst("h3").text())).isEqualTo(Seed.normal(Seed.line(QUESTIONS[i])));
            assertThat(Seed.normal(qa.selectFirst("p").text())).isEqualTo(Seed.normal(Seed.line(QUESTIONS[i] + 2)));
        }
        Element notice = page.selectFirst(".excerpt-notice");
        assertThat(notice).isNotNull();
        assertThat(notice.text()).contains("光明网");
        assertThat(page.select(".body li p.en").last().text()).isEqualTo(Seed.line(122).replaceFirst("^•\\s*", ""));
        assertThat(page.select(".body li .flag").text()).contains("Translation incomplete");
    }

    @Test
    void linksBackToTheListAndSharesThePageOnWeibo() {
        assertThat(page.selectFirst("nav.back a").attr("href")).isEqualTo("/");
        Element weibo = page.selectFirst("a[href^=https://service.weibo.com/share/share.php]");
        assertThat(weibo).isNotNull();
        assertThat(weibo.attr("href")).contains("url=" + URLEncoder.encode(canonical, StandardCharsets.UTF_8));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
    }

    @Test
    void showsTheSourcesOwnDisclaimerOnceInsteadOfTheSiteDefault() {
        String text = Seed.normal(page.body().text());
        for (String line : List.of(Seed.line(141).replaceFirst("^版权与免责声明\\s*[:：]\\s*", ""), Seed.line(143), Seed.line(145))) {
            String p = Seed.normal(line);
            assertThat(text.indexOf(p)).isGreaterThanOrEqualTo(0).isEqualTo(text.lastIndexOf(p));
        }
        assertThat(page.select(".disclaimer p")).hasSize(3);
        assertThat(text).doesNotContain(SiteConfig.DEFAULT_DISCLAIMER.get(0).zh());
    }

    @Test
    void carriesJsonLdWithTheArticleTheFaqAndBreadcrumbs() throws Exception {
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        List<String> types = new ArrayList<>();
        ld.get("@graph").forEach(n -> types.add(n.get("@type").asText()));
        assertThat(types).containsExactly("NewsArticle", "FAQPage", "BreadcrumbList");
        JsonNode faq = ld.get("@graph").get(1).get("mainEntity");
        assertThat(faq).hasSize(3);
        assertThat(faq.get(0).get("name").asText()).isEqualTo(Seed.line(126));
        assertThat(faq.get(0).get("acceptedAnswer").get("text").asText()).isEqualTo(Seed.line(128));
        assertThat(ld.get("@graph").get(0).get("headline").asText()).isEqualTo(Seed.line(3));
        assertThat(ld.get("@graph").get(0).get("datePublished").asText()).isEqualTo("2026-03-17T00:00+08:00");
        assertThat(ld.get("@graph").get(0).get("dateModified").asText()).isEqualTo("2026-03-17T00:00+08:00");
    }

    @Test
    void marksTheLanguageOfEveryBlock() {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        for (Element e : page.select(".body p:not(.flag), .body h2 span, .faq p, .bluf p, .disclaimer p")) {
            assertThat(e.attr("lang")).as(e.outerHtml()).isIn("zh-CN", "en");
        }
        assertThat(page.select(".body p[lang=en]").size()).isEqualTo(PARAGRAPHS.length + ITEMS.length);
    }

    private static boolean hasPair(Element e, String tag, int zhLine, int enLine) {
        Element zh = e.selectFirst(tag + "[lang=zh-CN]");
        Element en = e.selectFirst(tag + "[lang=en]");
        return zh != null && en != null && Seed.normal(zh.text()).equals(Seed.normal(Seed.line(zhLine)))
                && Seed.normal(en.text()).equals(Seed.normal(Seed.line(enLine)));
    }
}
