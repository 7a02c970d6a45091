package io.geopress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.GeopressException;
import io.geopress.model.LabelSlugs.Kind;
import io.geopress.model.SitePath;
import io.geopress.model.Source;
import io.geopress.model.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 in the store: aliases held by one article only, withdrawal, slugs of labels kept, a busy store said so. */
class AddressesAndLabelsTest {
    @TempDir Path dir;

    private ArticleStore store() {
        return ArticleStore.openSqlite(dir.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
    }

    private static Article article(String url, String title, List<String> tags) {
        return new Article(new Bilingual(title, ""), Bilingual.EMPTY, null, new Source(Bilingual.EMPTY, url, null, Bilingual.EMPTY),
                List.of(Block.paragraph(new Bilingual("正文。", "Text."))), null, tags, null, null, false, null, null);
    }

    private static ArticleStore.Draft draft(String url, String title, String origin, String... aliases) {
        return new ArticleStore.Draft(article(url, title, List.of()), "import " + origin,
                List.of(aliases).stream().map(SitePath::parse).toList(), origin + ":3");
    }

    @Test
    void anAliasAnotherArticleHoldsIsRefusedNamingBothAndNothingIsSaved() {
        ArticleStore store = store();
        store.save(List.of(draft("https://example.org/a", "甲", "posts/a.md", "/old/", "/posts/旧/")));
        assertThat(store.redirects()).extracting(r -> r.path()).containsExactly("old/", "posts/%E6%97%A7/");
        assertThat(store.save(List.of(draft("https://example.org/a", "甲", "posts/a.md", "/old/")))).as("its own alias again")
                .singleElement().extracting(ArticleStore.Saved::outcome).isEqualTo(ArticleStore.Outcome.UNCHANGED);

        assertThatThrownBy(() -> store.save(List.of(draft("https://example.org/c", "丙", "posts/c.md"),
                draft("https://example.org/b", "乙", "posts/b.md", "/posts/%E6%97%A7/"))))
                .isInstanceOf(GeopressException.class)
                .hasMessage("posts/b.md:3: alias /posts/旧/ already redirects to article 'jia' (imported from posts/a.md); "
                        + "an address can lead to one article only");
        assertThat(store.list()).as("all or nothing").hasSize(1);

        assertThatThrownBy(() -> store.save(List.of(draft("https://example.org/b", "乙", "posts/b.md", "/articles/jia.html.md"))))
                .hasMessage("posts/b.md:3: alias /articles/jia.html.md is the address of article 'jia' (imported from posts/a.md)");
    }

    @Test
    void anAliasThatWouldBeAFileWhereAnotherNeedsAFolderIsRefused() {
        ArticleStore store = store();
        assertThatThrownBy(() -> store.save(List.of(draft("https://example.org/a", "甲", "a.md", "/a.b", "/a.b/c/"))))
                .hasMessage("a.md:3: alias /a.b/c/ cannot be written beside alias /a.b of article 'jia' (imported from a.md): "
                        + "one would be a file where the other needs a folder");
        store.save(List.of(draft("https://example.org/a", "甲", "a.md", "/x.md/y/")));
        assertThatThrownBy(() -> store.save(List.of(draft("https://example.org/b", "乙", "b.md", "/x.md"))))
                .hasMessageContaining("alias /x.md cannot be written beside alias /x.md/y/ of article 'jia'");
        assertThatCode(() -> store.save(List.of(draft("https://example.org/b", "乙", "b.md", "/x.md/y/z.html", "/x.md/w/"))))
                .as("files and folders inside the folder are fine").doesNotThrowAnyException();
    }

    @Test
    void aNewArticleNeverTakesASlugWhosePageIsAnotherArticlesOldAddress() {
        ArticleStore store = store();
        store.save(List.of(draft("https://example.org/a", "甲", "a.md", "/articles/yi.html")));
        assertThat(store.save(List.of(draft("https://example.org/b", "乙", "b.md"))).get(0).slug()).isEqualTo("yi-2");
    }

    @Test
    void aWithdrawnArticleStaysOutOfPublishAllUntilPublishedByName() {
        ArticleStore store = store();
        store.save(List.of(draft("https://example.org/a", "甲", "a.md"), draft("https://example.org/b", "乙", "b.md")));
        store.publishAll();
        assertThat(store.withdraw(List.of("jia", "jia"), "takedown request")).containsExactly("jia");
        assertThat(store.withdraw(List.of("jia"), "again")).isEmpty();
        assertThatThrownBy(() -> store.withdraw(List.of("yi", "nope"), "x")).hasMessage("no article with slug 'nope'");
        assertThat(store.find("yi").orElseThrow().status()).as("all or none").isEqualTo(Status.PUBLISHED);
        store.publishAll();
        assertThat(store.find("jia").orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(store.publishedListings()).extracting(l -> l.slug()).containsExactly("yi");
        assertThat(store.withdrawn()).containsExactly("jia");
        assertThat(store.events("jia")).extracting(ArticleStore.Event::action).containsExactly("publish", "withdraw");
        store.publish(List.of("jia"));
        assertThat(store.find("jia").orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        assertThat(store.withdrawn()).isEmpty();
    }

    @Test
    void tagsThatMakeTheSameWordsGetSlugsOfTheirOwnAndKeepThem() {
        ArticleStore store = store();
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/1", "一", List.of("C++", "AI", "🔥", "!!!")), "i")));
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/2", "二", List.of("C#", "ai ", "c plus plus")), "i")));
        var slugs = store.labelSlugs();
        assertThat(slugs.slug(Kind.TAG, "C++")).isEqualTo("c-plus-plus");
        assertThat(slugs.slug(Kind.TAG, "c plus plus")).as("a later name with the same words").isEqualTo("c-plus-plus-2");
        assertThat(slugs.slug(Kind.TAG, "C#")).isEqualTo("c-sharp");
        assertThat(slugs.slug(Kind.TAG, "Ai")).as("case and spacing make no other tag").isEqualTo("ai");
        assertThat(slugs.slug(Kind.TAG, "🔥")).startsWith("tag-").isNotEqualTo(slugs.slug(Kind.TAG, "!!!"));
        assertThat(slugs.slug(Kind.TAG, "!!!")).startsWith("tag-");
    }

    @Test
    void aStoreFromBeforeLabelSlugsGivesItsNamesSlugsOldestFirst() throws Exception {
        ArticleStore store = store();
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/1", "一", List.of("C++")), "i")));
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/2", "二", List.of("c plus plus")), "i")));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("geopress.db"));
                Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE label_slug");
            sql.execute("DROP TABLE label_text");
            sql.execute("DELETE FROM flyway_schema_history WHERE version IN ('5', '8')");
            sql.execute("PRAGMA user_version = 4");
        }
        var slugs = store().labelSlugs();
        assertThat(slugs.slug(Kind.TAG, "C++")).isEqualTo("c-plus-plus");
        assertThat(slugs.slug(Kind.TAG, "c plus plus")).isEqualTo("c-plus-plus-2");
    }

    @Test
    void aCommandThatFindsTheStoreBusySaysSoInOneLineAfterAShortWait() throws Exception {
        ArticleStore store = store();
        store.save(List.of(draft("https://example.org/a", "甲", "a.md")));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread importer = new Thread(() -> {
            try {
                store.save(sink -> {
                    sink.accept(draft("https://example.org/b", "乙", "b.md"));
                    holding.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        importer.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThatThrownBy(() -> store().publishAll()).isInstanceOf(GeopressException.class)
                .hasMessage(dir.resolve("geopress.db") + ": another geopress command is writing to the store (waited 5 s); "
                        + "try again when it has finished");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(20));
        release.countDown();
        importer.join();
        assertThat(failure.get()).isNull();
        assertThat(store.list()).hasSize(2);
    }
}
