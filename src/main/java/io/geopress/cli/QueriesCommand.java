package io.geopress.cli;

import io.geopress.enrich.Enriched;
import io.geopress.measure.optimize.Optimizer;
import io.geopress.measure.optimize.Query;
import io.geopress.measure.optimize.QueryPanel;
import io.geopress.model.GeopressException;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a query panel: the questions a person would ask an assistant about each article, in both languages. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Propose the questions a person would put to an assistant about each article, in Chinese and English "
                + "(through the model, or offline from its FAQ, question headings and keywords), as a JSON Lines queries "
                + "file {\"id\",\"query\",\"lang\",\"target\"} to edit.")
final class QueriesCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG", arity = "1..*", description = "Articles to ask about (their latest revision).")
    List<String> slugs = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "The queries file to write (default: queries.jsonl).")
    Path out = Path.of("queries.jsonl");

    @Option(names = "--force", description = "Replace the file when it exists; ask the model again past its cached replies.")
    boolean force;

    @Option(names = "--offline", description = "Use no model: questions from the FAQ, question headings and keywords.")
    boolean offline;

    @Mixin RunTokenBudget budget;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        budget.tokens(); // refuses a negative budget before any work
        if (Files.exists(out) && !force) throw new GeopressException(out + ": the file exists; give --force to replace it");
        ArticleStore store = site.store(site.config());
        List<StoredArticle> articles = Optimizing.articles(store, slugs);
        PrintWriter err = spec.commandLine().getErr();
        return Optimizing.run(site, store, offline, force, "queries", err, (optimizer, agent) -> over(optimizer, agent, articles));
    }

    private int over(Optimizer optimizer, String agent, List<StoredArticle> articles) {
        PrintWriter err = spec.commandLine().getErr();
        List<Query> queries = new ArrayList<>();
        Enriched.Usage usage = Enriched.Usage.NONE;
        int done = 0;
        for (StoredArticle stored : articles) {
            if (Optimizing.spent(budget.tokens(), usage)) {
                err.printf("queries: the token budget of %d is spent: %d article(s) left out%n", budget.tokens(), articles.size() - done);
                break;
            }
            QueryPanel panel = optimizer.queries(stored.slug(), stored.article());
            usage = usage.plus(panel.usage());
            done++;
            queries.addAll(panel.queries());
            for (String problem : panel.problems()) err.println("queries: " + stored.slug() + ": " + Terminal.line(problem));
        }
        write(queries);
        err.printf("queries: %d question(s) about %d article(s) written to %s (%s); %s%n", queries.size(), done, out, agent,
                Optimizing.usage(usage));
        err.flush();
        return 0;
    }

    /** The file written beside its final name and moved there in one step: a reader never sees half of it. */
    private void write(List<Query> queries) {
        StringBuilder text = new StringBuilder();
        for (Query q : queries) text.append(q.jsonLine()).append('\n');
        AtomicFile.write(out, text, "the queries file");
    }
}
