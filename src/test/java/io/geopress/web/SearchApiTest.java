package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.config.SiteConfig;
import io.geopress.testing.Browser;
import io.geopress.testing.ServedSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search over HTTP, and on the search page in a real browser, in Chinese and in English. */
class SearchApiTest {
    private static final String TRAMS = "/articles/why-trams-are-back-lessons-from-lanhe-s-first-year.html";
    private static final String TEA = "/articles/how-can-small-tea-farmers-use-soil-sensors-a-2026-guide.html";
    @TempDir static Path site;
    static ServedSite served;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.start(site, SiteConfig.defaults("GEO", URI.create("http://localhost/")));
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static JsonNode search(String q) throws Exception {
        HttpResponse<String> response = served.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void aChineseQueryRanksTheArticleFirstWithAHighlightedSnippet() throws Exception {
        JsonNode hits = search("有轨电车").get("hits");
        assertThat(hits.get(0).get("url").asText()).isEqualTo(TRAMS);
        assertThat(hits.get(0).get("snippet").asText()).contains("<mark>");
    }

    @Test
    void anEnglishQueryFindsTheArticleWrittenInBothLanguages() throws Exception {
        JsonNode hits = search("soil sensors irrigation").get("hits");
        assertThat(hits.get(0).get("url").asText()).isEqualTo(TEA);
        assertThat(hits.get(0).get("title").asText()).contains("小茶农");
    }

    @Test
    void theIndexFilesAreNotServedButTheStaticIndexIs() throws Exception {
        Path index = site.resolve("public").toRealPath().resolve(".search");
        String anyFile;
        try (var files = Files.list(index)) {
            anyFile = files.findFirst().orElseThrow().getFileName().toString();
        }
        assertThat(served.get("/.search/" + anyFile).statusCode()).isEqualTo(404);
        JsonNode all = new ObjectMapper().readTree(served.get("/search.json").body());
        assertThat(all).hasSize(4);
        assertThat(all.findValuesAsText("url")).contains(TRAMS, TEA);
    }

    @Test
    void theStaticSearchPageSearchesWithItsScriptAsOnAStaticHost() throws Exception {
        ChromeDriver browser = Browser.start(true);
        try {
            // search/index.html is the file itself, which the server never renders results into: the script must
            browser.get(served.url("/search/index.html?q=") + URLEncoder.encode("有轨电车", StandardCharsets.UTF_8));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results h2 a")));
            assertThat(browser.findElement(By.id("results")).getAttribute("data-rendered")).isNull();
            assertThat(browser.findElement(By.cssSelector("#results h2 a")).getAttribute("href")).endsWith(TRAMS);
            assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("有轨电车");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSearchPageShowsResultsForChineseAndEnglishQueries() throws Exception {
        ChromeDriver browser = Browser.start(true);
        try {
            for (String[] query : new String[][] {{"土壤传感器", TEA}, {"trams", TRAMS}}) {
                browser.get(served.url("/search/"));
                browser.findElement(By.id("q")).sendKeys(query[0]);
                browser.findElement(By.cssSelector("form.search button")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results h2 a")));
                assertThat(browser.findElement(By.cssSelector("#results h2 a")).getAttribute("href")).endsWith(query[1]);
            }
        } finally {
            browser.quit();
        }
    }
}
