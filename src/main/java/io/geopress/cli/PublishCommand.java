package io.geopress.cli;

import io.geopress.config.SiteConfig;
import io.geopress.store.ArticleStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true, description = "Publish the latest revision of articles; prints each slug.")
final class PublishCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Articles to publish.")
    List<String> slugs = List.of();

    @Option(names = "--all", description = "Publish every article.")
    boolean all;

    @Override
    public Integer call() {
        if (all == !slugs.isEmpty()) throw new IllegalArgumentException("give either slugs or --all");
        SiteConfig config = site.config();
        ArticleStore store = site.store(config);
        List<ArticleStore.Published> published = all ? store.publishAll() : store.publish(slugs);
        published.forEach(a -> System.out.println(a.slug()));
        long changed = published.stream().filter(ArticleStore.Published::changed).count();
        System.err.printf("published %d article(s), %d already up to date%n", changed, published.size() - changed);
        Set<String> justPublished = published.stream().map(ArticleStore.Published::slug).collect(Collectors.toSet());
        for (String slug : store.publishedNeedingReview()) {
            if (justPublished.contains(slug)) {
                System.err.println("publish: " + slug + ": a machine translation failed its checks and needs review; the page marks it "
                        + "(geopress list shows how many blocks)");
            }
        }
        return 0;
    }
}
