package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.model.Listing;
import io.geopress.store.ArticleStore;
import io.geopress.testing.SampleSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What crawlers and language models read besides the pages: sitemap.xml, robots.txt, llms.txt, llms-full.txt. */
class CrawlerFilesTest {
    private static final Path XSD_DIR = Path.of("..", "shared", "data");
    @TempDir static Path site;
    static Path out;
    static ArticleStore store;
    static SiteConfig config;

    @BeforeAll
    static void build() throws Exception {
        Map<String, Boolean> crawlers = new LinkedHashMap<>(SiteConfig.allCrawlersAllowed());
        crawlers.put("CCBot", false);
        SiteConfig defaults = SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/"));
        config = defaults.withPageSize(2).withCrawlers(crawlers);
        store = SampleSite.build(site, config);
        out = site.resolve("public").toRealPath();
    }

    @Test
    void theSitemapListsHomeAndEveryArticleWithItsDateAndValidatesAgainstTheSchema() throws Exception {
        String xml = Files.readString(out.resolve("sitemap.xml"));
        assertThat(xml).contains("<loc>https://geo.example.com/</loc>");
        for (Listing l : store.publishedListings()) {
            assertThat(xml).contains("<url><loc>https://geo.example.com/articles/" + l.slug() + ".html</loc><lastmod>");
        }
        assertThat(Pattern.compile("<url>").matcher(xml).results().count()).isEqualTo(5);
        assertValid(out.resolve("sitemap.xml"), "sitemap.xsd");
    }

    @Test
    void pastTheUrlLimitTheSitemapBecomesAnIndexOfValidFiles() throws Exception {
        Map<String, String> files = Sitemap.of("https://geo.example.com/", store.publishedListings(), new Links(config), 2);
        assertThat(files.keySet()).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
        assertThat(files.get("sitemap.xml")).contains("<sitemapindex").contains("<loc>https://geo.example.com/sitemap-3.xml</loc>");
        Path dir = Files.createDirectories(site.resolve("split"));
        for (var e : files.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        assertValid(dir.resolve("sitemap.xml"), "siteindex.xsd");
        for (int i = 1; i <= 3; i++) assertValid(dir.resolve("sitemap-" + i + ".xml"), "sitemap.xsd");
    }

    @Test
    void robotsFollowsTheCrawlerPolicyAndNamesTheSitemap() throws Exception {
        String robots = Files.readString(out.resolve("robots.txt"));
        for (String agent : SiteConfig.KNOWN_CRAWLERS) {
            String rule = agent.equals("CCBot") ? "Disallow: /" : "Allow: /";
            assertThat(robots).contains("User-agent: " + agent + "\n" + rule + "\n");
        }
        assertThat(robots).contains("User-agent: *\nAllow: /\n").endsWith("Sitemap: https://geo.example.com/sitemap.xml\n");
    }

    @Test
    void llmsTxtFollowsTheFormatAndEveryLinkIsBuilt() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("llms.txt"));
        assertThat(lines.get(0)).isEqualTo("# GEO 测试站");
        assertThat(lines.stream().filter(l -> l.startsWith("# "))).hasSize(1);
        assertThat(lines.get(2)).startsWith("> ");
        List<String> sections = lines.stream().filter(l -> l.startsWith("## ")).toList();
        assertThat(sections).containsExactly("## Articles", "## Optional");
        Pattern link = Pattern.compile("^- \\[([^\\]]+)\\]\\((https://geo\\.example\\.com/[^)]+)\\)(: .+)?$");
        List<String> items = lines.stream().filter(l -> l.startsWith("- ")).toList();
        assertThat(items).hasSize(4 + 2).allMatch(l -> link.matcher(l).matches());
        for (String item : items) {
            var m = link.matcher(item);
            assertThat(m.matches()).isTrue();
            String path = m.group(2).substring("https://geo.example.com/".length());
            assertThat(out.resolve(path)).as(item).isRegularFile();
        }
        int articles = lines.indexOf("## Articles");
        int optional = lines.indexOf("## Optional");
        assertThat(lines.subList(articles, optional).stream().filter(l -> l.startsWith("- ")))
                .hasSize(4).allMatch(l -> l.contains(": "));
    }

    @Test
    void llmsFullHoldsEveryArticleNewestFirst() throws Exception {
        String full = Files.readString(out.resolve("llms-full.txt"));
        List<Listing> listings = store.publishedListings();
        int at = -1;
        for (Listing l : listings) {
            int next = full.indexOf("# " + l.title().any());
            assertThat(next).as(l.slug()).isGreaterThan(at);
            at = next;
        }
        assertThat(full.split("\n---\n", -1)).hasSize(listings.size() + 1);
    }

    @Test
    void thereIsANotFoundPage() throws Exception {
        assertThat(Files.readString(out.resolve("404.html"))).contains("页面不存在").contains("Page not found");
    }

    private static void assertValid(Path xml, String schema) throws IOException, InterruptedException {
        Path xsd = XSD_DIR.resolve(schema);
        if (!Files.isRegularFile(xsd)) {
            System.out.println("SKIPPED schema check: " + xsd.toAbsolutePath() + " is absent");
            Assumptions.abort("../shared/data is absent");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/xmllint"))) {
            String why = "xmllint is missing (apt-get install libxml2-utils; .ci/run does)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(why);
            System.out.println("SKIPPED schema check: " + why);
            Assumptions.abort(why);
        }
        Process p = new ProcessBuilder("/usr/bin/xmllint", "--noout", "--nonet", "--schema", xsd.toString(), xml.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }
}
