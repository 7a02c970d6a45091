package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.Progress;
import io.geopress.search.SearchIndex;
import io.geopress.store.ArticleStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild renders only what changed and takes the rest from the previous build by hard link, and what it
 * makes is exactly what a full build makes.
 */
class IncrementalBuildTest {
    @TempDir Path site;
    private final SiteConfig config = SiteConfig.defaults("GEO 增量站", URI.create("https://geo.example.com/"));
    private ArticleStore store;

    @BeforeEach
    void threeArticles() throws Exception {
        store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        importArticle("ferry", "渡轮为何改在清晨发船?", "渡轮公司把首班船提前到清晨五点。", "The ferry company moved the first sailing to five.");
        importArticle("orchard", "果园怎样用无人机授粉?", "果园今年第一次用无人机给梨花授粉。", "The orchard used drones to pollinate pear blossoms.");
        importArticle("chorus", "合唱团为何招募退休教师?", "合唱团向退休教师发出了招募启事。", "The chorus put out a call for retired teachers.");
        store.publishAll();
    }

    @Test
    void aRebuildRendersOnlyTheChangedArticleAndLinksTheRest() throws Exception {
        SiteBuilder.Result first = build(false);
        assertThat(first.rendered()).isEqualTo(3);
        assertThat(first.linked()).isZero();

        SiteBuilder.Result unchanged = build(false);
        assertThat(unchanged.rendered()).isZero();
        assertThat(inode(unchanged.folder(), "articles/ferry.html")).isEqualTo(inode(first.folder(), "articles/ferry.html"));
        assertThat(inode(unchanged.folder(), "index.html")).isEqualTo(inode(first.folder(), "index.html"));

        importArticle("orchard", "果园怎样用无人机授粉?", "果园今年改用蜜蜂和无人机一起授粉。", "The orchard now pollinates with bees and drones together.");
        store.publishAll();
        SiteBuilder.Result edited = build(false);
        assertThat(edited.rendered()).isEqualTo(1);
        assertThat(inode(edited.folder(), "articles/ferry.html")).isEqualTo(inode(unchanged.folder(), "articles/ferry.html"));
        assertThat(inode(edited.folder(), "articles/orchard.html")).isNotEqualTo(inode(unchanged.folder(), "articles/orchard.html"));
        assertThat(Files.readString(edited.folder().resolve("articles/orchard.html"))).contains("bees and drones together");
        assertThat(Files.readString(unchanged.folder().resolve("articles/orchard.html")))
                .as("the previous build is never written through a link").doesNotContain("bees and drones");
        assertThat(Files.readString(edited.folder().resolve("llms-full.txt")))
                .contains("bees and drones together").doesNotContain("pollinate pear blossoms");
        assertThat(urlsFound(edited.folder(), "bees")).containsExactly("/articles/orchard.html");
        assertThat(urlsFound(edited.folder(), "blossoms")).isEmpty();
        assertThat(urlsFound(unchanged.folder(), "blossoms")).as("the previous build's index is untouched").containsExactly("/articles/orchard.html");

        assertThat(files(edited.folder())).isEqualTo(files(build(true).folder()));
    }

    @Test
    void aRenamedArticleLeavesTheIndexAndTheConcatenatedFiles() throws Exception {
        build(false);
        store.rename("chorus", "choir-calls-teachers");
        SiteBuilder.Result renamed = build(false);
        assertThat(renamed.rendered()).isEqualTo(1);
        assertThat(urlsFound(renamed.folder(), "teachers")).containsExactly("/articles/choir-calls-teachers.html");
        assertThat(Files.readString(renamed.folder().resolve("search.json"))).doesNotContain("/articles/chorus.html");
        assertThat(files(renamed.folder())).isEqualTo(files(build(true).folder()));
    }

    @Test
    void anArticleNoLongerPublishedLeavesNoFileBehind() throws Exception {
        build(false);
        Catalog withoutFerry = Catalog.of(store.published().stream().filter(a -> !a.slug().equals("ferry")).toList());
        SiteBuilder.Result after = new SiteBuilder(config).build(withoutFerry, site, Progress.NONE);
        assertThat(after.folder().resolve("articles/ferry.html")).doesNotExist();
        assertThat(after.folder().resolve("articles/ferry.html.md")).doesNotExist();
        assertThat(files(after.folder())).isEqualTo(files(new SiteBuilder(config).build(withoutFerry, site, true, Progress.NONE).folder()));
    }

    @Test
    void anArticleWithAFileMissingFromThePreviousBuildIsRenderedOrLeftOut() throws Exception {
        Path first = build(false).folder();
        Files.delete(first.resolve("articles/ferry.html.md"));
        Files.delete(first.resolve("articles/orchard.html.md"));
        Catalog withoutFerry = Catalog.of(store.published().stream().filter(a -> !a.slug().equals("ferry")).toList());
        SiteBuilder.Result after = new SiteBuilder(config).build(withoutFerry, site, Progress.NONE);
        assertThat(after.folder().resolve("articles/ferry.html")).doesNotExist();
        assertThat(after.rendered()).isEqualTo(1);
        assertThat(after.folder().resolve("articles/orchard.html.md")).isRegularFile();
        assertThat(files(after.folder())).isEqualTo(files(new SiteBuilder(config).build(withoutFerry, site, true, Progress.NONE).folder()));
    }

    @Test
    void aFullBuildOrAChangedSettingRendersEverything() throws Exception {
        build(false);
        assertThat(build(true).rendered()).isEqualTo(3);
        SiteBuilder.Result retitled = new SiteBuilder(config.withPageSize(7))
                .build(catalog(), site, Progress.NONE);
        assertThat(retitled.rendered()).isEqualTo(3);
        assertThat(retitled.linked()).isZero();
    }

    @Test
    void aDamagedManifestMeansAFullBuild() throws Exception {
        SiteBuilder.Result first = build(false);
        Files.writeString(first.folder().resolve(BuildManifest.FILE), "not a manifest\n");
        assertThat(build(false).rendered()).isEqualTo(3);
    }

    private SiteBuilder.Result build(boolean full) {
        return new SiteBuilder(config).build(catalog(), site, full, Progress.NONE);
    }

    private Catalog catalog() {
        return Catalog.of(store.published(), store.redirects());
    }

    private void importArticle(String slug, String title, String zh, String en) throws IOException {
        Path file = site.resolve(slug + ".md");
        Files.writeString(file, "---\ntitle: " + title + "\nslug: " + slug + "\ntags: [城市]\n---\n\n" + zh + "\n\n" + en + "\n");
        Imported imported = new Ingest(config.timeZone()).read(file, null, Progress.NONE).get(0);
        store.save(List.of(new ArticleStore.Draft(imported.article(), "import")));
    }

    private static Object inode(Path folder, String file) throws IOException {
        return Files.getAttribute(folder.resolve(file), "unix:ino");
    }

    private static List<String> urlsFound(Path folder, String query) {
        try (SearchIndex index = SearchIndex.open(folder.resolve(SiteBuilder.SEARCH_INDEX))) {
            return index.search(query, 10).stream().map(SearchIndex.Hit::url).toList();
        }
    }

    /** Every served file of a build and its text; the manifest and the index's segment files are its own business. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(file).toString();
                if (!name.startsWith(".")) files.put(name, Files.readString(file));
            }
        }
        return files;
    }
}
