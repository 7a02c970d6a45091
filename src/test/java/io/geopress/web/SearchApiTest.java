package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.config.SiteConfig;
import io.geopress.testing.Browser;
import io.geopress.testing.RawRequest;
import io.geopress.testing.ServedSite;
import io.geopress.testing.StandardError;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search over HTTP, and on the search page in a real browser, in Chinese and in English; a query over the bounds is
 * a 400 that says why, and no query makes a 500 or a stack trace in the log.
 */
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
    void aQueryOverTheBoundsIsRefusedWithA400SayingWhyInJson() throws Exception {
        // 261 words once made Lucene's TooManyClauses and a 500
        for (String[] refused : new String[][] {{"tr ".repeat(300), "Too many words: at most 64, this query has 300."},
                {"x".repeat(5_000), "The query is too long: at most 1000 characters, this one has 5000."},
                {"电".repeat(1_001), "The query is too long: at most 1000 characters, this one has 1001."}}) {
            HttpResponse<String> response = served.get("/api/search?q=" + URLEncoder.encode(refused[0], StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(new ObjectMapper().readTree(response.body()).get("error").asText()).isEqualTo(refused[1]);
        }
    }

    @Test
    void oddQueriesNeverAnswer500NorLeaveAStackTraceInTheLog() throws Exception {
        List<String> queries = List.of("", "q=", "q=%21%3F%2E%2C%3B%EF%BC%81", "q=" + "tr+".repeat(300), "q=" + "x".repeat(5_000),
                "q=title%3Ax+AND+%28", "q=*", "q=%3F", "q=%5C", "q=%22unbalanced", "q=a%00b", "q=%zz", "q=%", "q=%E6",
                "q=tram&limit=-5", "q=tram&limit=x", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        String log = StandardError.during(() -> {
            for (String query : queries) {
                for (String endpoint : List.of("/api/search?", "/search/?")) {
                    RawRequest answer = RawRequest.get(served.port(), endpoint + query);
                    assertThat(answer.status()).as(endpoint + query).isLessThan(500);
                }
            }
        });
        assertThat(log).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aQueryWithMarkupComesBackAsJsonText() throws Exception {
        String hostile = "<script>alert(\"x\")</script>";
        HttpResponse<String> response = served.get("/api/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(new ObjectMapper().readTree(response.body()).get("query").asText()).isEqualTo(hostile);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
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
