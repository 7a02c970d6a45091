package io.geopress.cli;

import io.geopress.enrich.Enriched;
import io.geopress.measure.optimize.Method;
import io.geopress.measure.optimize.Optimized;
import io.geopress.measure.optimize.Optimizer;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rewrites articles by a GEO method; each changed article gets a new revision for review, never published by this. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Rewrite articles by a GEO method (grounded: a rewrite that invents a figure, a quotation or an address, "
                + "or stuffs a keyword, is refused), each as a new revision with the method as its reason, never published; "
                + "prints the slug of each article that got one.")
final class OptimizeCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG", arity = "1..*", description = "Articles to optimise (their latest revision).")
    List<String> slugs = List.of();

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "quotes, stats, cite, fluency or structure (the body), faq or bluf; offline only structure, faq and bluf.")
    String method;

    @Option(names = "--offline", description = "Use no model: structure, faq and bluf by extraction.")
    boolean offline;

    @Option(names = "--force", description = "Ask the model again even where the response cache holds a reply.")
    boolean force;

    @Mixin RunTokenBudget budget;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Method chosen = method(method);
        budget.tokens(); // refuses a negative budget before any work
        ArticleStore store = site.store(site.config());
        List<StoredArticle> articles = Optimizing.articles(store, slugs);
        PrintWriter err = spec.commandLine().getErr();
        return Optimizing.run(site, store, offline, force, "optimize", err, (optimizer, agent) -> over(optimizer, agent, chosen, store, articles));
    }

    static Method method(String name) {
        for (Method m : Method.values()) if (m.code().equals(name.toLowerCase(Locale.ROOT))) return m;
        throw new IllegalArgumentException("unknown --method '" + name + "': one of "
                + Arrays.stream(Method.values()).map(Method::code).collect(Collectors.joining(", ")));
    }

    private int over(Optimizer optimizer, String agent, Method chosen, ArticleStore store, List<StoredArticle> articles) {
        optimizer.check(chosen);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Enriched.Usage usage = Enriched.Usage.NONE;
        int revised = 0;
        int done = 0;
        for (StoredArticle stored : articles) {
            if (Optimizing.spent(budget.tokens(), usage)) {
                err.printf("optimize: the token budget of %d is spent: %d article(s) not started; run again to go on%n", budget.tokens(),
                        articles.size() - done);
                break;
            }
            Optimized result = optimizer.optimize(stored.article(), chosen);
            usage = usage.plus(result.usage());
            done++;
            for (String problem : result.problems()) err.println("optimize: " + stored.slug() + ": " + Terminal.line(problem));
            ArticleStore.Saved saved = store.revise(stored.slug(), stored.revision(), result.article(), "optimize: " + chosen.code());
            if (saved.outcome() == ArticleStore.Outcome.REVISED) {
                revised++;
                out.println(stored.slug());
                out.flush();
            }
        }
        err.printf("optimize: %d revised, %d unchanged (%s, %s); %s%n", revised, done - revised, chosen.code(), agent, Optimizing.usage(usage));
        err.flush();
        return 0;
    }
}
