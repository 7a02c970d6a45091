package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import io.geopress.model.StoredArticle;
import io.geopress.site.Catalog;
import io.geopress.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The site a command works on: {@code --site DIR} after the command or before it, else the current folder. */
final class SiteOption {
    static final String DATABASE = "geopress.db";

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path dir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path dir() {
        if (dir != null) return dir;
        Path global = command.parent() != null && command.parent().userObject() instanceof Main main ? main.site : null;
        return global != null ? global : Path.of(".");
    }

    SiteConfig config() {
        return ConfigFile.read(dir());
    }

    /** The published articles of the store, as a build reads them: a batch at a time. */
    static Catalog catalog(ArticleStore store) {
        return catalog(() -> store);
    }

    /**
     * The published articles of this site's store, which is opened when the build first reads it: a build reads
     * its previous manifest meanwhile.
     */
    Catalog catalog(SiteConfig config) {
        return catalog(new Supplier<>() {
            private ArticleStore store;

            @Override
            public synchronized ArticleStore get() {
                if (store == null) store = store(config);
                return store;
            }
        });
    }

    private static Catalog catalog(Supplier<ArticleStore> store) {
        return new Catalog() {
            @Override
            public List<Listing> listings() {
                return store.get().publishedListings();
            }

            @Override
            public List<Redirect> redirects() {
                return store.get().redirects();
            }

            @Override
            public LabelSlugs labelSlugs(List<Listing> listings) {
                return store.get().labelSlugs();
            }

            @Override
            public List<String> withdrawn() {
                return store.get().withdrawn();
            }

            @Override
            public List<LabelText> labelTexts() {
                return store.get().labelTexts();
            }

            @Override
            public Map<String, String> identities() {
                return store.get().publishedIdentities();
            }

            @Override
            public Set<String> referring() {
                return store.get().publishedReferring();
            }

            @Override
            public void warmUp() {
                ArticleStore.warmUp();
            }

            @Override
            public void forEachBatch(List<String> slugs, Consumer<List<StoredArticle>> action) {
                store.get().forEachPublished(slugs, 256, action);
            }
        };
    }

    ArticleStore store(SiteConfig config) {
        return ArticleStore.openSqlite(dir().resolve(DATABASE), config.timeZone(), Clock.systemUTC());
    }
}
