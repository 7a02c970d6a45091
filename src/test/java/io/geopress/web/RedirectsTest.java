package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.Progress;
import io.geopress.site.Catalog;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import io.geopress.testing.NuChecker;
import io.geopress.testing.RawRequest;
import io.geopress.testing.StandardError;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old addresses keep working: a renamed slug and Hugo aliases, as static redirect pages, a map, and 301s; and no
 * redirect of the server leaves the site, whatever the map holds or the request asks.
 */
class RedirectsTest {
    @TempDir Path site;

    @Test
    void renamedSlugsAndHugoAliasesRedirectInTheBuildAndInTheServer() throws Exception {
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"));
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        Path post = site.resolve("bakery.md");
        Files.writeString(post, """
                ---
                title: 社区面包房为何排长队?
                slug: bakery-queue
                aliases: [/posts/old-bakery/, /2019/bakery.html]
                ---

                面包每天早上七点出炉。

                Bread comes out at seven every morning.
                """);
        Imported imported = new Ingest(config.timeZone()).read(post, null, Progress.NONE).get(0);
        store.save(List.of(new ArticleStore.Draft(imported.article(), "import", imported.aliases(), imported.aliasesAt())));
        store.publishAll();
        store.rename("bakery-queue", "why-the-bakery-queue");
        assertThatThrownBy(() -> store.rename("why-the-bakery-queue", "Not A Slug")).hasMessageContaining("not a valid slug");

        new SiteBuilder(config).build(Catalog.of(store.published(), store.redirects()), site, Progress.NONE);
        Path out = site.resolve("public").toRealPath();
        String target = "https://geo.example.com/articles/why-the-bakery-queue.html";
        for (String page : List.of("articles/bakery-queue.html", "posts/old-bakery/index.html", "2019/bakery.html")) {
            assertThat(Files.readString(out.resolve(page))).contains("<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">");
        }
        assertThat(Files.readAllLines(out.resolve("_redirects"))).contains(
                "/articles/bakery-queue.html /articles/why-the-bakery-queue.html 301",
                "/posts/old-bakery/ /articles/why-the-bakery-queue.html 301",
                "/2019/bakery.html /articles/why-the-bakery-queue.html 301");
        assertThat(NuChecker.orAbort().errors(List.of(out.resolve("posts/old-bakery/index.html")))).isEmpty();

        Files.delete(out.resolve("posts/old-bakery/index.html")); // the server answers from the map, not the page
        Files.delete(out.resolve("posts/old-bakery"));
        try (SiteServer server = SiteServer.start(site, config, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String old : List.of("/posts/old-bakery/", "/posts/old-bakery")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + old)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(old).isEqualTo(301);
                assertThat(response.headers().firstValue("Location")).hasValue("/articles/why-the-bakery-queue.html");
            }
        }
    }

    /** A build of one page and the map {@code redirects}, served. */
    private SiteServer serve(String redirects) throws Exception {
        Path build = Files.createDirectories(site.resolve(".builds/one"));
        Files.createDirectories(build.resolve("articles/new"));
        Files.writeString(build.resolve("articles/new/index.html"), "<!DOCTYPE html><title>new</title>");
        Files.createDirectories(build.resolve("evil.example"));
        Files.writeString(build.resolve("_redirects"), redirects, java.nio.charset.StandardCharsets.UTF_8);
        Files.createSymbolicLink(site.resolve("public"), Path.of(".builds/one"));
        return SiteServer.start(site, SiteConfig.defaults("GEO", URI.create("https://geo.example.com/")), "127.0.0.1", 0);
    }

    @Test
    void aMapLineWhoseTargetIsNotAPathOnTheSiteIsLeftOutAndLoggedOnce() throws Exception {
        // what an alias with a TAB or a line break in it made of the map, and other ways out of the site
        List<String> bad = List.of("/o1\t//evil.example/ /articles/new/ 301", "/o2 /\\evil.example 301", "/o3 https://evil.example/ 301",
                "/o4 javascript:alert(1) 301", "/o5 /articles/new/%zz 301", "/o6 /articles/%E6%97 301", "/o7 evil.example 301",
                "/o8 /articles/new/ 200", "/o9 /articles/new/ 301 extra", "/o10 /a\u0001b 301", "/o11");
        String map = "# old, new, status\n" + String.join("\n", bad) + "\n"
                + "/posts/old%20name/ /articles/new/ 301\n"
                + "/旧/ /articles/%E6%96%B0/ 301\n" // a map written before paths were encoded: matched all the same
                + "/kept /articles/new/\n";
        Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
        String log = StandardError.during(() -> {
            try (SiteServer server = serve(map)) {
                for (int round = 0; round < 2; round++) {
                    for (int n = 1; n <= 11; n++) {
                        RawRequest answer = RawRequest.get(server.port(), "/o" + n);
                        statuses.put("/o" + n, answer.status());
                        assertThat(answer.headers()).as("/o" + n).doesNotContainKey("location");
                    }
                }
                for (String path : List.of("/posts/old%20name/", "/posts/old%20name", "/posts/old%20nam%65/", "/posts/old%20name%2F")) {
                    RawRequest answer = RawRequest.get(server.port(), path);
                    assertThat(answer.status()).as(path).isEqualTo(301);
                    assertThat(answer.headers()).as(path).containsEntry("location", "/articles/new/");
                }
                for (String path : List.of("/%E6%97%A7/", "/%e6%97%a7")) {
                    assertThat(RawRequest.get(server.port(), path).headers()).as(path).containsEntry("location", "/articles/%E6%96%B0/");
                }
                assertThat(RawRequest.get(server.port(), "/kept").status()).isEqualTo(301);
            }
        });
        assertThat(statuses.values()).containsOnly(404);
        List<String> warnings = log.lines().filter(l -> l.contains("redirect left out")).toList();
        assertThat(warnings).hasSize(bad.size()).allSatisfy(line -> assertThat(line).doesNotContain("\t", "\u0001"));
        assertThat(warnings.get(0)).contains("_redirects:2: ");
    }

    @Test
    void aFolderRedirectStaysOnTheSiteWhateverThePathAsks() throws Exception {
        try (SiteServer server = serve("")) {
            assertThat(RawRequest.get(server.port(), "/evil.example").headers()).containsEntry("location", "/evil.example/");
            for (String path : List.of("//evil.example", "///evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/%2Fevil.example",
                    "/%5Cevil.example", "/%5C%5Cevil.example", "/.//evil.example", "/articles/..//evil.example", "//evil.example/..",
                    "/articles/new/..%2F..%2F%2Fevil.example", "/%09/evil.example")) {
                RawRequest answer = RawRequest.get(server.port(), path);
                String location = answer.headers().get("location");
                assertThat(answer.status()).as(path).isLessThan(500);
                if (location != null) {
                    assertThat(location).as(path).startsWith("/").doesNotStartWith("//").doesNotStartWith("/\\").doesNotContain("\\");
                    assertThat(URI.create("https://geo.example.com/x").resolve(location).getHost()).as(path).isEqualTo("geo.example.com");
                }
            }
        }
    }
}
