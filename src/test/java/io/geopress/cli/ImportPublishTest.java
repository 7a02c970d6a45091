package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.model.Progress;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geopress import --publish} on a Hugo content folder: what Hugo would publish is published, a draft is not,
 * a future publishDate schedules, an expiryDate takes the page out; builds decide both from their store's clock.
 */
class ImportPublishTest {
    @TempDir Path dir;
    Path site;
    Path posts;
    String out;
    String err;

    @BeforeEach
    void siteAndContentFolder() throws Exception {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        posts = Files.createDirectories(dir.resolve("hugo/content/posts"));
    }

    private int run(String... args) {
        CommandRun run = CommandRun.of(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    private void importPublishing() {
        assertThat(run("--site", site.toString(), "import", "--publish", posts.getParent().toString())).as(err).isZero();
    }

    private Path post(String name, String slug, String front) throws Exception {
        return Files.writeString(posts.resolve(name), "---\ntitle: 河边的" + slug + "\ntitle_en: The " + slug
                + " by the river\nslug: " + slug + "\n" + front + "---\n\n河边新开了一家" + slug + "。\n\nA " + slug
                + " opened by the river.\n");
    }

    private ArticleStore storeAt(String instant) {
        SiteConfig config = ConfigFile.read(site);
        return ArticleStore.openSqlite(site.resolve(SiteOption.DATABASE), config.timeZone(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** Builds with the store's clock at {@code instant}; returns the build folder. */
    private Path buildAt(String instant) throws Exception {
        new SiteBuilder(ConfigFile.read(site)).build(SiteOption.catalog(storeAt(instant)), site, Progress.NONE);
        return site.resolve("public").toRealPath();
    }

    private StoredArticle stored(String slug) {
        return storeAt("2026-01-01T00:00:00Z").find(slug).orElseThrow();
    }

    @Test
    void aDraftStaysADraftAndEveryOtherPageIsPublished() throws Exception {
        post("a.md", "bakery", "draft: true\n");
        post("b.md", "library", "draft: false\n");
        post("c.md", "ferry", "");

        importPublishing();

        assertThat(err).contains("published 2 article(s) (0 scheduled), 0 already up to date, 1 left a draft");
        assertThat(stored("bakery").status()).isEqualTo(Status.DRAFT);
        assertThat(stored("library").status()).isEqualTo(Status.PUBLISHED);
        assertThat(stored("ferry").status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void importingUnchangedFilesAgainWithPublishChangesNothing() throws Exception {
        post("a.md", "bakery", "publishDate: 2025-03-01 09:00\n");
        importPublishing();
        List<ArticleStore.Event> before = storeAt("2026-01-01T00:00:00Z").events("bakery");

        importPublishing();

        assertThat(err).contains("0 new, 0 revised, 1 unchanged")
                .contains("published 0 article(s) (0 scheduled), 1 already up to date, 0 left a draft");
        assertThat(storeAt("2026-01-01T00:00:00Z").events("bakery")).isEqualTo(before).hasSize(1);
        assertThat(stored("bakery").publishedAt().toString()).isEqualTo("2025-03-01T09:00+08:00");
    }

    @Test
    void aDraftImportedAgainWithoutItsDraftFlagIsPublished() throws Exception {
        Path file = post("a.md", "bakery", "draft: true\n");
        importPublishing();
        assertThat(stored("bakery").status()).isEqualTo(Status.DRAFT);

        Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));
        importPublishing();

        assertThat(err).contains("1 unchanged"); // the draft flag is the source's state, not the article's content
        assertThat(stored("bakery").status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aWithdrawnArticleIsPublishedAgainNeitherByAnImportNorByPublishAll() throws Exception {
        post("a.md", "bakery", "");
        importPublishing();
        assertThat(run("--site", site.toString(), "withdraw", "bakery")).as(err).isZero();

        importPublishing();
        assertThat(err).contains("warning: bakery: withdrawn, so not published again (geopress publish bakery brings it back)");
        assertThat(run("--site", site.toString(), "publish", "--all")).as(err).isZero();

        assertThat(stored("bakery").status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void aFuturePublishDateSchedulesTheArticleAndBuildsLeaveItOutUntilTheClockPassesIt() throws Exception {
        post("a.md", "bakery", "publishDate: 2099-06-01T08:00:00+08:00\n");
        post("b.md", "library", "");

        importPublishing();
        assertThat(err).contains("bakery: scheduled for 2099-06-01T08:00+08:00")
                .contains("published 2 article(s) (1 scheduled)");
        assertThat(run("--site", site.toString(), "list")).isZero();
        assertThat(out).containsPattern("published\\s+r1\\s+bakery .*\\(scheduled for 2099-06-01T08:00\\+08:00\\)");
        assertThat(run("--site", site.toString(), "history", "bakery")).isZero();
        assertThat(out).contains("publish revision 1, scheduled for 2099-06-01T08:00+08:00");

        Path before = buildAt("2099-05-31T23:59:59Z"); // a second before 08:00 in the site's zone
        assertThat(before.resolve("articles/bakery.html")).doesNotExist();
        assertThat(before.resolve("articles/library.html")).exists();
        assertThat(Files.readString(before.resolve("sitemap.xml"))).doesNotContain("bakery");

        Path after = buildAt("2099-06-01T00:00:00Z");
        assertThat(Files.readString(after.resolve("articles/bakery.html"))).contains("A bakery opened by the river.");
        assertThat(Files.readString(after.resolve("sitemap.xml"))).contains("articles/bakery.html");
    }

    @Test
    void aPageWhoseDateIsStillToComeIsHeldBackUntilThenAsHugoDoes() throws Exception {
        post("a.md", "bakery", "date: 2099-06-01\n");

        importPublishing();

        assertThat(stored("bakery").publishedAt().toString()).isEqualTo("2099-06-01T00:00+08:00");
        assertThat(stored("bakery").article().source().published().toString()).isEqualTo("2099-06-01T00:00+08:00");
    }

    @Test
    void anExpiryDateTakesThePageOutAtTheFirstBuildAfterItAsAWithdrawalDoes() throws Exception {
        post("a.md", "bakery", "publishDate: 2026-01-01\nexpiryDate: 2026-03-01T12:00:00+08:00\n");

        importPublishing();
        assertThat(run("--site", site.toString(), "history", "bakery")).isZero();
        assertThat(out).contains("expiry expires 2026-03-01T12:00+08:00");

        Path live = buildAt("2026-03-01T03:59:59Z");
        assertThat(Files.readString(live.resolve("articles/bakery.html"))).contains("A bakery opened by the river.");
        assertThat(Files.readString(live.resolve("_gone"))).doesNotContain("bakery");

        Path expired = buildAt("2026-03-01T04:00:00Z");
        String notice = Files.readString(expired.resolve("articles/bakery.html"));
        assertThat(notice).contains("noindex").doesNotContain("A bakery opened by the river.");
        assertThat(Files.readString(expired.resolve("_gone"))).contains("/articles/bakery.html");
        assertThat(Files.readString(expired.resolve("sitemap.xml"))).doesNotContain("bakery");
        assertThat(storeAt("2026-03-02T00:00:00Z").find("bakery").orElseThrow().expired(Instant.parse("2026-03-02T00:00:00Z")))
                .isTrue();
    }

    @Test
    void formatsWithoutADraftFlagArePublishedWhole() throws Exception {
        Files.writeString(posts.resolve("notes.jsonl"), "{\"title\": \"渡口\", \"title_en\": \"The ferry\", \"slug\": \"ferry\","
                + " \"body\": \"渡口重开了。\\n\\nThe ferry is back.\"}\n{\"title\": \"面包\", \"title_en\": \"Bread\", \"slug\": "
                + "\"bread\", \"draft\": true, \"body\": \"面包房开了。\\n\\nThe bakery opened.\"}\n");

        importPublishing();

        assertThat(stored("ferry").status()).isEqualTo(Status.PUBLISHED);
        assertThat(stored("bread").status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void oldHugoAddressesRedirectToTheArticlesPage() throws Exception {
        Files.writeString(dir.resolve("hugo/hugo.toml"), "[permalinks]\nposts = \"/:year/:month/:slug/\"\n");
        post("a.md", "bakery", "date: 2024-03-05\n");
        post("b.md", "library", "url: /old/library.html\n");

        importPublishing();
        Path built = buildAt("2099-12-31T00:00:00Z");

        assertThat(Files.readAllLines(built.resolve("_redirects"))).contains("/2024/03/bakery/ /articles/bakery.html 301",
                "/old/library.html /articles/library.html 301");
        assertThat(Files.readString(built.resolve("2024/03/bakery/index.html"))).contains("url=http://localhost:8080/articles/bakery.html");
    }

    @Test
    void twoPagesWithOneHugoAddressAreRefusedNamingBothAndNothingIsSaved() throws Exception {
        Files.writeString(dir.resolve("hugo/hugo.toml"), "[permalinks]\nposts = \"/:section/:title/\"\n");
        String page = "---\ntitle: Bakery\n---\n\n河边新开了一家面包房。\n\nA bakery opened by the river.\n";
        Files.writeString(posts.resolve("a.md"), page);
        Path second = Files.writeString(posts.resolve("b.md"), page.replace("河边", "桥边").replace("river", "bridge"));

        assertThat(run("--site", site.toString(), "import", posts.getParent().toString())).isNotZero();

        assertThat(err).contains(second + ": alias /posts/bakery/ already redirects to article 'bakery' (imported from "
                + posts.resolve("a.md") + ")");
        assertThat(storeAt("2026-01-01T00:00:00Z").list()).isEmpty();
    }

    @Test
    void dateAndLastmodAreTheOriginalsInJsonLdAndOurPageKeepsItsOwnDates() throws Exception {
        post("a.md", "bakery", "date: 2024-03-05T10:00:00+08:00\nlastmod: 2024-04-01T09:00:00+08:00\n"
                + "publishDate: 2025-01-02T08:00:00+08:00\n");

        importPublishing();
        String page = Files.readString(buildAt("2099-12-31T00:00:00Z").resolve("articles/bakery.html"));

        assertThat(page).contains("\"datePublished\":\"2025-01-02T08:00+08:00\",\"dateModified\":\"2025-01-02T08:00+08:00\"")
                .contains("\"isBasedOn\":{\"@type\":\"CreativeWork\",\"datePublished\":\"2024-03-05T10:00+08:00\","
                        + "\"dateModified\":\"2024-04-01T09:00+08:00\"}");
    }
}
