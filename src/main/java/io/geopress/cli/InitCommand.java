package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.store.ArticleStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a site: DIR/geopress.yml and an empty store.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The site folder to create.")
    Path dir;

    @Option(names = "--title", description = "The site name (default: ${DEFAULT-VALUE}).", defaultValue = "GEO")
    String title;

    @Option(names = "--base-url", description = "The public address of the site (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://localhost:8080/")
    URI baseUrl;

    @Override
    public Integer call() throws Exception {
        init(dir, SiteConfig.defaults(title, baseUrl));
        System.out.println(dir);
        return 0;
    }

    static void init(Path dir, SiteConfig config) throws java.io.IOException {
        if (Files.exists(dir.resolve(SiteConfig.FILE_NAME))) {
            throw new GeopressException(dir + ": already a geopress site (" + SiteConfig.FILE_NAME + " exists)");
        }
        Files.createDirectories(dir);
        ConfigFile.write(dir, config);
        ArticleStore.openSqlite(dir.resolve(SiteOption.DATABASE), config.timeZone(), Clock.systemUTC());
    }
}
