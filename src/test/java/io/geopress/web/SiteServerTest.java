package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.search.SearchIndex;
import io.geopress.testing.RawRequest;
import io.geopress.testing.StandardError;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site over real HTTP: content types, cache headers, revalidation, redirects, switching builds, and only
 * the build's own regular files served.
 */
class SiteServerTest {
    @TempDir Path site;
    private final SiteConfig config = SiteConfig.defaults("GEO", URI.create("http://localhost/"));
    private SiteServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serveABuild() throws Exception {
        Path build = Files.createDirectories(site.resolve(".builds/one"));
        Files.createDirectories(build.resolve("articles/trams"));
        Files.writeString(build.resolve("index.html"), "<!DOCTYPE html><title>list</title>");
        Files.writeString(build.resolve("articles/trams/index.html"), "<!DOCTYPE html><title>电车</title>");
        Files.writeString(build.resolve("articles/trams/index.html.md"), "# 电车");
        Files.createDirectories(build.resolve("assets"));
        Files.writeString(build.resolve("assets/site.0123456789.css"), "body{}");
        Files.createSymbolicLink(site.resolve("public"), Path.of(".builds/one"));
        server = SiteServer.start(site, config, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesAsUtf8HtmlThatBrowsersRevalidate() throws Exception {
        HttpResponse<String> page = get("/articles/trams/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("电车");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/articles/trams/", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void answersHeadWithTheLengthOfTheFileAndNoBody() throws Exception {
        HttpRequest head = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles/trams/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(head, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        long size = Files.size(site.resolve("public/articles/trams/index.html"));
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Long.toString(size));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aBusyPortIsAOneLineError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteServer.start(site, config, "127.0.0.1", server.port()))
                .hasMessageStartingWith("cannot listen on 127.0.0.1:" + server.port());
    }

    @Test
    void compressesForBrowsersThatAcceptGzip() throws Exception {
        String big = "<!DOCTYPE html><title>电车</title>" + "<p>有轨电车回来了。Trams are back.</p>".repeat(400);
        Files.writeString(site.resolve("public/articles/trams/index.html"), big);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles/trams/"))
                .header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes();
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(big);
    }

    @Test
    void servesMarkdownTwinsAndLetsFingerprintedAssetsBeCachedForGood() throws Exception {
        assertThat(get("/articles/trams/index.html.md").headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringWhitespace("text/markdown;charset=utf-8");
        HttpResponse<String> css = get("/assets/site.0123456789.css");
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringWhitespace("text/css;charset=utf-8");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void redirectsAFolderWithoutItsSlashAndRefusesToLeaveTheSite() throws Exception {
        HttpResponse<String> redirect = get("/articles/trams");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/articles/trams/");
        assertThat(get("/nothing-here/").statusCode()).isEqualTo(404);
        assertThat(get("/articles/../../geopress.yml").statusCode()).isIn(400, 404);
        assertThat(get("/articles/%2e%2e/%2e%2e/geopress.yml").statusCode()).isIn(400, 404);
    }

    @Test
    void aLinkInTheBuildToAFileOutsideItIsNotFound() throws Exception {
        Path build = site.resolve(".builds/one");
        Files.writeString(site.resolve("geopress.db"), "the store itself");
        Files.createSymbolicLink(build.resolve("passwd.html"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(build.resolve("store.html"), site.resolve("geopress.db"));
        Files.createSymbolicLink(build.resolve("up"), site);
        Files.createSymbolicLink(build.resolve("articles/trams/loop.html"), build.resolve("articles/trams/loop.html"));
        Files.createSymbolicLink(build.resolve("same.html"), build.resolve("articles/trams/index.html"));
        for (String path : List.of("/passwd.html", "/store.html", "/up/geopress.db", "/up/", "/up", "/articles/trams/loop.html")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("the store itself");
        }
        assertThat(get("/same.html").body()).as("a link that stays in the build").contains("电车");
        Files.delete(build.resolve("passwd.html")); // JUnit warns of a link out of its folder
    }

    @Test
    void dotAndUnderscoreFilesAreNeverServed() throws Exception {
        Path build = site.resolve(".builds/one");
        Files.writeString(build.resolve("_redirects"), "/old/ /articles/trams/ 301\n");
        Files.writeString(build.resolve("_headers"), "/*\n  X-Test: 1\n");
        Files.createDirectories(build.resolve(".search"));
        Files.writeString(build.resolve(".search/segments_1"), "index");
        Files.writeString(build.resolve("articles/.draft.html"), "<!DOCTYPE html><title>draft</title>");
        Files.createDirectories(build.resolve("_drafts"));
        Files.writeString(build.resolve("_drafts/a.html"), "<!DOCTYPE html><title>draft</title>");
        for (String path : List.of("/_redirects", "/_headers", "/.search/segments_1", "/.search/", "/articles/.draft.html",
                "/_drafts/a.html", "/_drafts/", "/%5Fredirects", "/%2Esearch/segments_1", "/articles/trams/%2e%2e/%2e%2e/_headers")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/old/").statusCode()).as("the map is read, never served").isEqualTo(301);
    }

    @Test
    void aFailureNoHandlerExpectedIsOneLineInTheLogAndAPlain500() throws Exception {
        // an index to search, but the build has no scripts for the search page to link to
        SearchIndex.write(site.resolve(".builds/one/.search"),
                List.of(new SearchIndex.Entry("trams", "/articles/trams/", "电车 Trams", "有轨电车。", "Trams.")));
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        String log = StandardError.during(() -> answer.set(get("/search/?q=trams")));
        assertThat(answer.get().statusCode()).isEqualTo(500);
        assertThat(answer.get().body()).isEqualTo("Internal server error\n");
        assertThat(log.lines()).singleElement().asString().contains("GET /search/", "no site.*.js in assets/").doesNotContain("\tat ");
    }

    @Test
    void aPathTheRouterCannotDecodeIsA400WithoutALogLine() throws Exception {
        AtomicReference<RawRequest> answer = new AtomicReference<>();
        String log = StandardError.during(() -> answer.set(RawRequest.get(server.port(), "/%u002e")));
        assertThat(answer.get().status()).isEqualTo(400);
        assertThat(answer.get().headers()).containsKey("content-security-policy");
        assertThat(log).isEmpty();
    }

    @Test
    void servesTheNewBuildAsSoonAsTheLinkIsSwitched() throws Exception {
        Path two = Files.createDirectories(site.resolve(".builds/two"));
        Files.writeString(two.resolve("index.html"), "<!DOCTYPE html><title>second</title>");
        Path link = site.resolve("public-new");
        Files.createSymbolicLink(link, Path.of(".builds/two"));
        Files.move(link, site.resolve("public"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(get("/").body()).contains("second");
    }
}
