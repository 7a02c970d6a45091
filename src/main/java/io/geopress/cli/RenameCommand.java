package io.geopress.cli;

import io.geopress.config.SiteConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an article a new slug; its old address keeps working as a redirect.")
final class RenameCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(index = "0", paramLabel = "SLUG")
    String slug;

    @Parameters(index = "1", paramLabel = "NEW_SLUG")
    String newSlug;

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        site.store(config).rename(slug, newSlug);
        System.out.println(newSlug);
        System.err.println("renamed " + slug + " to " + newSlug + "; /articles/" + slug + ".html redirects there after the next build");
        return 0;
    }
}
