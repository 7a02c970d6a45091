package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The site a command works on: the current folder, or {@code --site DIR}. */
final class SiteOption {
    static final String DATABASE = "geopress.db";

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path dir = Path.of(".");

    SiteConfig config() {
        return ConfigFile.read(dir);
    }

    ArticleStore store(SiteConfig config) {
        return ArticleStore.openSqlite(dir.resolve(DATABASE), config.timeZone(), Clock.systemUTC());
    }
}
