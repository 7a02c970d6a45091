package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.ingest.SourcePath;
import io.geopress.model.Listing;
import io.geopress.model.Progress;
import io.geopress.model.Redirect;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.net.URI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo's ref and relref links, kept by file at import, become links to the other article's page when a build has it,
 * and their text, with a warning, when it has not; a later build that has it links it. No output carries a ref:
 * address, and a path that leads out of the content folder finds nothing.
 */
class HugoReferencesTest {
    @TempDir Path dir;
    private final SiteConfig config = SiteConfig.defaults("GEO 引用站", URI.create("https://geo.example.com/"));
    private ArticleStore store;
    /** The slug of each imported file, by its identity, as the store keeps it once it records each file. */
    private final Map<String, String> identities = new HashMap<>();

    @BeforeEach
    void twoArticlesOneLinkingTheOtherAndAThirdNotYetImported() throws Exception {
        store = ArticleStore.openSqlite(dir.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        write("posts/a.md", "alpha", "See [the **bridge** story]({{< ref \"b.md\" >}}), [its part two]({{< relref \"/posts/b#part-two\" >}}),"
                + " [the ferry]({{< ref \"/posts/c.md\" >}}) and [the passwords]({{< ref \"../../etc/passwd\" >}}).");
        write("posts/b.md", "bridge", "The bridge opened in May.");
        importFiles("posts/a.md", "posts/b.md");
    }

    @Test
    void aRefIsALinkToTheOtherArticlesPageOrItsTextWithAWarning() throws Exception {
        SiteBuilder.Result built = build();

        Element paragraph = page(built, "alpha").selectFirst("main p:contains(See)");
        assertThat(paragraph.select("a")).extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly("/articles/bridge.html the bridge story", "/articles/bridge.html#part-two its part two");
        assertThat(paragraph.text()).contains("the ferry and the passwords.");
        assertThat(built.warnings()).containsExactlyInAnyOrder(
                "article 'alpha': link to '/posts/c.md' (Hugo ref) leads to no published article; kept as text",
                "article 'alpha': link to '../../etc/passwd' (Hugo ref) leads to no published article; kept as text");
        try (Stream<Path> files = Files.walk(built.folder())) {
            List<Path> carrying = files.filter(Files::isRegularFile).filter(f -> !f.toString().contains(SiteBuilder.SEARCH_INDEX))
                    .filter(f -> read(f).contains("ref:")).toList();
            assertThat(carrying).as("no output holds an unresolved reference").isEmpty();
        }
        assertThat(store.publishedIdentities().values()).as("the store's side of the lookup").containsOnly("alpha", "bridge");
        assertThat(read(built.folder().resolve("articles/alpha.html.md"))).contains("[the **bridge** story](https://geo.example.com/articles/bridge.html)");
    }

    @Test
    void aLaterBuildLinksTheArticleImportedSinceAndRendersOnlyWhatLinksToIt() throws Exception {
        build();
        write("posts/c.md", "ferry", "The ferry sails at five.");
        importFiles("posts/c.md");

        SiteBuilder.Result after = build();

        assertThat(page(after, "alpha").select("main a[href=/articles/ferry.html]")).extracting(Element::text).containsExactly("the ferry");
        assertThat(after.rendered()).as("the new article and the one linking to it").isEqualTo(2);
        assertThat(build().rendered()).isZero();
    }

    @Test
    void aPageOrTwinHandedAnUnresolvedRefWritesItsText() throws Exception {
        SiteBuilder.Result built = build(false);

        Element paragraph = page(built, "alpha").selectFirst("main p:contains(See)");
        assertThat(paragraph.select("a")).isEmpty();
        assertThat(paragraph.text()).startsWith("See the bridge story, its part two, the ferry");
        assertThat(read(built.folder().resolve("articles/alpha.html.md"))).contains("See the **bridge** story, its part two")
                .doesNotContain("ref:");
    }

    private void write(String path, String slug, String body) throws Exception {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + slug + "\nslug: " + slug + "\n---\n" + body + "\n\n## Part two\n\nMore.\n");
    }

    private void importFiles(String... paths) {
        Ingest ingest = new Ingest(config.timeZone());
        List<String> keys = new ArrayList<>();
        List<ArticleStore.Saved> saved = store.save(sink -> {
            for (String path : paths) {
                ingest.read(SourcePath.alone(dir.resolve("content").resolve(path)), null, Progress.NONE, (Imported i) -> {
                    keys.add(i.key());
                    sink.accept(new ArticleStore.Draft(i.article(), "import " + path));
                });
            }
        });
        for (int i = 0; i < saved.size(); i++) identities.put(keys.get(i), saved.get(i).slug());
        store.publishAll();
    }

    private SiteBuilder.Result build() {
        return build(true);
    }

    /** A build of the store's published articles; without {@code resolving}, one that is told of no reference. */
    private SiteBuilder.Result build(boolean resolving) {
        Catalog stored = Catalog.of(store.published(), store.redirects());
        return new SiteBuilder(config).build(new Catalog() {
            @Override
            public List<Listing> listings() {
                return stored.listings();
            }

            @Override
            public List<Redirect> redirects() {
                return stored.redirects();
            }

            @Override
            public Map<String, String> identities() {
                return identities;
            }

            @Override
            public Set<String> referring() {
                return resolving ? store.publishedReferring() : Set.of();
            }

            @Override
            public void forEachBatch(List<String> slugs, Consumer<List<StoredArticle>> action) {
                stored.forEachBatch(slugs, action);
            }
        }, dir, Progress.NONE);
    }

    private static Document page(SiteBuilder.Result built, String slug) {
        return Jsoup.parse(read(built.folder().resolve("articles/" + slug + ".html")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // not text
        }
    }
}
