package io.geopress.cli;

import io.geopress.config.SiteConfig;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Take articles off the site: after the next "
        + "build their addresses answer 410 Gone, and publish --all never brings them back (publish SLUG does).")
final class WithdrawCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG", arity = "1..*", description = "Articles to withdraw.")
    List<String> slugs;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept with the article's history (default: by hand).")
    String reason = "by hand";

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        List<String> withdrawn = site.store(config).withdraw(slugs, reason);
        withdrawn.forEach(System.out::println);
        System.err.printf("withdrew %d article(s), %d withdrawn already; run geopress build to take them off the site%n",
                withdrawn.size(), slugs.stream().distinct().count() - withdrawn.size());
        return 0;
    }
}
