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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses keep working: a renamed slug and Hugo aliases, as static redirect pages, a map, and 301s. */
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
}
