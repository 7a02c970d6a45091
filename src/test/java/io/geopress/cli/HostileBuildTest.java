package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.GeopressException;
import io.geopress.model.Progress;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import io.geopress.web.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's findings at build: content cannot write outside the build, old addresses are percent-encoded paths on
 * the site, a withdrawn article's addresses say it is gone, every tag has a page of its own, and a page that cannot
 * be made names its article.
 */
class HostileBuildTest {
    @TempDir Path dir;
    private Path site;
    private final SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"));
    private ArticleStore store;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        store = ArticleStore.openSqlite(site.resolve(SiteOption.DATABASE), config.timeZone(), Clock.systemUTC());
    }

    private List<String> importMarkdown(String... files) throws IOException {
        List<ArticleStore.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            Path file = Files.writeString(dir.resolve("a" + i + ".md"), files[i]);
            for (Imported imported : new Ingest(config.timeZone()).read(file, null, Progress.NONE)) {
                drafts.add(new ArticleStore.Draft(imported.article(), "import " + imported.origin(), imported.aliases(),
                        imported.aliasesAt()));
            }
        }
        List<String> slugs = store.save(drafts).stream().map(ArticleStore.Saved::slug).toList();
        store.publishAll();
        return slugs;
    }

    private SiteBuilder.Result build() {
        return new SiteBuilder(config).build(SiteOption.catalog(store), site, Progress.NONE);
    }

    private static String markdown(String title, String front) {
        return "---\ntitle: " + title + "\n" + front + "---\n\n" + title + "城市公园里新种了两百棵树。\n\n"
                + "Two hundred trees were planted in the city park.\n";
    }

    @Test
    void oldAddressesAStoreKeptFromBeforeTheChecksAreLeftOutWithAWarningAndNothingLeavesTheBuild() throws Exception {
        String slug = importMarkdown(markdown("公园为何种树?", "slug: trees\n")).get(0);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + site.resolve(SiteOption.DATABASE));
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO redirect (path, article_id, created_at) SELECT ?, id, '2026-01-01T00:00:00Z' FROM article")) {
            for (String path : List.of("../../../../" + dir.getFileName() + "-escaped/", "../../templates/article.jte", "sitemap.xml",
                    "_redirects", "o1\t//evil.example/", "posts/kept/")) {
                insert.setString(1, path);
                insert.executeUpdate();
            }
        }
        List<Path> inside = listing(dir);
        SiteBuilder.Result result = build();
        Path out = site.resolve("public").toRealPath();
        assertThat(dir.resolveSibling(dir.getFileName() + "-escaped")).as("nothing written beside the test folder").doesNotExist();
        assertThat(listing(dir)).isEqualTo(inside);
        assertThat(site.resolve("templates")).doesNotExist();
        assertThat(result.warnings()).hasSize(5).allMatch(w -> w.startsWith("article '" + slug + "': old address /"));
        assertThat(Files.readAllLines(out.resolve("_redirects"))).containsExactly(
                "# old address, new address, status (geopress rename, Hugo aliases)",
                "/posts/kept/ /articles/trees.html 301");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).startsWith("<?xml");
        assertThat(build().warnings()).as("a rebuild says so again").hasSize(5);
    }

    @Test
    void aliasesAreWrittenAsDecodedFilesAndPercentEncodedRedirects() throws Exception {
        importMarkdown(markdown("公园为何种树?", "slug: trees\naliases: [/posts/旧文章/, \"/old%20name/\", /2019/trees.html, \"/:page\", \"/x/*.html\"]\n"));
        build();
        Path out = site.resolve("public").toRealPath();
        assertThat(out.resolve("posts/旧文章/index.html")).exists();
        assertThat(out.resolve("old name/index.html")).exists();
        assertThat(Files.readAllLines(out.resolve("_redirects"))).contains(
                "/posts/%E6%97%A7%E6%96%87%E7%AB%A0/ /articles/trees.html 301",
                "/old%20name/ /articles/trees.html 301",
                "/2019/trees.html /articles/trees.html 301",
                "/%3Apage/ /articles/trees.html 301",
                "/x/%2A.html /articles/trees.html 301")
                .as("no placeholder or splat a static host would expand").noneMatch(line -> line.contains(":p") || line.contains("*"))
                .allMatch(line -> line.startsWith("#") || line.split(" ").length == 3);
    }

    @Test
    void aWithdrawnArticleLeavesANoticeAtItsAddressesAndNothingElse() throws Exception {
        importMarkdown(markdown("公园为何种树?", "slug: trees\naliases: [/posts/trees/]\n"), markdown("河道为何变清?", "slug: river\n"));
        build();
        store.withdraw(List.of("trees"), "takedown");
        build();
        Path out = site.resolve("public").toRealPath();
        String notice = Files.readString(out.resolve("articles/trees.html"));
        assertThat(notice).contains("<meta name=\"robots\" content=\"noindex\">").contains("本文已撤下")
                .doesNotContain("公园").doesNotContain("两百棵树");
        assertThat(Files.readString(out.resolve("posts/trees/index.html"))).isEqualTo(notice);
        assertThat(Files.readString(out.resolve("articles/trees.html.md"))).startsWith("# 本文已撤下").doesNotContain("公园");
        assertThat(Files.readAllLines(out.resolve("_gone"))).contains("/articles/trees.html", "/articles/trees.html.md", "/posts/trees/");
        assertThat(Files.readString(out.resolve("_redirects"))).doesNotContain("trees");
        for (String file : List.of("sitemap.xml", "llms.txt", "llms-full.txt", "feed.xml", "search.json", "index.html")) {
            assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("articles/trees").doesNotContain("公园为何种树")
                    .contains("river");
        }
    }

    @Test
    void theServerAnswersAWithdrawnArticlesAddressesWith410() throws Exception {
        importMarkdown(markdown("公园为何种树?", "slug: trees\naliases: [/posts/trees/]\n"), markdown("河道为何变清?", "slug: river\n"));
        store.withdraw(List.of("trees"), "takedown");
        build();
        HttpClient http = HttpClient.newHttpClient();
        try (SiteServer server = SiteServer.start(site, config, "127.0.0.1", 0)) {
            for (String path : List.of("/articles/trees.html", "/articles/trees.html.md", "/posts/trees/", "/posts/trees")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path).isEqualTo(410);
                assertThat(answer.body()).as(path).contains("撤下").doesNotContain("公园");
                assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            }
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/articles/river.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSummaryWithMarkupIsTextInEveryFeedReader() throws Exception {
        importMarkdown(markdown("公园为何种树?", "slug: trees\nsummary_en: \"Trees <img src=x onerror=alert(3)> & more\"\n"));
        build();
        Path out = site.resolve("public").toRealPath();
        var rss = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        String description = rss.getElementsByTagName("description").item(1).getTextContent();
        assertThat(description).as("the HTML a reader renders").isEqualTo("<p>Trees &lt;img src=x onerror=alert(3)&gt; &amp; more</p>");
        var atom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("atom.xml").toFile());
        assertThat(atom.getElementsByTagName("summary").item(0).getTextContent()).doesNotContain("<img");
    }

    @Test
    void tagsThatMakeTheSameWordsHaveAPageEachAndSoDoTagsWithoutWords() throws Exception {
        importMarkdown(markdown("编程语言一?", "tags: [C++]\n"), markdown("编程语言二?", "tags: [C#, 🔥, \"!!!\"]\n"));
        build();
        Path out = site.resolve("public").toRealPath();
        assertThat(Files.readString(out.resolve("tags/c-plus-plus/index.html"))).contains("编程语言一").doesNotContain("编程语言二");
        assertThat(Files.readString(out.resolve("tags/c-sharp/index.html"))).contains("编程语言二").doesNotContain("编程语言一");
        String index = Files.readString(out.resolve("tags/index.html"));
        assertThat(index).contains("🔥").contains("!!!");
        try (Stream<Path> tags = Files.list(out.resolve("tags"))) {
            assertThat(tags.filter(Files::isDirectory).map(p -> p.getFileName().toString())).hasSize(4)
                    .contains("c-plus-plus", "c-sharp").filteredOn(n -> n.startsWith("tag-")).hasSize(2);
        }
    }

    @Test
    void aPageThatCannotBeMadeNamesItsArticleAndTheSiteStaysAsItWas() throws Exception {
        importMarkdown(markdown("公园为何种树?", "slug: trees\n"), markdown("短?", "slug: short\n"));
        build();
        Path live = site.resolve("public").toRealPath();
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/article.jte"), Files.readString(Path.of("src/main/jte/article.jte"))
                .replace("<main>", "<main>${page.title().zh().substring(3)}"));
        assertThatThrownBy(this::build).isInstanceOf(GeopressException.class)
                .hasMessageStartingWith(site.toAbsolutePath().normalize() + ": build failed, the site was not changed: "
                        + "article 'short' (revision 1): its page cannot be made: ")
                .hasMessageContaining("article.jte:").hasMessageContaining("StringIndexOutOfBoundsException");
        assertThat(site.resolve("public").toRealPath()).isEqualTo(live);
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
