package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
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

    ArticleStore store(SiteConfig config) {
        return ArticleStore.openSqlite(dir().resolve(DATABASE), config.timeZone(), Clock.systemUTC());
    }
}
