package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.geopress.config.SiteConfig;
import io.geopress.testing.SampleSite;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom feeds for the site and each tag, read back by Rome and by an independent parser; tag pages. */
class FeedsAndTagsTest {
    @TempDir static Path site;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        SampleSite.build(site, SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/")));
        out = site.resolve("public").toRealPath();
    }

    @Test
    void theSiteFeedsListEveryArticleNewestFirstInRssAndAtom() throws Exception {
        for (String name : List.of("feed.xml", "atom.xml")) {
            SyndFeed feed = read(out.resolve(name));
            assertThat(feed.getFeedType()).isEqualTo(name.equals("feed.xml") ? "rss_2.0" : "atom_1.0");
            assertThat(feed.getTitle()).isEqualTo("GEO 测试站");
            List<SyndEntry> entries = feed.getEntries();
            assertThat(entries).hasSize(4);
            assertThat(entries.get(0).getTitle()).startsWith("夜市重开后").contains(" / How Far Can");
            assertThat(entries.get(0).getLink()).isEqualTo("https://geo.example.com/articles/how-far-can-a-small-town-s-night-economy-go-once-its-market.html");
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).getPublishedDate()).isBeforeOrEqualTo(entries.get(i - 1).getPublishedDate());
            }
        }
    }

    @Test
    void anIndependentParserReadsEveryFeedWithoutComplaint() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        boolean hasFeedparser = Files.isExecutable(python)
                && new ProcessBuilder(python.toString(), "-c", "import feedparser").start().waitFor() == 0;
        if (!hasFeedparser) {
            String why = "Debian's python3-feedparser is missing (apt-get install python3-feedparser; .ci/run does)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(why);
            System.out.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        String script = "import sys, feedparser\n"
                + "for f in sys.argv[1:]:\n"
                + "    d = feedparser.parse(f)\n"
                + "    print(f, int(bool(d.bozo)), d.version, len(d.entries))\n";
        List<String> feeds = List.of(out.resolve("feed.xml").toString(), out.resolve("atom.xml").toString(),
                out.resolve("tags/xiao-cheng/feed.xml").toString(), out.resolve("tags/xiao-cheng/atom.xml").toString());
        List<String> command = new java.util.ArrayList<>(List.of(python.toString(), "-c", script));
        command.addAll(feeds);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertThat(p.waitFor()).as(String.join("\n", lines)).isZero();
        assertThat(lines).containsExactly(
                feeds.get(0) + " 0 rss20 4", feeds.get(1) + " 0 atom10 4",
                feeds.get(2) + " 0 rss20 1", feeds.get(3) + " 0 atom10 1");
    }

    @Test
    void eachTagHasAPageAndFeedsAndTheArticleLinksToIt() throws Exception {
        Document tag = Jsoup.parse(out.resolve("tags/xiao-cheng/index.html").toFile());
        assertThat(tag.selectFirst("h1").text()).contains("标签：小城").contains("Tag: 小城");
        assertThat(tag.select("ol.articles > li")).hasSize(1);
        assertThat(tag.selectFirst("link[type=application/rss+xml]").attr("href")).isEqualTo("/tags/xiao-cheng/feed.xml");
        assertThat(read(out.resolve("tags/xiao-cheng/atom.xml")).getEntries()).hasSize(1);

        Document index = Jsoup.parse(out.resolve("tags/index.html").toFile());
        assertThat(index.select(".tag-index a").eachText()).containsExactlyInAnyOrder("夜间经济", "城市更新", "小城");

        Document article = Jsoup.parse(out.resolve("articles/how-far-can-a-small-town-s-night-economy-go-once-its-market.html").toFile());
        assertThat(article.select(".tags a[rel=tag]").eachAttr("href"))
                .containsExactly("/tags/ye-jian-jing-ji/", "/tags/cheng-shi-geng-xin/", "/tags/xiao-cheng/");
    }

    @Test
    void eachSourceHasAPageTheArticleLinksTo() throws Exception {
        Document source = Jsoup.parse(out.resolve("sources/shi-li-cheng-shi-chen-bao/index.html").toFile());
        assertThat(source.selectFirst("h1").text()).contains("来源：示例城市晨报");
        assertThat(source.select("ol.articles > li a").eachAttr("href"))
                .containsExactly("/articles/why-trams-are-back-lessons-from-lanhe-s-first-year.html");
        assertThat(read(out.resolve("sources/shi-li-cheng-shi-chen-bao/feed.xml")).getEntries()).hasSize(1);
        Document article = Jsoup.parse(out.resolve("articles/why-trams-are-back-lessons-from-lanhe-s-first-year.html").toFile());
        assertThat(article.selectFirst(".source-more a").attr("href")).isEqualTo("/sources/shi-li-cheng-shi-chen-bao/");
    }

    private static SyndFeed read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new SyndFeedInput().build(reader);
        }
    }
}
