package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.search.SearchIndex;
import io.geopress.testing.RawRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer of geopress serve carries the site's security headers: pages, redirects, 304s, 404s, the search
 * endpoints, the last resort's 500, and the error pages Jetty answers itself before any handler.
 */
class SecurityHeadersTest {
    private static final String POLICY = "default-src 'self'; img-src 'self' https:; frame-ancestors 'self'";
    @TempDir Path site;
    private final SiteConfig config = SiteConfig.defaults("GEO", URI.create("http://localhost/")).withContentSecurityPolicy(POLICY);
    private final HttpClient http = HttpClient.newHttpClient();
    private SiteServer server;

    @BeforeEach
    void serveABuildWithAnIndexButNoStyleSheet() throws Exception {
        Path build = Files.createDirectories(site.resolve(".builds/one/articles/trams"));
        Files.writeString(build.resolve("index.html"), "<!DOCTYPE html><title>电车</title>");
        SearchIndex.write(site.resolve(".builds/one/.search"),
                List.of(new SearchIndex.Entry("trams", "/articles/trams/", "电车 Trams", "有轨电车。", "Trams.")));
        Files.createSymbolicLink(site.resolve("public"), Path.of(".builds/one"));
        server = SiteServer.start(site, config, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecure(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void everyAnswerOfTheApplicationCarriesTheHeaders() throws Exception {
        String etag = send("GET", "/articles/trams/").headers().firstValue("ETag").orElseThrow();
        Map<String, HttpResponse<String>> answers = Map.of(
                "page", send("GET", "/articles/trams/"),
                "head", send("HEAD", "/articles/trams/"),
                "redirect", send("GET", "/articles/trams"),
                "not modified", send("GET", "/articles/trams/", "If-None-Match", etag),
                "not found", send("GET", "/nothing-here.html"),
                "underscore file", send("GET", "/_headers"),
                "API", send("GET", "/api/search?q=trams"),
                "API refusal", send("GET", "/api/search?q=" + "x".repeat(1_001)),
                "other method", send("POST", "/"),
                "last resort", send("GET", "/search/?q=trams")); // the page needs the build's style sheet, missing here
        assertThat(answers.get("redirect").statusCode()).isEqualTo(301);
        assertThat(answers.get("not modified").statusCode()).isEqualTo(304);
        assertThat(answers.get("API refusal").statusCode()).isEqualTo(400);
        assertThat(answers.get("last resort").statusCode()).isEqualTo(500);
        answers.forEach((what, answer) -> assertSecure(what, answer.headers()));
    }

    @Test
    void theErrorPagesJettyAnswersItselfCarryThemToo() throws Exception {
        for (String target : List.of("/%", "/%00", "/%2", "/%zz", "/\\evil.example", "/" + "a".repeat(20_000))) {
            RawRequest answer = RawRequest.get(server.port(), target);
            String what = target.length() > 20 ? "an over-long path" : target;
            assertThat(answer.status()).as(what).isIn(400, 414);
            assertThat(answer.headers()).as(what).containsEntry("content-security-policy", POLICY)
                    .containsEntry("x-content-type-options", "nosniff").containsEntry("referrer-policy", "strict-origin-when-cross-origin");
        }
    }
}
