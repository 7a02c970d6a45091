package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.GeopressException;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every importer against generated hostile input ({@link HostileSources}): each file is either refused with one line
 * naming it, the store left as it was, or accepted, and then a real build of the site succeeds and writes nothing
 * outside its build folder. Runs for a fixed time; the seed (printed on failure, {@code -Dhostile.seed=N} to repeat)
 * makes the same files.
 */
class HostileInputPropertyTest {
    private static final long BUDGET_NANOS = Long.getLong("hostile.seconds", 40) * 1_000_000_000L;
    /** Accepted files between builds: a build takes longer than an import, and every build checks all accepted so far. */
    private static final int BUILD_EVERY = 12;
    /** An import that takes longer hangs on its input: input a parser takes more than linear time over, most likely. */
    private static final long MAX_SECONDS = 15;
    @TempDir Path dir;

    @Test
    void everyHostileFileIsRefusedInOneLineOrBuilds() throws Exception {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        // the site sits deep in the folder, so that a path climbing out of its build would land inside the folder
        Path site = Files.createDirectories(dir.resolve("a/b/c/d/site"));
        Path sources = Files.createDirectories(dir.resolve("sources"));
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"));
        ArticleStore store = ArticleStore.openSqlite(site.resolve(SiteOption.DATABASE), config.timeZone(), Clock.systemUTC());
        Ingest ingest = new Ingest(config.timeZone());
        HostileSources generator = new HostileSources(seed);
        List<Path> outside = outsideTheBuilds(site);
        List<String> sinceBuild = new ArrayList<>();
        int refused = 0;
        int accepted = 0;
        int builds = 0;
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int n = 0; System.nanoTime() < deadline; n++) {
            HostileSources.Source source = generator.next(n);
            Path file = Files.write(sources.resolve(source.name()), source.bytes());
            String context = "seed " + seed + " (-Dhostile.seed=" + seed + "), file " + n + " " + file.getFileName();
            State before = State.of(store);
            long started = System.nanoTime();
            try {
                List<ArticleStore.Draft> drafts = new ArrayList<>();
                for (Imported i : ingest.read(file, null, Progress.NONE)) {
                    drafts.add(new ArticleStore.Draft(i.article(), "import " + i.origin(), i.aliases(), i.aliasesAt()));
                }
                store.save(drafts);
                assertThat((System.nanoTime() - started) / 1_000_000_000L).as(context + ": seconds to import").isLessThan(MAX_SECONDS);
                accepted++;
                sinceBuild.add(file.getFileName().toString());
            } catch (GeopressException e) {
                refused++;
                assertThat((System.nanoTime() - started) / 1_000_000_000L).as(context + ": seconds to refuse").isLessThan(MAX_SECONDS);
                assertThat(e.getMessage()).as(context).startsWith(file.toString()).doesNotContain("\n");
                assertThat(State.of(store)).as(context + ": the store is as it was after " + e.getMessage()).isEqualTo(before);
                continue;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(context + ": not a one-line import error: " + e, e);
            }
            if (sinceBuild.size() == BUILD_EVERY) {
                build(store, site, config, context + ", built with " + sinceBuild);
                builds++;
                sinceBuild.clear();
            }
        }
        build(store, site, config, "seed " + seed + ", built with " + sinceBuild);
        assertThat(outsideTheBuilds(site)).as("seed " + seed + ": files outside the builds").isEqualTo(outside);
        assertThat(accepted).as("seed " + seed + ": generated files that were accepted").isGreaterThan(10);
        assertThat(refused).as("seed " + seed + ": generated files that were refused").isGreaterThan(10);
        System.out.printf("hostile input, seed %d: %d files accepted, %d refused, %d builds%n", seed, accepted, refused, builds + 1);
    }

    private static void build(ArticleStore store, Path site, SiteConfig config, String context) {
        store.publishAll();
        try {
            new SiteBuilder(config).build(SiteOption.catalog(store), site, Progress.NONE);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(context + ": the build failed: " + e, e);
        }
    }

    /** Every file under the test folder but the site's builds, its store and its lock: what a build must not touch. */
    private List<Path> outsideTheBuilds(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.startsWith(site.resolve(".builds")) && !p.startsWith(dir.resolve("sources"))
                    && !p.getFileName().toString().startsWith(SiteOption.DATABASE) && !p.getFileName().toString().equals(".build.lock")
                    && !p.equals(site.resolve("public"))).sorted().toList();
        }
    }

    /** What an import may change: the articles with their latest revisions, and the redirects. */
    private record State(List<String> articles, int redirects) {
        static State of(ArticleStore store) {
            return new State(store.list().stream().map(State::describe).toList(), store.redirects().size());
        }

        private static String describe(StoredArticle a) {
            return a.slug() + "@" + a.latestRevision();
        }
    }
}
