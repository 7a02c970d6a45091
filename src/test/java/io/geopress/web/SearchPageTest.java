package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.Browser;
import io.geopress.testing.NuChecker;
import io.geopress.testing.ServedSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page with its results, rendered by geopress serve for readers without JavaScript (over HTTP, and in
 * headless Chromium with JavaScript off), on a site under /news/; a query over the bounds is a 400 page that says why.
 */
class SearchPageTest {
    private static final String TRAMS = "/news/articles/why-trams-are-back-lessons-from-lanhe-s-first-year.html";
    private static final String TEA = "/news/articles/how-can-small-tea-farmers-use-soil-sensors-a-2026-guide.html";
    private static final String HOSTILE = "<script>alert(\"x\")</script>&'\" <b>";
    @TempDir static Path site;
    @TempDir static Path pages;
    static ServedSite served;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.start(site, SiteConfig.defaults("GEO 搜索站", URI.create("https://geo.example.com/news/")));
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    /** The page for {@code q}, checked for what every such answer carries. */
    private static HttpResponse<String> search(String q) throws Exception {
        return search(q, 200);
    }

    private static HttpResponse<String> search(String q, int status) throws Exception {
        HttpResponse<String> response = served.get("/news/search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        return response;
    }

    private static List<String> links(Document page) {
        return page.select("#results > li > h2 > a").eachAttr("href");
    }

    @Test
    void aChineseQueryListsTheArticleFirstWithTheWordMarked() throws Exception {
        Document page = Jsoup.parse(search("有轨电车").body());
        assertThat(links(page)).first().isEqualTo(TRAMS);
        assertThat(page.select("#results > li").first().select("p.snippet mark").eachText()).isNotEmpty();
        assertThat(page.select("input#q").val()).isEqualTo("有轨电车");
        assertThat(page.title()).startsWith("有轨电车 · ");
    }

    @Test
    void anEnglishQueryFindsTheArticleWrittenInBothLanguages() throws Exception {
        Document page = Jsoup.parse(search("soil sensors irrigation").body());
        assertThat(links(page)).first().isEqualTo(TEA);
        assertThat(page.select("#results > li").first().text()).contains("小茶农");
        assertThat(page.select("#results mark")).isNotEmpty();
        assertThat(page.select(".no-results")).isEmpty();
    }

    @Test
    void looksLikeTheStaticSearchPageWithTheSameHeaderFooterAndStyleSheet() throws Exception {
        Document dynamic = Jsoup.parse(search("trams").body());
        Document fixed = Jsoup.parse(Files.readString(site.resolve("public/search/index.html")));
        assertThat(dynamic.select("header.site").outerHtml()).isEqualTo(fixed.select("header.site").outerHtml());
        assertThat(dynamic.select("footer.site-footer").outerHtml()).isEqualTo(fixed.select("footer.site-footer").outerHtml());
        String css = dynamic.select("link[rel=stylesheet]").attr("href");
        assertThat(css).isEqualTo(fixed.select("link[rel=stylesheet]").attr("href")).startsWith("/news/assets/site.");
        assertThat(served.get(css).statusCode()).isEqualTo(200);
        assertThat(dynamic.select("form.search").attr("action")).isEqualTo("/news/search/");
        // the page's script leaves results rendered by the server alone; the no-JavaScript note is for the static page
        assertThat(dynamic.select("#results").hasAttr("data-rendered")).isTrue();
        assertThat(fixed.select("#results").hasAttr("data-rendered")).isFalse();
        assertThat(dynamic.select("noscript")).isEmpty();
        assertThat(fixed.select("noscript")).hasSize(1);
    }

    @Test
    void aQueryWithHtmlInItIsShownAsTextNeverAsMarkup() throws Exception {
        String body = search(HOSTILE).body();
        assertThat(body).doesNotContain("<script>alert").doesNotContain("<b>").contains("&lt;script&gt;alert");
        Document page = Jsoup.parse(body);
        assertThat(page.select("input#q").val()).isEqualTo(HOSTILE.strip());
        assertThat(page.select(".no-results").text()).contains(HOSTILE.strip());
        assertThat(page.select("b")).isEmpty();
        Document fixed = Jsoup.parse(Files.readString(site.resolve("public/search/index.html")));
        assertThat(page.select("script")).hasSameSizeAs(fixed.select("script"));
    }

    @Test
    void aQueryOverTheBoundsIsA400PageThatSaysWhyInBothLanguagesAndKeepsTheQuery() throws Exception {
        String words = HOSTILE + " " + "tr ".repeat(300);
        Document tooMany = Jsoup.parse(search(words, 400).body());
        assertThat(tooMany.select("p.refused [lang=zh-CN]").text()).startsWith("搜索词太多：最多 64 个词，这里有 3");
        assertThat(tooMany.select("p.refused [lang=en]").text()).startsWith("Too many words: at most 64, this query has 3");
        assertThat(tooMany.select("input#q").val()).isEqualTo(words.strip());
        assertThat(tooMany.select("b")).isEmpty();
        assertThat(links(tooMany)).isEmpty();
        assertThat(tooMany.select(".no-results")).isEmpty();

        Document tooLong = Jsoup.parse(search("x".repeat(5_000), 400).body());
        assertThat(tooLong.select("p.refused").text()).contains("最多 1000 个字符", "at most 1000 characters, this one has 5000");
    }

    @Test
    void aQueryThatFindsNothingSaysSoInBothLanguages() throws Exception {
        Document page = Jsoup.parse(search("zqxjvw").body());
        assertThat(links(page)).isEmpty();
        assertThat(page.select(".no-results [lang=zh-CN]").text()).isEqualTo("没有找到与“zqxjvw”相关的文章。");
        assertThat(page.select(".no-results [lang=en]").text()).isEqualTo("No articles match “zqxjvw”.");
    }

    @Test
    void withoutAQueryTheStaticSearchPageIsServed() throws Exception {
        String fixed = Files.readString(site.resolve("public/search/index.html"));
        for (String path : List.of("/news/search/", "/news/search/?q=", "/news/search/?q=%20%20", "/news/search/?other=1")) {
            HttpResponse<String> response = served.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo(fixed);
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
        }
    }

    @Test
    void aSiteThemeAppliesToThePageRenderedOnRequest(@TempDir Path themed) throws Exception {
        Files.createDirectories(themed.resolve("templates/parts"));
        Files.writeString(themed.resolve("templates/parts/footer.jte"), """
                @import io.geopress.site.page.SitePart
                @param SitePart site
                <footer class="site-footer"><p>本站主题 Our own theme · ${site.name().any()}</p></footer>
                """);
        try (ServedSite themedSite = ServedSite.start(themed, SiteConfig.defaults("GEO 主题站", URI.create("http://localhost/")))) {
            HttpResponse<String> response = themedSite.get("/search/?q=trams");
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("footer.site-footer").text()).isEqualTo("本站主题 Our own theme · GEO 主题站");
            assertThat(links(page)).first().isEqualTo(TRAMS.substring("/news".length()));
        }
    }

    @Test
    void withJavaScriptOffTheFormSubmitsToTheServerWhichListsTheResults() throws Exception {
        ChromeDriver browser = Browser.start(false);
        try {
            for (String[] query : new String[][] {{"土壤传感器", TEA}, {"trams", TRAMS}}) {
                browser.get(served.url("/news/search/"));
                // a <noscript> note is shown only when scripts are off: proof that this browser runs none
                assertThat(browser.findElement(By.cssSelector("noscript p[lang=en]")).isDisplayed()).isTrue();
                assertThat(browser.findElements(By.cssSelector("#results li"))).isEmpty();
                browser.findElement(By.id("q")).sendKeys(query[0]);
                browser.findElement(By.cssSelector("form.search button")).click();
                waitFor(browser, "#results h2 a");
                assertThat(browser.getCurrentUrl()).startsWith(served.url("/news/search/?q="));
                assertThat(browser.findElement(By.cssSelector("#results h2 a")).getAttribute("href")).endsWith(query[1]);
                assertThat(browser.findElements(By.cssSelector("#results li mark"))).isNotEmpty();
                assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(query[0]);
            }

            browser.findElement(By.id("q")).clear();
            browser.findElement(By.id("q")).sendKeys("zqxjvw");
            browser.findElement(By.cssSelector("form.search button")).click();
            waitFor(browser, "p.no-results");
            assertThat(browser.findElement(By.cssSelector("p.no-results")).getText()).contains("No articles match “zqxjvw”");
            assertThat(browser.findElements(By.cssSelector("#results li"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static void waitFor(ChromeDriver browser, String css) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void theRenderedPagesHaveNoNuCheckerErrors() throws Exception {
        NuChecker checker = NuChecker.orAbort();
        List<Path> files = new ArrayList<>();
        for (String q : List.of("有轨电车", "soil sensors irrigation", HOSTILE, "zqxjvw", "tr ".repeat(300))) {
            Path file = pages.resolve("search-" + files.size() + ".html");
            Files.writeString(file, search(q, q.length() > 100 ? 400 : 200).body());
            files.add(file);
        }
        assertThat(checker.errors(files)).isEmpty();
    }
}
