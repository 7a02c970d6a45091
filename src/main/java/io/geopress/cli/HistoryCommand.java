package io.geopress.cli;

import io.geopress.config.SiteConfig;
import io.geopress.store.ArticleStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true, description = "List every revision of an article, and what happened to it.")
final class HistoryCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG")
    String slug;

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        ArticleStore store = site.store(config);
        for (ArticleStore.Revision r : store.history(slug)) {
            System.out.printf("r%-3d %s  %s  %s%n", r.number(), r.at(), r.contentHash().substring(0, 12), Terminal.line(r.reason()));
        }
        for (ArticleStore.Event e : store.events(slug)) {
            System.out.printf("     %s  %s %s%n", e.at(), e.action(), Terminal.line(e.detail()));
        }
        return 0;
    }
}
