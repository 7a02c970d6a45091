package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.geopress.config.SiteConfig;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Source;
import io.geopress.testing.RichArticle;
import io.geopress.testing.SampleSite;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's feeds carry the newest articles' bodies whole, as their pages show them; other feeds keep summaries. */
class RichFeedsTest {
    private static final String PAGE = "https://geo.example.com/articles/" + RichArticle.SLUG + ".html";
    @TempDir static Path site;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        List<Article> articles = new ArrayList<>(List.of(RichArticle.article()));
        for (int i = 1; i <= 20; i++) articles.add(older(i));
        SampleSite.build(site, SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/")), articles);
        out = site.resolve("public").toRealPath();
    }

    /** A plain article published on the {@code day}th of January 2020, older than the samples. */
    private static Article older(int day) {
        return new Article(new Bilingual("旧闻第" + day + "篇", "Old news " + day), new Bilingual("摘要" + day, "Summary " + day),
                OffsetDateTime.parse("2020-01-%02dT08:00+08:00".formatted(day)), Source.UNKNOWN,
                List.of(Block.paragraph(new Bilingual("正文" + day + "。", "Body " + day + "."))), List.of(), List.of(), List.of(),
                List.of(), false, "old-news-" + day, null);
    }

    private static SyndFeed read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void theSiteFeedsCarryTheNewestTwentyBodiesAndSummariesAfterThem() throws Exception {
        for (String name : List.of("feed.xml", "atom.xml")) {
            List<SyndEntry> entries = read(out.resolve(name)).getEntries();
            assertThat(entries).as(name).hasSize(25);
            assertThat(entries.subList(0, 20)).as(name).allMatch(e -> e.getContents().size() == 1);
            assertThat(entries.subList(20, 25)).as(name).allMatch(e -> e.getContents().isEmpty() && e.getDescription() != null);
            SyndEntry rich = entries.get(0);
            assertThat(rich.getLink()).isEqualTo(PAGE);
            assertThat(rich.getDescription().getValue()).contains("120,000");
            assertTheWholeBody(Jsoup.parse(rich.getContents().get(0).getValue(), PAGE), name);
        }
    }

    @Test
    void theJsonFeedCarriesTheSameBodies() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asText()).isEqualTo("https://geo.example.com/feed.json");
        JsonNode items = feed.get("items");
        assertThat(items).hasSize(25);
        for (int i = 0; i < 25; i++) assertThat(items.get(i).has("content_html")).as("item %d", i).isEqualTo(i < 20);
        assertThat(items.get(24).get("content_text").asText()).isEqualTo("摘要1\nSummary 1");
        assertThat(items.get(0).get("url").asText()).isEqualTo(PAGE);
        assertTheWholeBody(Jsoup.parse(items.get(0).get("content_html").asText(), PAGE), "feed.json");
    }

    /** Both languages of every block, the figures, tables, code and notes, every address absolute, nothing run. */
    private static void assertTheWholeBody(Document body, String feed) {
        assertThat(body.select("p[lang=zh-CN]").eachText()).as(feed).contains("线路示意图", "第二项");
        assertThat(body.select("p[lang=en]").eachText()).as(feed).contains("Route sketch", "Second item");
        assertThat(body.select("img").eachAttr("src")).as(feed)
                .containsExactly(RichArticle.REMOTE_IMAGE, "https://geo.example.com/" + RichArticle.MEDIA_IMAGE);
        assertThat(body.select("th[rowspan=2]").text()).as(feed).isEqualTo("一号线Line 1");
        assertThat(body.select("table")).as(feed).hasSize(2);
        assertThat(body.selectFirst("pre code").wholeText()).as(feed).isEqualTo(RichArticle.CODE);
        assertThat(body.select("hr")).as(feed).hasSize(1);
        assertThat(body.select("sup a").eachAttr("href")).as(feed).contains(PAGE + "#fn-src", PAGE + "#fn-two");
        assertThat(body.select("section.footnotes li")).as(feed).hasSize(3);
        assertThat(body.select("a.back").eachAttr("href")).as(feed).contains(PAGE + "#fnref-src-zh");
        assertThat(body.selectFirst("a:contains(our about page)").attr("href")).as(feed).isEqualTo("https://geo.example.com/about/");
        assertThat(body.select("script")).as(feed).isEmpty();
        assertThat(body.text()).as(feed).contains(RichArticle.HOSTILE_ZH, RichArticle.HOSTILE_EN);
    }

    @Test
    void tagCategoryAndSourceFeedsKeepSummaries() throws Exception {
        List<Path> feeds;
        try (Stream<Path> files = Files.walk(out)) {
            feeds = files.filter(f -> f.getFileName().toString().matches("feed\\.xml|atom\\.xml") && !f.getParent().equals(out)).toList();
        }
        assertThat(feeds).anyMatch(f -> f.toString().contains("/tags/")).anyMatch(f -> f.toString().contains("/sources/"));
        for (Path file : feeds) {
            SyndFeed feed = read(file);
            assertThat(feed.getEntries()).as(file.toString()).isNotEmpty().allMatch(e -> e.getContents().isEmpty());
        }
        assertThat(Files.exists(out.resolve("tags").resolve(Files.list(out.resolve("tags")).filter(Files::isDirectory)
                .findFirst().orElseThrow().getFileName()).resolve("feed.json"))).isFalse();
    }
}
